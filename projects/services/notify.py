"""The one way the projects app sends e-mail: through the background worker, after the commit."""

from cms.mail import send_later


def send_message(subject, body, addresses):
    """Plan one plain-text message per address, sent by the worker once the transaction commits."""
    return send_later(subject, body, list(addresses))


def notify(recipients, subject, body):
    """E-mail the people concerned once the transaction has committed (never for a refusal)."""
    addresses = sorted({r.email for r in recipients if r and r.is_active and r.email})
    if addresses:
        send_message(subject, body, addresses)
