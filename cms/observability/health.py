"""Readiness checks per dependency, for django-health-check's view (`/sante/`).

The database and the caches use the library's own checks; the search engine and the task queue
are ours because their backends are chosen by settings (database search or OpenSearch; the
django-tasks database backend or the immediate one).
"""

import dataclasses
import datetime

from asgiref.sync import sync_to_async
from django.conf import settings
from django.utils import timezone
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable, ServiceWarning


@dataclasses.dataclass
class SearchEngine(HealthCheck):
    """The search backend answers: OpenSearch/Elasticsearch pinged; the database one is the database."""

    async def run(self):
        await sync_to_async(self._ping)()

    def _ping(self):
        from wagtail.search.backends import get_search_backend

        backend = get_search_backend()
        client = getattr(backend, "es", None) or getattr(backend, "client", None)
        if client is None:
            return  # the database backend: the Database check covers it
        try:
            alive = client.ping()
        except Exception as error:  # noqa: BLE001 — any client error means « unreachable »
            raise ServiceUnavailable("Moteur de recherche injoignable.") from error
        if not alive:
            raise ServiceUnavailable("Moteur de recherche injoignable.")


@dataclasses.dataclass
class TaskQueue(HealthCheck):
    """Tasks due for longer than `HEALTH_TASK_QUEUE_MAX_WAIT` seconds mean no worker runs them."""

    async def run(self):
        await sync_to_async(self._check)()

    def _check(self):
        backend = settings.TASKS.get("default", {}).get("BACKEND", "")
        if not backend.startswith("django_tasks_db."):
            return  # immediate or dummy backend: nothing waits
        from django_tasks_db.models import DBTaskResult

        try:
            now = timezone.now()
            oldest = (
                DBTaskResult.objects.filter(status="READY", run_after__lte=now)
                .order_by("run_after")
                .values_list("run_after", flat=True)
                .first()
            )
        except Exception as error:  # noqa: BLE001
            raise ServiceUnavailable("File des tâches illisible.") from error
        if oldest is None:
            return
        waited = now - oldest
        if waited > datetime.timedelta(seconds=settings.HEALTH_TASK_QUEUE_MAX_WAIT):
            raise ServiceWarning(
                f"Une tâche attend depuis {int(waited.total_seconds())} s : aucun worker ne la traite ?"
            )


@dataclasses.dataclass
class Replica(HealthCheck):
    """The read replica: unreachable or lagging is a warning, not an outage (reads go to the
    primary): /sante/ names it and says « dégradé » with 200, so the load balancer keeps the node."""

    async def run(self):
        await sync_to_async(self._check)()

    def _check(self):
        from cms import db_router

        alias = db_router.replica_alias()
        if alias is None:
            return
        usable, reason, lag = db_router.health.probe(alias)
        db_router.health.record(usable, reason, lag)
        if not usable:
            raise ServiceWarning(f"Réplique dégradée, lectures sur le primaire : {reason}.")


@dataclasses.dataclass(frozen=True)
class ReadinessState:
    label: str
    header: str  # HTTP header values are ASCII
    http_status: int


READY = ReadinessState("ok", "ok", 200)
DEGRADED = ReadinessState("dégradé", "degrade", 200)
UNAVAILABLE = ReadinessState("indisponible", "indisponible", 503)


def is_essential(check):
    """Without its primary database a node serves nothing; every other dependency has a fallback
    (reads on the primary, answers uncached, search on the database, tasks waiting)."""
    from health_check.checks import Database

    return isinstance(check, Database)


def readiness_state(results):
    failing = [result for result in results if result.error is not None]
    if not failing:
        return READY
    if any(is_essential(result.check) for result in failing):
        return UNAVAILABLE
    return DEGRADED
