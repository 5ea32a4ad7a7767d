"""gunicorn settings: `gunicorn -c gunicorn.conf.py postgres_service.app:app`."""

# gunicorn reads these lower-case module names as its settings.
# pylint: disable=invalid-name
import os

bind = os.environ.get("BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "uvicorn_worker.UvicornWorker"
graceful_timeout = 10
accesslog = None
