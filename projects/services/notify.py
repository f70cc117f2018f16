"""The one way the projects app sends e-mail, so that sending can move to a background task in
one place."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction


def send_message(subject, body, addresses, *, fail_silently=True):
    """Send one plain-text message to `addresses` now."""
    return send_mail(
        subject, body, settings.DEFAULT_FROM_EMAIL, list(addresses), fail_silently=fail_silently
    )


def notify(recipients, subject, body):
    """E-mail the people concerned once the transaction has committed (never for a refusal)."""
    addresses = sorted({r.email for r in recipients if r and r.is_active and r.email})
    if not addresses:
        return
    transaction.on_commit(lambda: send_message(subject, body, addresses))
