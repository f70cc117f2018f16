import io
import logging
import signal

import pytest
from django.core.management import call_command

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_tasks(settings):
    """Tasks stored in the database, as in production, until a worker runs them."""
    settings.TASKS = DATABASE_BACKEND


def run_worker():
    """`manage.py db_worker --batch`: run what is due, then return (its output)."""
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    loggers = [logging.getLogger(name) for name in ("django_tasks", "django_tasks_db")]
    levels = [(lg, lg.level, list(lg.handlers)) for lg in loggers]
    out = io.StringIO()
    try:
        call_command(
            "db_worker", batch=True, reload=False, startup_delay=False, interval=0, stdout=out
        )
    finally:
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
        for lg, level, lg_handlers in levels:
            lg.setLevel(level)
            lg.handlers[:] = lg_handlers
    return out.getvalue()
