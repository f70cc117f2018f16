"""An SMTP backend whose worker is killed after a number of messages (a crash mid-send)."""

from django.core.mail.backends.smtp import EmailBackend


class WorkerKilled(BaseException):
    """Not an Exception: nothing in the sending code may catch it, as with a killed process."""


class CrashingBackend(EmailBackend):
    budget = None

    def send_messages(self, email_messages):
        if CrashingBackend.budget is not None:
            if CrashingBackend.budget <= 0:
                raise WorkerKilled
            CrashingBackend.budget -= len(email_messages)
        return super().send_messages(email_messages)
