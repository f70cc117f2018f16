"""Periodic tasks: django-tasks has no cron, so one small process enqueues them.

`manage.py run_scheduler` (the `scheduler` line of the Procfile) reads `TASKS_SCHEDULE` and
enqueues each task every `every` seconds, the first time at start; the workers run them. A task
whose previous run is still waiting or running is not enqueued again, so a stopped worker does not
find a pile of copies when it comes back. Run one scheduler: the tasks are idempotent, so a second
one would only do the same work twice.
"""

import logging
import threading
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.db import close_old_connections
from django.utils.module_loading import import_string
from django_tasks import TaskResultStatus

logger = logging.getLogger("cms.scheduler")

PENDING = {TaskResultStatus.READY, TaskResultStatus.RUNNING}


@dataclass
class Entry:
    task: object
    every: float
    due: float = 0.0
    last: object = field(default=None)

    def pending(self):
        """Is the previous run still waiting for, or in, a worker?"""
        if self.last is None or not self.task.get_backend().supports_get_result:
            return False
        try:
            self.last.refresh()
        except Exception:  # pruned, or the store is unreachable: enqueue again
            logger.warning("État de %s illisible", self.task.module_path, exc_info=True)
            return False
        return self.last.status in PENDING


class Scheduler:
    def __init__(self, schedule=None, clock=time.monotonic):
        schedule = settings.TASKS_SCHEDULE if schedule is None else schedule
        self.entries = [Entry(import_string(item["task"]), item["every"]) for item in schedule]
        self.clock = clock
        self.stopped = threading.Event()

    def run_due(self):
        """Enqueue every task that is due; returns the module paths enqueued."""
        now = self.clock()
        enqueued = []
        for entry in self.entries:
            if now < entry.due:
                continue
            entry.due = now + entry.every
            if entry.pending():
                logger.info(
                    "%s attend encore un worker : pas de nouvel envoi", entry.task.module_path
                )
                continue
            entry.last = entry.task.enqueue()
            enqueued.append(entry.task.module_path)
        return enqueued

    def seconds_to_next(self):
        return max(0.0, min(entry.due for entry in self.entries) - self.clock())

    def run_forever(self):
        while not self.stopped.is_set():
            close_old_connections()
            for path in self.run_due():
                logger.info("%s mise en file", path)
            close_old_connections()
            self.stopped.wait(self.seconds_to_next())

    def stop(self, *args):
        self.stopped.set()
