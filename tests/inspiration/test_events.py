"""The agenda: what is still to come, in the order it comes, and times in the event's own zone."""

import datetime

import pytest
from django.utils import timezone

from tests.inspiration.factories import EventPageFactory

pytestmark = pytest.mark.django_db

EVENTS = """query($upcoming: Boolean) {
  events(upcoming: $upcoming) { totalCount edges { node { title localStart localEnd format } } }
}"""


def titles(data):
    return [edge["node"]["title"] for edge in data["events"]["edges"]]


@pytest.fixture
def agenda(section):
    now = timezone.now()
    hour, day = datetime.timedelta(hours=1), datetime.timedelta(days=1)

    def event(title, start, duration=hour):
        return EventPageFactory(parent=section, title=title, start=start, end=start + duration)

    return {
        "past": event("Webinaire de la semaine dernière", now - 7 * day),
        "ongoing": event("Rencontre en cours", now - hour, duration=3 * hour),
        "soon": event("Webinaire de demain", now + day),
        "later": event("Rencontre du mois prochain", now + 30 * day),
    }


def test_upcoming_events_include_the_one_in_progress_soonest_first(gql, agenda):
    data = gql(EVENTS, {"upcoming": True})
    assert titles(data) == [
        "Rencontre en cours",
        "Webinaire de demain",
        "Rencontre du mois prochain",
    ]
    assert data["events"]["totalCount"] == 3


@pytest.mark.parametrize("upcoming", [False, None])
def test_the_whole_agenda_lists_past_events_too_latest_first(gql, agenda, upcoming):
    assert titles(gql(EVENTS, {"upcoming": upcoming})) == [
        "Rencontre du mois prochain",
        "Webinaire de demain",
        "Rencontre en cours",
        "Webinaire de la semaine dernière",
    ]


def test_past_events_are_only_the_finished_ones_latest_first(gql, agenda):
    query = "{ events(past: true) { totalCount edges { node { title } } } }"
    data = gql(query)
    assert titles(data) == ["Webinaire de la semaine dernière"]
    assert data["events"]["totalCount"] == 1


def test_an_unpublished_event_is_not_in_the_agenda(gql, agenda):
    agenda["soon"].unpublish()
    assert "Webinaire de demain" not in titles(gql(EVENTS, {"upcoming": True}))


def test_times_are_given_in_the_event_time_zone(gql, section):
    EventPageFactory(
        parent=section,
        title="Webinaire depuis Fort-de-France",
        start=datetime.datetime(2031, 6, 15, 15, 30, tzinfo=datetime.UTC),
        end=datetime.datetime(2031, 6, 15, 17, 0, tzinfo=datetime.UTC),
        time_zone="America/Martinique",
        format="hybrid",
        city="Fort-de-France",
    )
    node = gql(EVENTS, {"upcoming": True})["events"]["edges"][0]["node"]
    # 15:30 UTC is 11:30 in Martinique (UTC-4, no summer time): what the invitation says.
    assert node["localStart"] == "2031-06-15T11:30:00-04:00"
    assert node["localEnd"] == "2031-06-15T13:00:00-04:00"
    assert node["format"] == "HYBRID"
