"""The benchmark service in Flask: a health check and a small JSON resource."""

from flask import Flask, abort

app = Flask(__name__)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/items/<int(signed=True):item_id>")
def item(item_id: int) -> dict[str, object]:
    if item_id < 0:
        abort(404)
    return {"id": item_id, "name": f"item-{item_id}", "price": round(item_id * 1.25, 2), "tags": ["a", "b"]}
