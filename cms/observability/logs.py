"""Structured logs (structlog) with the request id, carried to the background tasks.

django-structlog binds `request_id` (and the user, the IP) for each request. Its django-tasks
receivers are written for Django 6's `django.tasks`; ours listen to the `django_tasks` backport's
signals the same way: the context of the request that enqueued a task is kept in the default cache
under the task's id, and bound again when the worker starts it. With Redis (REDIS_URL) the web
nodes and the workers share that cache; with the local-memory default only the process that
enqueued sees it, and the worker's lines carry the task id that the request's line names.
"""

import structlog
from django.core.cache import cache

logger = structlog.get_logger("cms.tasks")
CONTEXT_TTL = 24 * 3600


def _key(task_id):
    return f"task-log-context:{task_id}"


def on_task_enqueued(sender, task_result, **kwargs):
    context = structlog.contextvars.get_merged_contextvars(logger)
    if "task_id" in context:
        context["parent_task_id"] = context.pop("task_id")
    logger.info(
        "tâche mise en file", task_id=str(task_result.id), task=task_result.task.module_path
    )
    try:
        cache.set(_key(task_result.id), context, CONTEXT_TTL)
    except Exception:  # noqa: BLE001 — a cache down must not refuse the task
        logger.warning(
            "contexte de journal non gardé (cache indisponible)", task_id=str(task_result.id)
        )


def on_task_started(sender, task_result, **kwargs):
    structlog.contextvars.clear_contextvars()
    try:
        context = cache.get(_key(task_result.id)) or {}
    except Exception:  # noqa: BLE001
        context = {}
    structlog.contextvars.bind_contextvars(**context, task_id=str(task_result.id))
    logger.info("tâche commencée", task=task_result.task.module_path)


def on_task_finished(sender, task_result, **kwargs):
    status = str(task_result.status)
    log = logger.error if status.endswith("FAILED") else logger.info
    log("tâche terminée", task=task_result.task.module_path, status=status)
    structlog.contextvars.clear_contextvars()


def connect():
    from django_tasks.signals import task_enqueued, task_finished, task_started

    task_enqueued.connect(on_task_enqueued, dispatch_uid="cms_log_task_enqueued")
    task_started.connect(on_task_started, dispatch_uid="cms_log_task_started")
    task_finished.connect(on_task_finished, dispatch_uid="cms_log_task_finished")


class QuietLoggers:
    """Handler filter: records below `level` from the named loggers are dropped.

    django-tasks-db's `db_worker` sets its loggers to INFO from its own `--verbosity` whatever
    LOGGING says, and then writes two lines per task (every minute for the periodic ones). A
    filter on the handler still applies; warnings and errors (with their tracebacks) go through.
    """

    def __init__(self, names, level="WARNING"):
        import logging

        self.prefixes = tuple(names)
        self.level = logging.getLevelName(level) if isinstance(level, str) else level

    def filter(self, record):
        if record.levelno >= self.level:
            return True
        return not any(
            record.name == name or record.name.startswith(name + ".") for name in self.prefixes
        )
