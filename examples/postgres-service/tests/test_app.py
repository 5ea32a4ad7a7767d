"""Tests of the example service's routes that need no database."""

import pytest
from fastapi.testclient import TestClient

from postgres_service.app import app

client = TestClient(app)


def test_health() -> None:
    """The readiness route answers ok and names the libpq version the driver was built against."""
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert int(body["libpq"]) >= 100000


def test_notes_need_a_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without DATABASE_URL the notes routes answer 503 instead of failing at start."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert client.get("/notes/1").status_code == 503
