"""Tests of the example service's routes."""

from fastapi.testclient import TestClient

from fastapi_service.app import app

client = TestClient(app)


def test_health() -> None:
    """The readiness route answers ok."""
    assert client.get("/health").json() == {"status": "ok"}


def test_item_roundtrip() -> None:
    """An item put is the item read back."""
    assert client.put("/items/7", json={"name": "gear", "price": 4}).status_code == 201
    assert client.get("/items/7").json() == {"name": "gear", "price": 4.0}


def test_missing_item() -> None:
    """An unknown id is a 404."""
    assert client.get("/items/999").status_code == 404
