"""The operations of graphql/operations/ the public site runs around its pages (layout, redirects,
sitemap, calendars), executed as the site sends them."""

import datetime

import pytest
import wagtail_factories
from icalendar import Calendar
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from cms.models import SiteSettings
from tests.api.test_operations import operation
from tests.inspiration.factories import (
    PARIS,
    EventPageFactory,
    InspirationIndexPageFactory,
    ResourcePageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home):
    resources = InspirationIndexPageFactory(
        parent=home, title="Ressources", slug="ressources", show_in_menus=True
    )
    agenda = InspirationIndexPageFactory(
        parent=home, title="Agenda", slug="agenda", show_in_menus=True
    )
    guide = ResourcePageFactory(
        parent=resources, title="Guide de la concertation", slug="guide", show_in_menus=True
    )
    event = EventPageFactory(
        parent=agenda,
        title="Webinaire de la CNDP",
        slug="webinaire-cndp",
        start=datetime.datetime(2021, 6, 15, 11, 30, tzinfo=PARIS),
        end=datetime.datetime(2021, 6, 15, 12, 30, tzinfo=PARIS),
    )
    SiteSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        contact_email="contact@example.org",
        social_image=wagtail_factories.ImageFactory(
            file__width=1200, file__height=630, description="Logo"
        ),
        legal_links=[("legal_notice", {"label": "Mentions légales", "link": {"page": guide}})],
    )
    Redirect.add_redirect("/fiche/guide/", guide)
    return {"guide": guide, "event": event}


def test_site_layout(gql, site):
    data = gql(operation("SiteLayout"))

    assert data["menu"] == [
        {
            "title": "Ressources",
            "urlPath": "/ressources/",
            "children": [{"title": "Guide de la concertation", "urlPath": "/ressources/guide/"}],
        },
        {"title": "Agenda", "urlPath": "/agenda/", "children": []},
    ]
    settings = data["siteSettings"]
    assert (settings["siteName"], settings["contactEmail"]) == (
        "Territoires en commun",
        "contact@example.org",
    )
    rendition = settings["socialImage"]["rendition"]
    assert (rendition["width"], rendition["height"]) == (1200, 630)
    assert settings["legalLinks"][0]["urlPath"] == "/ressources/guide/"
    assert len(settings["footerLinks"]) == 4
    assert settings["accessibilityStatusLabel"] == "non conforme"


def test_site_layout_by_get_revalidates_with_its_etag(client, site):
    query = {"query": operation("SiteLayout")}
    first = client.get("/graphql/", query)

    again = client.get("/graphql/", query, HTTP_IF_NONE_MATCH=first["ETag"])

    assert first.status_code == 200 and again.status_code == 304


def test_redirect_and_redirects(gql, site):
    assert gql(operation("Redirect"), {"path": "/fiche/guide/"})["redirect"] == {
        "oldPath": "/fiche/guide",
        "location": "/ressources/guide/",
        "isPermanent": True,
        "statusCode": 301,
    }
    assert gql(operation("Redirect"), {"path": "/inconnue/"})["redirect"] is None
    listed = gql(operation("Redirects"))["redirects"]
    assert [edge["node"]["oldPath"] for edge in listed["edges"]] == ["/fiche/guide"]


def test_sitemap(gql, site):
    sitemap = gql(operation("Sitemap"))["sitemap"]

    assert [edge["node"]["urlPath"] for edge in sitemap["edges"]] == [
        "/",
        "/ressources/",
        "/ressources/guide/",
        "/agenda/",
        "/agenda/webinaire-cndp/",
    ]
    assert sitemap["pageInfo"]["hasNextPage"] is False


def test_event_and_agenda_calendars(gql, site):
    page = gql(operation("EventCalendar"), {"urlPath": "/agenda/webinaire-cndp/"})["page"]
    assert page["startsAt"] == "2021-06-15T11:30:00+02:00"
    (event,) = Calendar.from_ical(page["icalendar"]).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Webinaire de la CNDP"

    feed = Calendar.from_ical(gql(operation("AgendaCalendar"))["eventsCalendar"])
    assert [str(e["UID"]) for e in feed.walk("VEVENT")] == [
        f"{site['event'].pk}@territoires-en-commun"
    ]
