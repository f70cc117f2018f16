"""Delivery in the background, as in production: tasks in the database, the worker's command, a
real receiver on 127.0.0.1. Failures are tried again after growing delays with the same
webhook-id; a refusal (4xx) is not; the delivery log tells each try."""

import datetime
import logging

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from standardwebhooks import Webhook

from tests.ports import free_port
from tests.tasks.conftest import run_worker
from webhooks import services, tasks
from webhooks.models import DeliveryStatus, WebhookDelivery

# The worker runs as in production and reads committed rows; it closes obsolete connections, which
# on PostgreSQL would kill a test's enclosing transaction (SQLite's in-memory database survives it).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BODY = {
    "type": "page.published",
    "occurredAt": "2026-11-30T12:00:00+00:00",
    "objects": [{"kind": "page", "type": "ExperiencePage", "pk": 12, "urlPath": "/experiences/a/"}],
    "paths": ["/experiences/a/", "/experiences/"],
    "tags": ["path:/experiences/", "path:/experiences/a/", "sitemap"],
    "truncated": False,
}


@pytest.fixture
def send(database_tasks, django_capture_on_commit_callbacks):
    """Record a message for every endpoint, as a committed change would; the worker sends it."""

    def run(event="page.published", body=BODY):
        with django_capture_on_commit_callbacks(execute=True):
            return services.dispatch([(event, body)])

    return run


def make_due(delivery):
    """The delay has passed: the retry and the delivery are due now."""
    past = timezone.now() - datetime.timedelta(seconds=1)
    DBTaskResult.objects.filter(status="READY").update(run_after=past)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=past)


def waiting_tasks():
    return DBTaskResult.objects.filter(status="READY", task_path="webhooks.tasks.deliver")


def verified(endpoint, request):
    """What the receiver's library makes of the request: the JSON body, or an exception."""
    return Webhook(endpoint.secret).verify(request.body, request.headers)


def test_fails_twice_then_accepts_three_tries_with_the_same_id(endpoint, receiver, send, caplog):
    receiver.script = [500, 500]
    (delivery,) = send()
    assert receiver.requests == []  # nothing leaves before the worker runs

    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == (
        DeliveryStatus.PENDING,
        1,
        500,
    )
    first_try = datetime.datetime.fromisoformat(delivery.history[0]["at"])
    assert delivery.next_attempt_at == first_try + datetime.timedelta(seconds=30)
    (retry,) = waiting_tasks()
    assert retry.run_after == delivery.next_attempt_at
    assert "nouvel essai" in caplog.text

    make_due(delivery)
    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.PENDING, 2)
    second_try = datetime.datetime.fromisoformat(delivery.history[1]["at"])
    assert delivery.next_attempt_at == second_try + datetime.timedelta(seconds=120)

    make_due(delivery)
    run_worker()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SUCCEEDED
    assert delivery.attempts == 3
    assert [entry["statusCode"] for entry in delivery.history] == [500, 500, 200]
    assert delivery.last_status_code == 200
    assert '"revalidated": true' in delivery.last_response_excerpt
    assert delivery.delivered_at is not None and delivery.next_attempt_at is None
    assert not waiting_tasks().exists()

    assert len(receiver.requests) == 3
    assert {request.headers["webhook-id"] for request in receiver.requests} == {delivery.message_id}
    for request in receiver.requests:
        assert verified(endpoint, request) == BODY
        assert request.headers["content-type"] == "application/json"


def test_a_refusal_is_not_tried_again(endpoint, receiver, send, caplog):
    receiver.script = [404]
    (delivery,) = send()
    with caplog.at_level(logging.ERROR, logger="webhooks"):
        run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == (
        DeliveryStatus.FAILED,
        1,
        404,
    )
    assert delivery.next_attempt_at is None
    assert not waiting_tasks().exists()
    assert len(receiver.requests) == 1
    assert "refusé" in caplog.text
    assert delivery.get_status_display() == "Refusé par le destinataire"


@pytest.mark.parametrize("status", [408, 429, 502])
def test_busy_or_broken_receivers_are_tried_again(endpoint, receiver, send, status):
    receiver.script = [status]
    (delivery,) = send()
    run_worker()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING
    assert waiting_tasks().count() == 1


