"""Sending an edition to a segment: plan the deliveries, then send them batch by batch.

Idempotence rests on `Delivery`: one row per edition and address (unique constraint), created
when the sending is planned (an address already served by an earlier sending of the same edition
is left out). A worker claims a batch (one query), then sends it chunk by chunk over one SMTP
connection: a chunk is marked in flight before its messages leave and sent right after (two
queries per chunk, none per message). A worker killed mid-send leaves claimed rows, which never
left and are given back by `resume()`, and at most one chunk in flight, which `resume()` marks
« incertain » instead of sending it again: no address ever gets the same edition twice unless
an editor asks for it (`resend_uncertain`, audited). The pace is shared by every worker
(`ratelimit`)."""

import smtplib
from datetime import timedelta
from email.utils import formatdate, make_msgid

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.utils import DNS_NAME
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from wagtail.log_actions import log

from cms.services import ServiceError
from newsletter.models import Delivery, Sending, Subscriber
from newsletter.services import links, ratelimit, rendering, segments, subscriptions

SEND_ACTION = "newsletter.send"
RESEND_UNCERTAIN_ACTION = "newsletter.resend_uncertain"
_rendered = {}


def plan(edition, segment="all", *, user=None, utm=False):
    """Record the decision (the audit: who, what, when) and one pending delivery per address."""
    edition = edition.specific
    if not edition.live:
        raise ServiceError(
            "Publiez l'édition avant de l'envoyer : le lien « Voir dans le navigateur » y mène.",
            code="NOT_PUBLISHED",
            field="edition",
        )
    recipients = segments.recipients(segment)
    with transaction.atomic():
        sending = Sending.objects.create(
            edition=edition,
            segment=segment,
            utm=utm,
            created_by=user if user is not None and user.is_authenticated else None,
            created_by_label=str(user) if user is not None else "script",
        )
        rows = []
        for pk, email in recipients.values_list("pk", "email").iterator(chunk_size=5000):
            rows.append(
                Delivery(
                    sending=sending,
                    edition=edition,
                    subscriber_id=pk,
                    email=email,
                    message_id=make_msgid(domain=DNS_NAME),
                )
            )
            if len(rows) >= 5000:
                Delivery.objects.bulk_create(rows, ignore_conflicts=True)
                rows = []
        Delivery.objects.bulk_create(rows, ignore_conflicts=True)
        sending.recipients = sending.deliveries.count()
        sending.save(update_fields=["recipients"])
        log(
            instance=edition,
            action=SEND_ACTION,
            user=user if user is not None and user.is_authenticated else None,
            data={
                "segment": segment,
                "segment_label": segments.label(segment),
                "recipients": sending.recipients,
                "sending": sending.pk,
            },
        )
    return sending


