"""Fixtures of the newsletter: a published edition, subscribers, a real SMTP server."""

import datetime
from email import message_from_bytes, policy

import pytest
from django.utils import timezone
from wagtail.rich_text import RichText

try:
    from aiosmtpd.controller import Controller
except ImportError:  # pragma: no cover - the dev dependencies bring it
    Controller = None

from newsletter.models import Subscriber
from tests.factories import NewsletterPageFactory
from tests.ports import free_port


@pytest.fixture
def edition(db):
    return NewsletterPageFactory(
        title="Lettre de novembre",
        summary="Le concept du mois et l'agenda.",
        sections=[
            ("intro", RichText('<p>Éditorial. <a href="https://anct.gouv.fr/">ANCT</a></p>')),
        ],
    )


def make_subscribers(count, *, status=Subscriber.Status.CONFIRMED, prefix="abonne"):
    now = timezone.now()
    return Subscriber.objects.bulk_create(
        Subscriber(
            email=f"{prefix}{index:05d}@exemple.fr",
            status=status,
            consent_at=now - datetime.timedelta(days=1),
            consent_source="site",
            consent_text_version="2026-11",
            confirmed_at=now if status == Subscriber.Status.CONFIRMED else None,
        )
        for index in range(count)
    )


class Inbox:
    """What the SMTP server received; `refuse` maps an address to the replies it gets, in turn."""

    def __init__(self):
        self.messages = []
        self.refuse = {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        replies = self.refuse.get(address)
        if replies:
            return replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def recipients(self):
        return [address for rcpt, _ in self.messages for address in rcpt]


@pytest.fixture
def smtp(settings):
    """aiosmtpd on 127.0.0.1, started here, and the newsletter's sending pointed at it."""
    if Controller is None:
        pytest.skip("aiosmtpd absent : installez les dépendances de développement (make install)")
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.NEWSLETTER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = False
    settings.NEWSLETTER_RATE_PER_SECOND = 0
    settings.NEWSLETTER_BATCH_SIZE = 100
    yield inbox
    controller.stop()


from tests.api.conftest import GraphQLClient  # noqa: E402


@pytest.fixture
def gql(client, db):
    return GraphQLClient(client)
