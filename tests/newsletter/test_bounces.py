"""An ESP's tracking events (django-anymail's `tracking` signal, sent by its webhook views)."""

import pytest
from anymail.signals import AnymailTrackingEvent, tracking

from newsletter.models import Subscriber
from tests.newsletter.conftest import make_subscribers

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("event_type", "reason", "status"),
    [
        ("bounced", "bounced", Subscriber.Status.BOUNCED),
        ("complained", None, Subscriber.Status.UNSUBSCRIBED),
        ("deferred", None, Subscriber.Status.CONFIRMED),  # temporary: nothing changes
    ],
)
def test_tracking_events_stop_further_sends(event_type, reason, status):
    subscriber = make_subscribers(1)[0]
    event = AnymailTrackingEvent(
        event_type=event_type, recipient=subscriber.email, reject_reason=reason
    )
    tracking.send(sender=object, event=event, esp_name="Brevo")
    subscriber.refresh_from_db()
    assert subscriber.status == status
