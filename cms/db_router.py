"""Reads from the PostgreSQL streaming replica (DATABASE_REPLICA_URL, docs/deploy.md).

The primary is the default for everything. Only the blocks opened with `replica_reads(request)`
(the API's anonymous queries, cms/api/view.py) read from the replica, and even there the primary
answers when:
- the request has written (the rest of the request reads its own writes);
- the client wrote less than DATABASE_REPLICA_STICKY_SECONDS ago (the sticky cookie set by
  `StickyPrimaryMiddleware` after a POST that wrote), for the replica's lag;
- the replica is unreachable or lags more than DATABASE_REPLICA_MAX_LAG seconds (checked at most
  every DATABASE_REPLICA_CHECK_INTERVAL seconds per process; each change of state is logged).
The task worker, the admin and signed-in agents never open such a block: they read the primary.
"""

import contextlib
import contextvars
import threading
import time

import structlog
from django.conf import settings
from django.db import DatabaseError, OperationalError, connections

logger = structlog.get_logger("cms.db_router")

PRIMARY = "default"
STICKY_COOKIE = "tec_primaire"

# Per request (and per thread or task): may this block read the replica, has it written.
_reads_replica = contextvars.ContextVar("reads_replica", default=False)
_wrote = contextvars.ContextVar("wrote", default=None)


def replica_alias():
    """The replica's alias when one is configured, else None."""
    alias = getattr(settings, "DATABASE_REPLICA_ALIAS", "replica")
    return alias if alias in settings.DATABASES else None


class ReplicaHealth:
    """Whether the replica may serve reads: reachable and lagging less than the threshold.

    The answer is kept for DATABASE_REPLICA_CHECK_INTERVAL seconds so that a replica that is down
    costs one connection timeout per interval and per process, not one per request.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._checked_at = float("-inf")
        self._usable = True
        self.reason = ""
        self.lag = None

    def usable(self, alias):
        now = time.monotonic()
        if now - self._checked_at < settings.DATABASE_REPLICA_CHECK_INTERVAL:
            return self._usable
        with self._lock:
            if now - self._checked_at < settings.DATABASE_REPLICA_CHECK_INTERVAL:
                return self._usable
            usable, reason, lag = self.probe(alias)
            self.record(usable, reason, lag)
            self._checked_at = time.monotonic()
            return usable

    def record(self, usable, reason="", lag=None):
        if usable != self._usable:
            if usable:
                logger.info("replica_restored", lag_seconds=lag)
            else:
                logger.warning("replica_unusable_reads_on_primary", reason=reason, lag_seconds=lag)
        self._usable, self.reason, self.lag = usable, reason, lag

    def failed(self, error):
        """A query on the replica failed: the following requests read the primary."""
        with self._lock:
            self.record(False, f"erreur : {error}".strip())
            self._checked_at = time.monotonic()

    def reset(self):
        with self._lock:
            self._checked_at = float("-inf")
            self._usable, self.reason, self.lag = True, "", None

    @staticmethod
    def probe(alias):
        """(usable, reason in French, lag in seconds) measured on the replica itself."""
        try:
            lag = replication_lag(alias)
        except DatabaseError as error:
            connections[alias].close()
            return False, f"réplique injoignable ({error.__class__.__name__})", None
        if lag is None:
            return True, "", None  # not a standby (the same server, in tests): no lag
        if lag > settings.DATABASE_REPLICA_MAX_LAG:
            return (
                False,
                f"réplique en retard de {lag:.1f} s (seuil {settings.DATABASE_REPLICA_MAX_LAG} s)",
                lag,
            )
        return True, "", lag


def replication_lag(alias):
    """Seconds the replica is behind the primary; 0 when it has replayed all it received; None
    when the server is not a standby (or not PostgreSQL)."""
    connection = connections[alias]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_is_in_recovery(),"
            " CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0"
            " ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) END"
        )
        in_recovery, lag = cursor.fetchone()
    if not in_recovery:
        return None
    return float(lag or 0)


health = ReplicaHealth()


def _failing_replica_reads_primary_next(execute, sql, params, many, context):
    # The replica stopped under an open connection: the next requests read the primary.
    try:
        return execute(sql, params, many, context)
    except OperationalError as error:
        health.failed(error.__class__.__name__)
        raise


WRITES = ("INSERT", "UPDATE", "DELETE")


def _noting_writes(execute, sql, params, many, context):
    # SQL, not db_for_write: Django also asks db_for_write when an unsaved object is given a
    # related one, which writes nothing.
    if sql.lstrip()[:6].upper() in WRITES:
        wrote = _wrote.get()
        if wrote is not None:
            wrote[0] = True
        _reads_replica.set(False)
    return execute(sql, params, many, context)


def may_read_replica(request):
    """Anonymous callers who did not write lately; signed-in agents and staff read the primary."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return STICKY_COOKIE not in request.COOKIES


@contextlib.contextmanager
def replica_reads(request):
    """Within this block, reads may go to the replica (see the module's docstring)."""
    if replica_alias() is None or not may_read_replica(request):
        yield
        return
    token = _reads_replica.set(True)
    try:
        with contextlib.ExitStack() as stack:
            if replica_alias() in settings.DATABASES:
                replica = connections[replica_alias()]
                stack.enter_context(replica.execute_wrapper(_failing_replica_reads_primary_next))
            yield
    finally:
        _reads_replica.reset(token)


@contextlib.contextmanager
def tracking_writes():
    """Opened once per request: records whether it wrote (for the sticky cookie)."""
    token = _wrote.set([False])
    try:
        with connections[PRIMARY].execute_wrapper(_noting_writes):
            yield _wrote.get()
    finally:
        _wrote.reset(token)


class ReplicaRouter:
    """DATABASE_ROUTERS entry: writes to the primary, reads to the replica inside `replica_reads`."""

    def db_for_read(self, model, **hints):
        if not _reads_replica.get():
            return PRIMARY
        alias = replica_alias()
        if alias is None or not health.usable(alias):
            return PRIMARY
        return alias

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same data on both servers

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


class StickyPrimaryMiddleware:
    """After a request that wrote, the client reads the primary for a while (a cookie)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with tracking_writes() as wrote:
            response = self.get_response(request)
        if (
            wrote[0]
            and request.method not in ("GET", "HEAD")
            and replica_alias() is not None
            and settings.DATABASE_REPLICA_STICKY_SECONDS > 0
        ):
            response.set_cookie(
                STICKY_COOKIE,
                "1",
                max_age=settings.DATABASE_REPLICA_STICKY_SECONDS,
                httponly=True,
                secure=request.is_secure(),
                samesite="Lax",
            )
        return response
