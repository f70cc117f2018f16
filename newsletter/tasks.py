"""Background sending (django-tasks): one batch per task, each batch enqueuing the next."""

from django.db.transaction import on_commit
from django_tasks import task

from newsletter.models import Sending
from newsletter.services import sending as sendings


@task()
def send_batch(sending_id):
    sending = Sending.objects.select_related("edition").filter(pk=sending_id).first()
    if sending is None:
        return
    sendings.process_batch(sending)
    if sendings.ready(sending).exists():
        send_batch.enqueue(sending_id)
    # Rows waiting for a retry delay are picked up by resume_sendings (scheduled every minute).


@task()
def resume_sendings():
    """Restart the sendings whose worker died or whose retries are due."""
    for sending in Sending.objects.exclude(status=Sending.Status.DONE):
        if not sendings.idle(sending):
            continue
        sendings.resume(sending)
        if sendings.ready(sending).exists():
            send_batch.enqueue(sending.pk)
        else:
            sendings.finish_if_done(sending)


def start(sending):
    """Send in the background once the decision is committed."""
    on_commit(lambda: send_batch.enqueue(sending.pk), robust=True)
