"""The worker's per-task info lines stay out of the logs (make run printed two per task)."""

import io
import logging
import logging.config

import pytest
from django.conf import settings

from cms.settings import base


@pytest.fixture
def production_logging():
    logging.config.dictConfig(base.LOGGING)
    handler = logging.getLogger().handlers[0]
    stream = io.StringIO()
    handler.setStream(stream)
    yield stream
    logging.config.dictConfig(settings.LOGGING)
    for name in ("django_tasks", "django_tasks_db"):
        logging.getLogger(name).setLevel(logging.NOTSET)


def test_worker_info_lines_dropped_even_when_the_worker_raises_its_level(production_logging):
    # What `db_worker` does with its default verbosity, whatever LOGGING says.
    logging.getLogger("django_tasks").setLevel(logging.INFO)
    logging.getLogger("django_tasks_db").setLevel(logging.INFO)

    logging.getLogger("django_tasks").info("Task id=1 path=x state=RUNNING")
    logging.getLogger("django_tasks_db").info("Task id=1 path=x state=SUCCESSFUL")
    logging.getLogger("django_tasks_db").error("Task id=2 path=y state=FAILED")
    logging.getLogger("cms.newsletter").warning("lettre envoyée à moitié")

    output = production_logging.getvalue()
    assert "RUNNING" not in output
    assert "SUCCESSFUL" not in output
    assert "state=FAILED" in output
    assert "lettre envoyée à moitié" in output
