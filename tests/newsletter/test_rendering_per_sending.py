"""A sending's rendering is kept per process; two tests in a row reuse the same ids after their
transactions roll back (SQLite), as a rolled-back `plan` can in production. The second edition,
at another address, must still carry its own « Voir dans le navigateur » link."""

import pytest
from wagtail.models import Page

from tests.newsletter.test_sending import (
    test_an_edition_reaches_each_confirmed_address_exactly_once as reaches_each_address_once,
)


@pytest.mark.parametrize("slug", ["ressources-911", "ressources-91"])
def test_each_sending_links_to_its_own_edition(edition, smtp, client, slug):
    parent = edition.get_parent().specific
    parent.slug = slug
    parent.save()
    reaches_each_address_once(Page.objects.get(pk=edition.pk).specific, smtp, client)


def test_the_console_backend_of_make_run_prints_each_message(edition, settings, capsys):
    """`make run` sends to the console: the batch's prepared bytes are for SMTP only."""
    from newsletter.models import Sending
    from newsletter.services import sending as sendings
    from newsletter.tasks import send_batch
    from tests.newsletter.conftest import make_subscribers

    settings.NEWSLETTER_EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    settings.NEWSLETTER_RATE_PER_SECOND = 0
    confirmed = make_subscribers(3)
    sending = sendings.plan(edition, "all")
    send_batch.enqueue(sending.pk)
    printed = capsys.readouterr().out
    for subscriber in confirmed:
        assert f"To: {subscriber.email}" in printed
    sending.refresh_from_db()
    assert sending.status == Sending.Status.DONE
