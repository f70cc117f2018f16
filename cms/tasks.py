"""Background tasks of the core (django-tasks), run by `manage.py db_worker`.

Every task here is idempotent: run twice, it leaves the same state (an e-mail keeps its
Message-ID from one try to the next, so a copy is recognised as the same message). A task that
fails raises: its result is recorded FAILED with the traceback (table of django-tasks-db, visible
in the Django admin) and logged as an error, never dropped in silence.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger("cms.tasks")


@task()
def send_email(subject, body, to, html=None, *, message_id=None, attempt=1):
    """Send one message (text, and HTML when given) to the addresses in `to`.

    When the server does not take it, the message is enqueued again after the next delay of
    `TASKS_EMAIL_RETRY_DELAYS` (where the backend can defer), then this try fails as recorded.
    """
    message = EmailMultiAlternatives(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        list(to),
        headers={"Message-ID": message_id} if message_id else None,
    )
    if html:
        message.attach_alternative(html, "text/html")
    try:
        message.send()
    except Exception:
        delays = settings.TASKS_EMAIL_RETRY_DELAYS
        if attempt <= len(delays) and send_email.get_backend().supports_defer:
            run_after = timezone.now() + datetime.timedelta(seconds=delays[attempt - 1])
            send_email.using(run_after=run_after).enqueue(
                subject, body, list(to), html, message_id=message_id, attempt=attempt + 1
            )
            logger.warning(
                "Courriel « %s » non remis (essai %d), nouvel essai après %s",
                subject,
                attempt,
                run_after.isoformat(),
            )
        else:
            logger.error("Courriel « %s » non remis après %d essais", subject, attempt)
        raise


@task()
def publish_scheduled():
    """Publish what reached its go-live date and unpublish what expired (Wagtail's command)."""
    call_command("publish_scheduled", verbosity=0)


@task()
def prune_task_results():
    """Forget old finished task results (the database backend only keeps them)."""
    from django_tasks_db import DatabaseBackend

    if not isinstance(prune_task_results.get_backend(), DatabaseBackend):
        return
    call_command(
        "prune_db_task_results",
        min_age_days=settings.TASKS_RESULTS_KEPT_DAYS,
        failed_min_age_days=settings.TASKS_FAILED_RESULTS_KEPT_DAYS,
        verbosity=0,
    )
