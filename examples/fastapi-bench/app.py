"""The benchmark service in FastAPI: a health check and a small JSON resource."""

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/items/{item_id}")
def item(item_id: int) -> dict[str, object]:
    if item_id < 0:
        raise HTTPException(status_code=404, detail="no such item")
    return {"id": item_id, "name": f"item-{item_id}", "price": round(item_id * 1.25, 2), "tags": ["a", "b"]}
