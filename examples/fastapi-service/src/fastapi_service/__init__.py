"""A small FastAPI service: a health check and an in-memory item store."""
