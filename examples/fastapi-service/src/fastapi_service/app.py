"""HTTP routes of the example service."""

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="fastapi-service")


class Item(BaseModel):
    """An item of the store."""

    name: str = Field(min_length=1, max_length=100)
    price: float = Field(ge=0)


_ITEMS: dict[int, Item] = {1: Item(name="widget", price=2.5)}


@app.get("/health")
def health() -> dict[str, str]:
    """Answers 200 once the worker is up: the readiness check of the load benchmark."""
    return {"status": "ok"}


@app.get("/items/{item_id}")
def read_item(item_id: int) -> Item:
    """Returns one item, 404 when it does not exist."""
    item = _ITEMS.get(item_id)
    if item is None:
        raise HTTPException(status_code=404, detail="no such item")
    return item


@app.put("/items/{item_id}", status_code=201)
def put_item(item_id: int, item: Item) -> Item:
    """Creates or replaces an item."""
    _ITEMS[item_id] = item
    return item
