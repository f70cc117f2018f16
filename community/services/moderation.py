"""Moderation of the exchange: a reader reports a message, an ANCT moderator hides or restores
it with a reason. Each step is in Wagtail's audit log (Rapports › Historique des actions)."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from community.models import Report
from community.services import notifications
from community.services.access import can_read_thread, standing
from community.services.errors import (
    ALREADY_HIDDEN,
    ALREADY_REPORTED,
    FORBIDDEN,
    NOT_FOUND,
    NOT_HIDDEN,
    REQUIRED,
    TOO_LONG,
    ServiceError,
)
from community.services.text import clean

REPORTED = "community.message_reported"
HIDDEN = "community.message_hidden"
RESTORED = "community.message_restored"


def _reason(reason, what):
    reason = (reason or "").strip()
    if not reason:
        raise ServiceError(f"Indiquez le motif {what}.", REQUIRED, "reason")
    if len(reason) > 1000:
        raise ServiceError("Le motif tient en 1 000 caractères au plus.", TOO_LONG, "reason")
    return clean(reason, "reason", "Le motif")


def report_message(user, message, *, reason):
    """Any reader of the message reports it once; the moderators are told."""
    if not can_read_thread(user, message.thread):
        raise ServiceError("Message introuvable.", NOT_FOUND, "message")
    reason = _reason(reason, "du signalement")
    try:
        with transaction.atomic():
            report = Report.objects.create(message=message, reporter=user, reason=reason)
    except IntegrityError as error:
        raise ServiceError(
            "Vous avez déjà signalé ce message : la modération l'examine.",
            ALREADY_REPORTED,
            "message",
        ) from error
    log(message, REPORTED, user=user, data={"reason": reason, "report": report.pk})
    notifications.message_reported(report)
    return report


def _require_moderator(user, message):
    if not standing(user, message.thread.project).moderates:
        raise ServiceError(
            "Seuls les modérateurs de l'ANCT masquent ou rétablissent un message.",
            FORBIDDEN,
            "message",
        )


def set_hidden(user, message, *, hidden, reason):
    """An ANCT moderator hides a message or restores it, with a reason kept in the audit log; the
    open reports of the message are handled by either."""
    _require_moderator(user, message)
    if hidden and message.is_hidden:
        raise ServiceError("Ce message est déjà masqué.", ALREADY_HIDDEN, "message")
    if not hidden and not message.is_hidden:
        raise ServiceError("Ce message n'est pas masqué.", NOT_HIDDEN, "message")
    reason = _reason(reason, "du masquage" if hidden else "du rétablissement")
    now = timezone.now()
    with transaction.atomic():
        message.hidden_at = now if hidden else None
        message.hidden_by = user if hidden else None
        message.hidden_reason = reason if hidden else ""
        message.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
        message.reports.filter(handled_at__isnull=True).update(handled_at=now)
        log(message, HIDDEN if hidden else RESTORED, user=user, data={"reason": reason})
    return message


def hide_message(user, message, *, reason):
    return set_hidden(user, message, hidden=True, reason=reason)


def restore_message(user, message, *, reason):
    return set_hidden(user, message, hidden=False, reason=reason)