def progress(sending):
    counts = dict(
        sending.deliveries.values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    return {status: counts.get(status, 0) for status in Delivery.Status.values}


def _rendered_for(sending):
    # Everything the rendering reads: a sending's id alone may come back after a rolled-back
    # transaction (SQLite), and a page moved without a new revision changes its links.
    edition = sending.edition
    key = (sending.pk, edition.pk, edition.latest_revision_id, edition.url_path, sending.utm)
    if key not in _rendered:
        _rendered.clear()
        _rendered[key] = rendering.render(sending.edition, utm=sending.utm)
    return _rendered[key]


def headers(subscriber, message_id):
    one_click = links.one_click_url(subscriber)
    unsubscribe = f"<{one_click}>"
    if settings.NEWSLETTER_UNSUBSCRIBE_MAILTO:
        unsubscribe += f", <mailto:{settings.NEWSLETTER_UNSUBSCRIBE_MAILTO}?subject=unsubscribe-{subscriber.token}>"
    return {
        "Message-ID": message_id,
        "List-Id": settings.NEWSLETTER_LIST_ID,
        "List-Unsubscribe": unsubscribe,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


class _PreparedMIME:
    def __init__(self, data):
        self.data = data

    def as_bytes(self, unixfrom=False, linesep="\n"):
        return self.data if linesep == "\r\n" else self.data.replace(b"\r\n", linesep.encode())


class PreparedEmail(EmailMultiAlternatives):
    """A message whose MIME bytes may come ready from the batch's template (`prepared`).

    Only the SMTP backend is given prepared bytes (it reads nothing but `as_bytes`); the others
    (console, locmem, django-anymail) read the message's fields and get an ordinary message."""

    prepared = None

    def message(self):
        return super().message() if self.prepared is None else _PreparedMIME(self.prepared)


def message(rendered, subscriber, message_id, connection=None, subject_prefix="", date=None):
    html, text = rendered.for_subscriber(subscriber)
    extra = headers(subscriber, message_id)
    if date:
        extra["Date"] = date
    email = PreparedEmail(
        subject_prefix + rendered.subject,
        text,
        settings.NEWSLETTER_FROM_EMAIL,
        [subscriber.email],
        headers=extra,
        reply_to=[settings.NEWSLETTER_REPLY_TO] if settings.NEWSLETTER_REPLY_TO else None,
        connection=connection,
    )
    email.attach_alternative(html, "text/html")
    return email


class _Template:
    """The batch's message built once for a stand-in; each subscriber's message is its bytes with
    the stand-in's address, token and Message-ID replaced. Used only once a real message built
    the slow way came out byte for byte the same (else every message is built in full)."""

    EMAIL = "destinataire@gabarit.invalid"
    # As long as a real token (token_urlsafe(32)): quoted-printable lines then break alike.
    TOKEN = "jetongabarit" + "0" * 31  # noqa: S105  (a stand-in, never a real token)
    MESSAGE_ID = "<gabarit.0123456789@gabarit.invalid>"

    def __init__(self, rendered, sample_subscriber, sample_id):
        self.date = formatdate(localtime=settings.EMAIL_USE_LOCALTIME)
        stand_in = Subscriber(email=self.EMAIL, token=self.TOKEN)
        mime = message(rendered, stand_in, self.MESSAGE_ID, date=self.date).message()
        self.data = mime.as_bytes(linesep="\r\n")
        self.usable = False
        if self.fits(sample_subscriber):
            real = message(rendered, sample_subscriber, sample_id, date=self.date).message()
            expected = real.as_bytes(linesep="\r\n").replace(
                real.get_boundary().encode(), mime.get_boundary().encode()
            )
            self.usable = self.substitute(sample_subscriber, sample_id) == expected

    def fits(self, subscriber):
        return (
            subscriber.email.isascii()
            and len(subscriber.email) <= 78
            and len(subscriber.token) == len(self.TOKEN)
        )

    def substitute(self, subscriber, message_id):
        return (
            self.data.replace(self.TOKEN.encode(), subscriber.token.encode())
            .replace(self.EMAIL.encode(), subscriber.email.encode())
            .replace(self.MESSAGE_ID.encode(), message_id.encode())
        )

    def email(self, rendered, subscriber, message_id, connection):
        email = message(rendered, subscriber, message_id, connection, date=self.date)
        if self.usable and self.fits(subscriber) and isinstance(connection, SMTPBackend):
            email.prepared = self.substitute(subscriber, message_id)
        return email


def _claim(sending, size):
    now = timezone.now()
    with transaction.atomic():
        ready = sending.deliveries.filter(status=Delivery.Status.PENDING).filter(
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
        )
        ids = list(
            ready.select_for_update(skip_locked=True)
            .order_by("pk")
            .values_list("pk", flat=True)[:size]
        )
        # The claim's instant marks the rows this worker took (without row locks, on SQLite).
        Delivery.objects.filter(pk__in=ids, status=Delivery.Status.PENDING).update(
            status=Delivery.Status.CLAIMED, claimed_at=now
        )
    return list(
        Delivery.objects.filter(pk__in=ids, status=Delivery.Status.CLAIMED, claimed_at=now)
        .select_related("subscriber")
        .order_by("pk")
    )


def _temporary(error):
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code < 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code < 500
    return isinstance(error, smtplib.SMTPServerDisconnected | ConnectionError | TimeoutError)


def _failed(delivery, error):
    now = timezone.now()
    delays = settings.NEWSLETTER_RETRY_DELAYS
    delivery.attempts += 1
    delivery.error = str(error)[:255]
    if _temporary(error) and delivery.attempts <= len(delays):
        delivery.status = Delivery.Status.PENDING
        delivery.next_attempt_at = now + timedelta(seconds=delays[delivery.attempts - 1])
    else:
        delivery.status = Delivery.Status.FAILED
        if isinstance(error, smtplib.SMTPRecipientsRefused):
            subscriptions.mark_bounced(delivery.subscriber, delivery.error)
    delivery.save(update_fields=["attempts", "error", "status", "next_attempt_at"])


def _chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def process_batch(sending, size=None, *, limiter=None):
    """Send one batch of the sending's pending deliveries; returns how many messages left."""
    size = size or settings.NEWSLETTER_BATCH_SIZE
    if sending.status == Sending.Status.PLANNED:
        Sending.objects.filter(pk=sending.pk).update(
            status=Sending.Status.RUNNING, started_at=timezone.now()
        )
    batch = _claim(sending, size)
    if not batch:
        finish_if_done(sending)
        return 0
    rendered = _rendered_for(sending)
    limiter = limiter or ratelimit.shared()
    active = []
    skipped = []
    for delivery in batch:
        subscriber = delivery.subscriber
        wanted = subscriber.is_active and subscriber.wants_newsletter
        (active if wanted else skipped).append(delivery)
    if skipped:
        Delivery.objects.filter(pk__in=[d.pk for d in skipped]).update(
            status=Delivery.Status.SKIPPED
        )
    sent = 0
    template = _Template(rendered, active[0].subscriber, active[0].message_id) if active else None
    with get_connection(settings.NEWSLETTER_EMAIL_BACKEND or None) as connection:
        for chunk in _chunks(active, max(1, settings.NEWSLETTER_IN_FLIGHT)):
            needed = len(chunk)
            while needed:
                needed -= limiter.acquire(needed)
            Delivery.objects.filter(pk__in=[d.pk for d in chunk]).update(
                status=Delivery.Status.IN_FLIGHT, claimed_at=timezone.now()
            )
            confirmed = []
            for delivery in chunk:
                email = template.email(
                    rendered, delivery.subscriber, delivery.message_id, connection
                )
                try:
                    email.send()
                except (smtplib.SMTPException, OSError) as error:
                    _failed(delivery, error)
                    continue
                confirmed.append(delivery.pk)
            Delivery.objects.filter(pk__in=confirmed).update(
                status=Delivery.Status.SENT, sent_at=timezone.now(), attempts=F("attempts") + 1
            )
            sent += len(confirmed)
    finish_if_done(sending)
    return sent


def remaining(sending):
    return sending.deliveries.filter(
        status__in=[Delivery.Status.PENDING, Delivery.Status.CLAIMED, Delivery.Status.IN_FLIGHT]
    ).exists()


def finish_if_done(sending):
    if not remaining(sending):
        Sending.objects.filter(pk=sending.pk).exclude(status=Sending.Status.DONE).update(
            status=Sending.Status.DONE, finished_at=timezone.now()
        )


def resume(sending, stale_after=None):
    """Take over after a worker that died (its claims older than `stale_after` seconds).

    Claimed rows never left: they go back to pending. Rows in flight may have left: they become
    « incertain » and are not sent again unless an editor asks (`resend_uncertain`).
    Returns how many rows go back to pending."""
    stale_after = settings.NEWSLETTER_CLAIM_TIMEOUT if stale_after is None else stale_after
    limit = timezone.now() - timedelta(seconds=stale_after)
    stale = sending.deliveries.filter(claimed_at__lte=limit)
    with transaction.atomic():
        stale.filter(status=Delivery.Status.IN_FLIGHT).update(
            status=Delivery.Status.UNCERTAIN,
            error="Le processus d'envoi s'est arrêté pendant la transmission.",
        )
        return stale.filter(status=Delivery.Status.CLAIMED).update(
            status=Delivery.Status.PENDING, claimed_at=None
        )


def resend_uncertain(sending, *, user=None):
    """An editor's explicit choice: send again the messages that may not have left (audited)."""
    with transaction.atomic():
        count = sending.deliveries.filter(status=Delivery.Status.UNCERTAIN).update(
            status=Delivery.Status.PENDING, claimed_at=None, next_attempt_at=None
        )
        if not count:
            raise ServiceError("Aucune remise incertaine dans cet envoi.", code="NOTHING_UNCERTAIN")
        Sending.objects.filter(pk=sending.pk).update(
            status=Sending.Status.RUNNING, finished_at=None
        )
        log(
            instance=sending.edition,
            action=RESEND_UNCERTAIN_ACTION,
            user=user if user is not None and user.is_authenticated else None,
            data={"sending": sending.pk, "deliveries": count},
        )
    sending.refresh_from_db()
    return count


def run(sending, *, report=None):
    """Send everything now, batch after batch, in this process (command, benchmark)."""
    resume(sending)
    total = 0
    while True:
        sent = process_batch(sending)
        total += sent
        if report:
            report(sending, progress(sending))
        if not ready(sending).exists():
            break
    return total


def ready(sending):
    """Deliveries that may leave now (not waiting for a retry delay)."""
    return sending.deliveries.filter(status=Delivery.Status.PENDING).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=timezone.now())
    )


def idle(sending):
    """No worker touched the sending within the claim timeout: its chain of batches stopped."""
    limit = timezone.now() - timedelta(seconds=settings.NEWSLETTER_CLAIM_TIMEOUT)
    return not sending.deliveries.filter(Q(claimed_at__gt=limit) | Q(sent_at__gt=limit)).exists()


def send_test(edition, address, *, utm=False):
    """« M'envoyer un test »: the edition to one address, now, marked as a test."""
    address = subscriptions.normalise_email(address)
    rendered = rendering.render(edition, utm=utm)
    stand_in = Subscriber(email=address, token="essai")  # noqa: S106  (a test has no subscriber)
    email = message(rendered, stand_in, make_msgid(domain=DNS_NAME), subject_prefix="[Test] ")
    email.connection = get_connection(settings.NEWSLETTER_EMAIL_BACKEND or None)
    email.send()
