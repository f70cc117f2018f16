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
