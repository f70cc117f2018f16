"""Events in calendars: typed times in the event's own zone, one .ics per event (« Ajouter à mon
agenda ») and the agenda feed, read back with the icalendar library as a calendar client would."""

import datetime
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from inspiration.models import EventPage
from tests.inspiration.factories import PARIS, EventPageFactory

pytestmark = pytest.mark.django_db

EVENT = """query($urlPath: String!) {
  page(urlPath: $urlPath) {
    ... on EventPage { startsAt endsAt timeZone timeZoneName icalendar }
  }
}"""
FEED = "query($upcoming: Boolean) { eventsCalendar(upcoming: $upcoming) }"
MARTINIQUE = zoneinfo.ZoneInfo("America/Martinique")


@pytest.fixture
def webinar(section):
    event = EventPageFactory(
        parent=section,
        title="Webinaire : la démocratie culturelle, de Séné à Nantes, avec les habitants qui l'ont faite",
        slug="webinaire-democratie-culturelle",
        summary="Présentation des expériences de Séné et de Nantes.",
        organiser="ANCT",
        start=datetime.datetime(2021, 6, 15, 11, 30, tzinfo=PARIS),
        end=datetime.datetime(2021, 6, 15, 13, 0, tzinfo=PARIS),
        registration_url="https://example.org/inscription",
    )
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def parse(text):
    return Calendar.from_ical(text)


def test_event_times_are_typed_datetimes_in_the_events_own_zone(gql, section):
    EventPageFactory(
        parent=section,
        slug="rencontre-fort-de-france",
        format=EventPage.Format.IN_PERSON,
        city="Fort-de-France",
        time_zone="America/Martinique",
        start=datetime.datetime(2021, 6, 15, 11, 30, tzinfo=MARTINIQUE),
        end=datetime.datetime(2021, 6, 15, 17, 0, tzinfo=MARTINIQUE),
    )

    page = gql(EVENT, {"urlPath": "/ressources/rencontre-fort-de-france/"})["page"]

    assert page["startsAt"] == "2021-06-15T11:30:00-04:00"
    assert page["endsAt"] == "2021-06-15T17:00:00-04:00"
    assert page["timeZone"] == "AMERICA_MARTINIQUE"
    assert page["timeZoneName"] == "America/Martinique"


def test_one_event_as_ics_reads_back_with_its_zone_uid_and_address(gql, webinar):
    text = gql(EVENT, {"urlPath": "/ressources/webinaire-democratie-culturelle/"})["page"][
        "icalendar"
    ]
    calendar = parse(text)

    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"{webinar.pk}@territoires-en-commun"
    assert event.decoded("DTSTART") == datetime.datetime(2021, 6, 15, 11, 30, tzinfo=PARIS)
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event.decoded("DTEND") == datetime.datetime(2021, 6, 15, 13, 0, tzinfo=PARIS)
    assert str(event["SUMMARY"]) == webinar.title
    assert str(event["URL"]) == "http://localhost:3000/ressources/webinaire-democratie-culturelle/"
    description = str(event["DESCRIPTION"])
    assert description.startswith("Présentation des expériences de Séné et de Nantes.")
    assert "Inscription : https://example.org/inscription" in description
    assert str(event["LOCATION"]) == "En ligne"
    # DTSTAMP is the last publication: the same event gives the same file.
    assert event.decoded("DTSTAMP") == webinar.last_published_at.replace(microsecond=0)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert str(calendar["VERSION"]) == "2.0" and "PRODID" in calendar


def test_the_ics_is_rfc_5545_text_crlf_and_folded(gql, webinar):
    text = gql(EVENT, {"urlPath": "/ressources/webinaire-democratie-culturelle/"})["page"][
        "icalendar"
    ]

    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")
    assert "\n" not in "".join(lines)
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    # The long summary was folded (continuation lines start with a space), not cut.
    assert any(line.startswith(" ") for line in lines)


def test_the_agenda_feed_lists_the_published_events_with_each_zone(gql, section, webinar):
    now = timezone.now()
    EventPageFactory(
        parent=section,
        title="Rencontre à Fort-de-France",
        format=EventPage.Format.IN_PERSON,
        place_name="Hôtel de ville",
        city="Fort-de-France",
        time_zone="America/Martinique",
        start=now + datetime.timedelta(days=10),
        end=now + datetime.timedelta(days=10, hours=2),
    )
    EventPageFactory(
        parent=section,
        title="Brouillon",
        start=now + datetime.timedelta(days=3),
        end=now + datetime.timedelta(days=3, hours=1),
    ).unpublish()

    everything = parse(gql(FEED)["eventsCalendar"])
    upcoming = parse(gql(FEED, {"upcoming": True})["eventsCalendar"])

    assert sorted(str(e["SUMMARY"]) for e in everything.walk("VEVENT")) == [
        "Rencontre à Fort-de-France",
        webinar.title,
    ]
    assert [str(e["SUMMARY"]) for e in upcoming.walk("VEVENT")] == ["Rencontre à Fort-de-France"]
    (meeting,) = upcoming.walk("VEVENT")
    assert meeting["DTSTART"].params["TZID"] == "America/Martinique"
    assert str(meeting["LOCATION"]) == "Hôtel de ville, Fort-de-France"
    assert {str(zone["TZID"]) for zone in everything.walk("VTIMEZONE")} == {
        "Europe/Paris",
        "America/Martinique",
    }
    assert str(everything["X-WR-CALNAME"]) == "Agenda de Territoires en commun"


def test_an_empty_agenda_is_still_a_valid_calendar(gql, db):
    calendar = parse(gql(FEED, {"upcoming": True})["eventsCalendar"])

    assert calendar.walk("VEVENT") == []
    # RFC 5545 asks for at least one component: the Europe/Paris zone.
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]


def test_the_feed_costs_the_same_queries_however_many_events(gql, section):
    def count():
        with CaptureQueriesContext(connection) as queries:
            gql(FEED)
        return len(queries)

    EventPageFactory(parent=section)
    count()  # warms the per-process cache of the site's root
    few = count()
    for _ in range(10):
        EventPageFactory(parent=section)
    assert count() == few


def test_calendars_count_in_the_query_cost_limit(gql, db):
    # Each feed weighs as many events as it may hold: fifteen of them pass the cost limit.
    fields = " ".join(f"a{n}: eventsCalendar" for n in range(14))
    response = gql.post(f"{{ eventsCalendar {fields} }}")

    assert response.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
