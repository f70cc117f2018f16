"""The rules of the publish webhooks: who receives what, how it is signed, when it is tried again.

Signing follows Standard Webhooks (https://www.standardwebhooks.com), with its reference library:
headers `webhook-id` (the message id, the same on every try: the receiver's idempotency key),
`webhook-timestamp` (seconds, this try's) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of
"id.timestamp.body">` with the endpoint's secret). Refusing a timestamp more than 5 minutes away
from its clock (replays) is the receiver's part; the libraries do it.
"""

import base64
import binascii
import datetime
import json
import logging
import uuid
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import requests
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from standardwebhooks import Webhook

from cms.services import ServiceError
from webhooks.models import (
    SECRET_PREFIX,
    DeliveryStatus,
    EventType,
    WebhookDelivery,
    WebhookEndpoint,
    new_secret,
)

logger = logging.getLogger("webhooks")

USER_AGENT = "TerritoiresEnCommun-Webhooks/1.0"
EXCERPT_CHARS = 500
HISTORY_KEPT = 30
# 4xx answers that say "later", not "never".
RETRYABLE_CLIENT_ERRORS = {408, 425, 429}


def new_message_id():
    return f"msg_{uuid.uuid4().hex}"


def check_secret(secret):
    """Refuse a secret the receiver's library could not read (`whsec_` + base64, 24–64 bytes)."""
    if not isinstance(secret, str) or not secret.startswith(SECRET_PREFIX):
        raise ServiceError(
            _("Le secret doit commencer par « whsec_ » (format Standard Webhooks)."),
            code="INVALID_SECRET",
            field="secret",
        )
    try:
        key = base64.b64decode(secret.removeprefix(SECRET_PREFIX), validate=True)
    except binascii.Error:
        key = b""
    if not 24 <= len(key) <= 64:
        raise ServiceError(
            _("Après « whsec_ », le secret doit être 24 à 64 octets encodés en base64."),
            code="INVALID_SECRET",
            field="secret",
        )


def body_of(delivery):
    return json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":"))


def signed_headers(secret, message_id, timestamp, body):
    """The Standard Webhooks headers of one try (`timestamp` in whole seconds since the epoch)."""
    moment = datetime.datetime.fromtimestamp(timestamp, tz=datetime.UTC)
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": Webhook(secret).sign(message_id, moment, body),
    }


# --- Sending ---------------------------------------------------------------------------------


def dispatch(events):
    """Record one delivery per (active endpoint subscribed, event) and send them in the background.

    `events`: [(event type, JSON payload)], the changes of one committed transaction.
    """
    endpoints = list(WebhookEndpoint.objects.filter(active=True)) if events else []
    deliveries = [
        WebhookDelivery(
            endpoint=endpoint,
            event=event,
            payload=body,
            message_id=new_message_id(),
            next_attempt_at=timezone.now(),
        )
        for endpoint in endpoints
        for event, body in events
        if endpoint.subscribes_to(event)
    ]
    if not deliveries:
        return []
    with transaction.atomic():
        WebhookDelivery.objects.bulk_create(deliveries)
        ids = [delivery.pk for delivery in deliveries]
        # A delivery whose task could not be enqueued is caught up by the scheduler.
        transaction.on_commit(lambda: [_enqueue(pk) for pk in ids], robust=True)
    return deliveries


def _enqueue(delivery_id, run_after=None):
    from webhooks.tasks import deliver

    if run_after is not None:
        if not deliver.get_backend().supports_defer:
            return  # `retry_overdue_deliveries` (the scheduler) will send it when due
        deliver.using(run_after=run_after).enqueue(delivery_id)
    else:
        deliver.enqueue(delivery_id)


@dataclass
class Outcome:
    status_code: int | None = None
    excerpt: str = ""
    error: str = ""
    retry_after: int = 0


def _retry_after(response):
    value = response.headers.get("Retry-After", "").strip()
    if value.isdigit():
        return int(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0
    return max(0, int((moment - timezone.now()).total_seconds()))


def post(endpoint, delivery, now):
    """POST the signed message once; never raises for what the network or the receiver does."""
    body = body_of(delivery)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        **signed_headers(endpoint.secret, delivery.message_id, int(now.timestamp()), body),
    }
    timeout = settings.WEBHOOKS_TIMEOUT
    try:
        with requests.post(
            endpoint.url,
            data=body.encode(),
            headers=headers,
            timeout=timeout,
            allow_redirects=False,
            stream=True,
        ) as response:
            raw = response.raw.read(EXCERPT_CHARS * 4, decode_content=True) or b""
            return Outcome(
                response.status_code,
                raw.decode("utf-8", "replace")[:EXCERPT_CHARS],
                retry_after=_retry_after(response),
            )
    except requests.Timeout:
        return Outcome(error=_("Pas de réponse en %(seconds)s s.") % {"seconds": timeout})
    except requests.ConnectionError as error:
        return Outcome(error=_("Connexion impossible : %(error)s") % {"error": error})
    except requests.RequestException as error:
        return Outcome(error=_("Envoi impossible : %(error)s") % {"error": error})


def _claim(delivery_id, now):
    """Take the delivery for this try, if it is due and nobody else has: one UPDATE, so that two
    workers (a retry and the scheduler's catch-up) never send it twice at once."""
    lease = now + datetime.timedelta(seconds=settings.WEBHOOKS_TIMEOUT + 60)
    return (
        WebhookDelivery.objects.filter(pk=delivery_id, status=DeliveryStatus.PENDING)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .update(next_attempt_at=lease, attempts=F("attempts") + 1, updated_at=now)
    )


