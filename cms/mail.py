"""E-mails leave through the background worker, once the decision that sends them is committed."""

from email.utils import make_msgid

from django.core.mail.utils import DNS_NAME
from django.db.transaction import on_commit

from cms.tasks import send_email


def send_later(subject, body, recipients, html=None):
    """Send `subject`/`body` (and its HTML version) to each address, one message per address so
    that nobody sees the others' addresses; returns how many are planned.

    Each message is a `cms.tasks.send_email` task enqueued when the current transaction commits:
    a decision rolled back sends nothing, and a server that refuses a message does not undo the
    decision (the failure is recorded with the task, and the message tried again).
    """
    addresses = sorted({address for address in recipients if address})
    for address in addresses:
        message_id = make_msgid(domain=DNS_NAME)
        on_commit(
            lambda address=address, message_id=message_id: send_email.enqueue(
                subject, body, [address], html, message_id=message_id
            ),
            robust=True,
        )
    return len(addresses)
