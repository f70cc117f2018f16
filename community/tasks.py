"""Background tasks of the exchange (django-tasks)."""

from django_tasks import task

from community.services.notifications import send_digests


@task()
def send_weekly_digests():
    """The last complete week's exchanges, to whoever chose the weekly digest and has not had it
    (idempotent: the scheduler runs it every hour)."""
    sent, skipped = send_digests()
    return {"sent": sent, "skipped": skipped}
