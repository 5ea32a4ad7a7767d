"""A FastAPI service that keeps notes in PostgreSQL."""
