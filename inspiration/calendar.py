"""Events as iCalendar (RFC 5545), for « Ajouter à mon agenda » and the agenda feed.

Made with the `icalendar` library, which writes CRLF line ends and folds long lines. Times are
written in the event's own time zone (TZID) with its VTIMEZONE, so that Google Agenda, Outlook and
Thunderbird place a webinar at the hour the organiser announced wherever the reader is. Each event
keeps one UID whatever its title or address becomes, so that a calendar updates it rather than
adding it twice.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, Timezone

from cms.visibility import front_end_path, visible_pages
from inspiration.models import EventPage

PRODUCT_ID = "-//ANCT//Territoires en commun//FR"
UID_DOMAIN = "territoires-en-commun"
DEFAULT_TIME_ZONE = "Europe/Paris"
FEED_NAME = "Agenda de Territoires en commun"
# The feed holds at most this many events (the next ones, or the latest): it stays one response.
FEED_MAX_EVENTS = 200
# A VTIMEZONE describes the zone's offsets over this margin around the events it serves.
ZONE_MARGIN = datetime.timedelta(days=366)


def event_uid(event):
    return f"{event.pk}@{UID_DOMAIN}"


def _location(event):
    place = ", ".join(part for part in (event.place_name, event.address, event.city) if part)
    if event.format == EventPage.Format.ONLINE or not place:
        online = event.online_url or "En ligne"
        return f"{place} — {online}" if place else online
    return place


def _description(event, url):
    lines = [event.summary.strip()]
    if event.organiser:
        lines.append(f"Organisé par {event.organiser}.")
    if event.registration_url:
        lines.append(f"Inscription : {event.registration_url}")
    if event.online_url:
        lines.append(f"Connexion : {event.online_url}")
    lines.append(f"Plus d'informations : {url}")
    return "\n\n".join(line for line in lines if line)


def _stamp(event):
    # The last publication, not the time of the request: the same event gives the same bytes (so
    # caches and ETags hold) and a calendar sees an update only when the event changed.
    return event.last_published_at or event.latest_revision_created_at or timezone.now()


def vevent(event, request=None):
    url = settings.FRONTEND_URL.rstrip("/") + front_end_path(event, request)
    stamp = _stamp(event)
    return Event.new(
        uid=event_uid(event),
        stamp=stamp.astimezone(datetime.UTC),
        last_modified=stamp.astimezone(datetime.UTC),
        start=event.local_start,
        end=event.local_end,
        summary=event.title,
        description=_description(event, url),
        location=_location(event),
        url=url,
    )


def _zone(name, events):
    starts = [event.start for event in events]
    ends = [event.end for event in events]
    now = timezone.now()
    first = (min(starts, default=now) - ZONE_MARGIN).date()
    last = (max(ends, default=now) + ZONE_MARGIN).date()
    zone = Timezone.from_tzid(name, first_date=first, last_date=last)
    zone.pop("COMMENT", None)  # the library's English note on the range: no reader needs it
    return zone


def build_calendar(events, request=None, name=None):
    """One VCALENDAR with a VEVENT per event and the VTIMEZONE of each zone they use (always
    Europe/Paris, so that even an empty agenda is a valid calendar)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", DEFAULT_TIME_ZONE)
    zones = dict.fromkeys([DEFAULT_TIME_ZONE, *(event.time_zone for event in events)])
    for zone_name in zones:
        zoneinfo.ZoneInfo(zone_name)  # a stored zone is one of FRENCH_TIME_ZONES
        calendar.add_component(
            _zone(zone_name, [event for event in events if event.time_zone == zone_name])
        )
    for event in events:
        calendar.add_component(vevent(event, request))
    return calendar.to_ical().decode("utf-8")


def event_calendar(event, request=None):
    """The .ics of one event: « Ajouter à mon agenda »."""
    return build_calendar([event], request)


def agenda_events(upcoming=False):
    """The published events of the feed: the coming ones (and those in progress) soonest first,
    or the whole agenda latest first; FEED_MAX_EVENTS at most."""
    events = visible_pages(EventPage).defer("body")
    if upcoming:
        events = events.filter(end__gte=timezone.now()).order_by("start", "pk")
    else:
        events = events.order_by("-start", "-pk")
    return list(events[:FEED_MAX_EVENTS])


def agenda_calendar(upcoming=False, request=None):
    """The agenda feed (one VCALENDAR) of the published events."""
    return build_calendar(agenda_events(upcoming), request, name=FEED_NAME)
