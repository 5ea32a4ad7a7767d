"""HTTP routes of the example service: notes in PostgreSQL (DATABASE_URL), health without it."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import psycopg2
from fastapi import FastAPI, HTTPException
from psycopg2.extensions import connection as Connection
from psycopg2.pool import ThreadedConnectionPool
from pydantic import BaseModel, Field

app = FastAPI(title="postgres-service")


class Note(BaseModel):
    """A note as stored."""

    text: str = Field(min_length=1, max_length=1000)


@lru_cache(maxsize=1)
def _pool() -> ThreadedConnectionPool:
    """One pool per worker, opened on first use so the service starts without a database."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        raise HTTPException(status_code=503, detail="DATABASE_URL is not set")
    pool = ThreadedConnectionPool(1, 10, dsn=url)
    with _borrow(pool) as conn, conn.cursor() as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, text text NOT NULL)")
    return pool


@contextmanager
def _borrow(pool: ThreadedConnectionPool) -> Iterator[Connection]:
    """A connection of the pool inside a transaction, committed on success and always returned."""
    conn = pool.getconn()
    try:
        with conn:
            yield conn
    finally:
        pool.putconn(conn)


@app.get("/health")
def health() -> dict[str, str]:
    """Answers 200 once the worker is up, database or not, with the libpq the driver uses."""
    return {"status": "ok", "libpq": str(psycopg2.__libpq_version__)}


@app.post("/notes", status_code=201)
def add_note(note: Note) -> dict[str, int]:
    """Stores a note and returns its id."""
    with _borrow(_pool()) as conn, conn.cursor() as cur:
        cur.execute("INSERT INTO notes (text) VALUES (%s) RETURNING id", (note.text,))
        row = cur.fetchone()
    assert row is not None
    return {"id": row[0]}


@app.get("/notes/{note_id}")
def read_note(note_id: int) -> Note:
    """Returns one note, 404 when it does not exist."""
    with _borrow(_pool()) as conn, conn.cursor() as cur:
        cur.execute("SELECT text FROM notes WHERE id = %s", (note_id,))
        row = cur.fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="no such note")
    return Note(text=row[0])
