"""Background tasks of the webhooks (django-tasks), run by `manage.py db_worker`.

One `deliver` task per try of a message: a failed try records itself on the delivery and enqueues
the next one after its delay (`WEBHOOKS_RETRY_DELAYS`); the delivery log, not the task result, is
the record of what happened. `retry_overdue_deliveries`, enqueued by the scheduler, catches up
with tries a stopped worker or a backend that cannot defer left behind.
"""

from django_tasks import task

from webhooks import services


@task()
def deliver(delivery_id):
    """Try to deliver one message now; returns the delivery's status (None: not due)."""
    status = services.attempt_delivery(delivery_id)
    return str(status) if status is not None else None


@task()
def retry_overdue_deliveries():
    """Enqueue the deliveries whose next try is overdue; returns how many."""
    return services.enqueue_overdue()
