"""The scheduler enqueues each periodic task at its pace, never on top of a run still waiting."""

import io

from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from cms.scheduler import Scheduler

SCHEDULE = [
    {"task": "cms.tasks.publish_scheduled", "every": 60},
    {"task": "projects.tasks.send_weekly_digests", "every": 3600},
]


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def queued(path):
    return DBTaskResult.objects.filter(task_path=path)


def test_each_task_at_its_pace_and_never_twice_in_the_queue(db, database_tasks):
    clock = Clock()
    scheduler = Scheduler(SCHEDULE, clock=clock)
    assert scheduler.run_due() == [
        "cms.tasks.publish_scheduled",
        "projects.tasks.send_weekly_digests",
    ]
    assert scheduler.run_due() == []
    assert scheduler.seconds_to_next() == 60

    clock.now += 60  # no worker ran the first one: it is not queued again
    assert scheduler.run_due() == []
    assert queued("cms.tasks.publish_scheduled").count() == 1

    queued("cms.tasks.publish_scheduled").update(status="SUCCESSFUL")
    clock.now += 60
    assert scheduler.run_due() == ["cms.tasks.publish_scheduled"]
    assert queued("cms.tasks.publish_scheduled").count() == 2
    assert queued("projects.tasks.send_weekly_digests").count() == 1


def test_run_scheduler_once_enqueues_the_whole_schedule(db, database_tasks, settings):
    out = io.StringIO()
    call_command("run_scheduler", once=True, stdout=out)
    paths = [item["task"] for item in settings.TASKS_SCHEDULE]
    assert sorted(DBTaskResult.objects.values_list("task_path", flat=True)) == sorted(paths)
    assert "cms.tasks.publish_scheduled mise en file" in out.getvalue()


def test_the_scheduler_says_nothing_each_minute_unless_asked(settings):
    """`make run` showed three « … mise en file » lines a minute: like the worker's, the
    scheduler's lines need TASK_LOG_LEVEL=INFO (the logging of the dev and production settings,
    not of the tests')."""
    import logging
    import logging.config

    from cms.settings import base

    logger = logging.getLogger("cms.scheduler")
    try:
        logging.config.dictConfig(base.LOGGING)
        assert not logger.isEnabledFor(logging.INFO)
        assert logger.isEnabledFor(logging.WARNING)
    finally:
        logging.config.dictConfig(settings.LOGGING)
