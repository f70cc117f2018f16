"""Atom feeds of new experiences, resources and events: only what is published, linked to the site."""

from xml.etree import ElementTree

import pytest

from cms.visibility import front_end_url
from tests.factories import EventPageFactory, ExperiencePageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize(
    ("url", "factory"),
    [
        ("/flux/experiences.atom", ExperiencePageFactory),
        ("/flux/ressources.atom", ResourcePageFactory),
        ("/flux/evenements.atom", EventPageFactory),
    ],
)
def test_feed_lists_published_pages_with_links_to_the_site(client, url, factory):
    published = factory(title="Publiée")
    factory(title="Brouillon", live=False)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    entries = ElementTree.fromstring(response.content).findall(f"{ATOM}entry")  # noqa: S314
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Publiée"]
    assert entries[0].find(f"{ATOM}link").get("href") == front_end_url(published)
