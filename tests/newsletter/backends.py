"""An SMTP backend whose worker is killed after a number of messages (a crash mid-send).

The number is the setting NEWSLETTER_TEST_CRASH_AFTER (None: never): the worker dies right after
the server accepted that message, before the sending code could record it, the worst moment for
duplicates. `reset()` starts the count again.
"""

from django.conf import settings
from django.core.mail.backends.smtp import EmailBackend

_sent = 0


class WorkerKilled(BaseException):
    """Not an Exception: nothing in the sending code may catch it, as with a killed process."""


def reset():
    global _sent  # noqa: PLW0603 — the count of one simulated worker's life
    _sent = 0


class CrashingBackend(EmailBackend):
    def send_messages(self, email_messages):
        global _sent  # noqa: PLW0603
        limit = getattr(settings, "NEWSLETTER_TEST_CRASH_AFTER", None)
        if limit is not None and _sent >= limit:
            raise WorkerKilled
        sent = super().send_messages(email_messages)
        _sent += len(email_messages)
        if limit is not None and _sent >= limit:
            raise WorkerKilled
        return sent