def test_retry_after_is_respected(endpoint, receiver, send):
    receiver.script = [429]
    receiver.extra_headers = {"Retry-After": "300"}
    (delivery,) = send()
    run_worker()
    delivery.refresh_from_db()
    tried = datetime.datetime.fromisoformat(delivery.history[0]["at"])
    assert delivery.next_attempt_at == tried + datetime.timedelta(seconds=300)


def test_abandoned_after_the_last_delay(endpoint, receiver, send, settings, caplog):
    settings.WEBHOOKS_RETRY_DELAYS = [30]
    receiver.script = [503, 503, 503]
    (delivery,) = send()
    run_worker()
    make_due(delivery)
    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.ABANDONED, 2)
    assert delivery.get_status_display() == "Abandonné"
    assert not waiting_tasks().exists()
    assert len(receiver.requests) == 2
    assert "abandonné après 2 essai(s)" in caplog.text


def test_an_unreachable_receiver_is_recorded_and_tried_again(endpoint, send):
    endpoint.url = f"http://127.0.0.1:{free_port()}/api/revalidate/"
    endpoint.save()
    (delivery,) = send()
    run_worker()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.last_status_code is None
    assert delivery.last_error.startswith("Connexion impossible")
    assert waiting_tasks().count() == 1


def test_a_receiver_that_does_not_answer_in_time(endpoint, receiver, send, settings):
    settings.WEBHOOKS_TIMEOUT = 1
    receiver.script = ["slow"]
    (delivery,) = send()
    run_worker()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.last_error == "Pas de réponse en 1 s."


def test_an_endpoint_disabled_before_the_try_gets_nothing(endpoint, receiver, send):
    (delivery,) = send()
    endpoint.active = False
    endpoint.save()
    run_worker()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.ABANDONED
    assert "désactivé" in delivery.last_error
    assert receiver.requests == []


def test_a_delivered_message_is_not_sent_twice(endpoint, receiver, send):
    (delivery,) = send()
    run_worker()
    assert services.attempt_delivery(delivery.pk) is None
    assert len(receiver.requests) == 1


def test_resend_keeps_the_webhook_id(
    endpoint, receiver, send, superuser, django_capture_on_commit_callbacks
):
    receiver.script = [410]
    (delivery,) = send()
    run_worker()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED

    with django_capture_on_commit_callbacks(execute=True):
        services.resend(delivery, superuser)
    run_worker()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SUCCEEDED
    first, second = receiver.requests
    assert first.headers["webhook-id"] == second.headers["webhook-id"] == delivery.message_id
    assert verified(endpoint, second) == BODY
    assert delivery.history[1]["resentBy"] == "admin"


def test_only_a_refused_or_abandoned_message_is_resent(endpoint, send):
    (delivery,) = send()
    with pytest.raises(services.ServiceError, match="refusé ou abandonné") as refused:
        services.resend(delivery)
    assert refused.value.code == "NOT_RESENDABLE"


def test_the_scheduler_catches_up_with_overdue_deliveries(endpoint, receiver, send):
    (delivery,) = send()
    # The worker stopped: its task is lost, the delivery is two minutes overdue.
    DBTaskResult.objects.all().delete()
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        next_attempt_at=timezone.now() - datetime.timedelta(minutes=2)
    )
    tasks.retry_overdue_deliveries.enqueue()
    run_worker()  # the catch-up enqueues the delivery
    run_worker()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SUCCEEDED
    assert len(receiver.requests) == 1


def test_each_endpoint_gets_its_own_message(endpoint, receiver, send):
    other = type(endpoint).objects.create(name="Application mobile", url=receiver.url)
    deliveries = send()
    assert {d.endpoint_id for d in deliveries} == {endpoint.pk, other.pk}
    run_worker()
    assert len(receiver.requests) == 2
    for request in receiver.requests:
        delivery = WebhookDelivery.objects.get(message_id=request.headers["webhook-id"])
        assert verified(delivery.endpoint, request) == BODY
    assert len({request.headers["webhook-id"] for request in receiver.requests}) == 2