def attempt_delivery(delivery_id):
    """One try of one delivery (the `deliver` task). Returns the delivery's status, or None when
    it was not due (already sent, or being sent by another worker)."""
    now = timezone.now()
    if not _claim(delivery_id, now):
        return None
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    endpoint = delivery.endpoint
    if not endpoint.active:
        outcome = Outcome(error=_("Point de terminaison désactivé : envoi abandonné."))
        status = DeliveryStatus.ABANDONED
    else:
        outcome = post(endpoint, delivery, now)
        status = _decide(delivery, outcome)
    _record(delivery, outcome, status, now)
    return status


def _decide(delivery, outcome):
    code = outcome.status_code
    if code is not None and 200 <= code < 300:
        return DeliveryStatus.SUCCEEDED
    if code is not None and 400 <= code < 500 and code not in RETRYABLE_CLIENT_ERRORS:
        return DeliveryStatus.FAILED
    if delivery.attempts <= len(settings.WEBHOOKS_RETRY_DELAYS):
        return DeliveryStatus.PENDING
    return DeliveryStatus.ABANDONED


def _record(delivery, outcome, status, now):
    delivery.status = status
    delivery.last_status_code = outcome.status_code
    delivery.last_response_excerpt = outcome.excerpt
    delivery.last_error = outcome.error[:500]
    delivery.history = [
        *delivery.history,
        {"at": now.isoformat(), "statusCode": outcome.status_code, "error": outcome.error},
    ][-HISTORY_KEPT:]
    delivery.next_attempt_at = None
    if status == DeliveryStatus.SUCCEEDED:
        delivery.delivered_at = now
    elif status == DeliveryStatus.PENDING:
        delay = settings.WEBHOOKS_RETRY_DELAYS[delivery.attempts - 1]
        delay = max(delay, min(outcome.retry_after, settings.WEBHOOKS_RETRY_DELAYS[-1]))
        delivery.next_attempt_at = now + datetime.timedelta(seconds=delay)
    delivery.save(
        update_fields=[
            "status",
            "last_status_code",
            "last_response_excerpt",
            "last_error",
            "history",
            "next_attempt_at",
            "delivered_at",
            "updated_at",
        ]
    )
    what = outcome.status_code or outcome.error
    if status == DeliveryStatus.PENDING:
        logger.warning(
            "Webhook %s vers « %s » non remis (essai %d : %s), nouvel essai à %s",
            delivery.message_id,
            delivery.endpoint,
            delivery.attempts,
            what,
            delivery.next_attempt_at.isoformat(),
        )
        _enqueue(delivery.pk, run_after=delivery.next_attempt_at)
    elif status != DeliveryStatus.SUCCEEDED:
        logger.error(
            "Webhook %s vers « %s » %s après %d essai(s) : %s",
            delivery.message_id,
            delivery.endpoint,
            "refusé" if status == DeliveryStatus.FAILED else "abandonné",
            delivery.attempts,
            what,
        )


def enqueue_overdue(grace_seconds=60):
    """Send the deliveries whose next try is overdue: a worker that stopped, a backend that cannot
    defer. Returns how many were enqueued."""
    due = timezone.now() - datetime.timedelta(seconds=grace_seconds)
    ids = list(
        WebhookDelivery.objects.filter(
            status=DeliveryStatus.PENDING, next_attempt_at__lte=due
        ).values_list("pk", flat=True)[:500]
    )
    for pk in ids:
        _enqueue(pk)
    return len(ids)


# --- Admin actions ---------------------------------------------------------------------------


def resend(delivery, user=None):
    """Send a refused or abandoned message again, with the same id and a fresh round of tries."""
    if not delivery.can_be_resent:
        raise ServiceError(
            _("Seul un envoi refusé ou abandonné peut être renvoyé."), code="NOT_RESENDABLE"
        )
    now = timezone.now()
    who = user.get_username() if user is not None else ""
    delivery.status = DeliveryStatus.PENDING
    delivery.attempts = 0
    delivery.next_attempt_at = now
    delivery.history = [
        *delivery.history,
        {"at": now.isoformat(), "statusCode": None, "error": "", "resentBy": who},
    ][-HISTORY_KEPT:]
    delivery.save(update_fields=["status", "attempts", "next_attempt_at", "history", "updated_at"])
    transaction.on_commit(lambda: _enqueue(delivery.pk))
    return delivery


def regenerate_secret(endpoint):
    """A new signing secret: the receiver must be given it, the old one stops working at once."""
    endpoint.secret = new_secret()
    endpoint.save(update_fields=["secret", "updated_at"])
    return endpoint


# --- Configuration ---------------------------------------------------------------------------


def ensure_endpoints(configured=None):
    """Create or update the endpoints of `WEBHOOK_ENDPOINTS` (by name); idempotent.

    Returns [(endpoint, "created" | "updated" | "unchanged")].
    """
    configured = settings.WEBHOOK_ENDPOINTS if configured is None else configured
    results = []
    for item in configured:
        check_secret(item["secret"])
        wanted = {
            "url": item["url"],
            "secret": item["secret"],
            "active": item.get("active", True),
            "events": list(item.get("events") or EventType.values),
        }
        endpoint = WebhookEndpoint.objects.filter(name=item["name"]).first()
        if endpoint is None:
            endpoint = WebhookEndpoint.objects.create(name=item["name"], **wanted)
            results.append((endpoint, "created"))
            continue
        changed = [name for name, value in wanted.items() if getattr(endpoint, name) != value]
        for name in changed:
            setattr(endpoint, name, wanted[name])
        if changed:
            endpoint.save(update_fields=[*changed, "updated_at"])
        results.append((endpoint, "updated" if changed else "unchanged"))
    return results
