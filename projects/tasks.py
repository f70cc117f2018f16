"""Background tasks of the shared projects (django-tasks)."""

from django_tasks import task

from projects.digests import send_digests


@task()
def send_weekly_digests():
    """The last complete week's journal digest, to whoever has not had it yet (idempotent: the
    scheduler runs it every hour, and only the first run after Monday 00:00 sends anything)."""
    sent, skipped = send_digests()
    return {"sent": sent, "skipped": skipped}
