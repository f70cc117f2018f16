"""Tracking events of an ESP (django-anymail): a hard bounce or a complaint stops further sends."""

from anymail.signals import tracking
from django.dispatch import receiver

from newsletter.services import subscriptions


@receiver(tracking, dispatch_uid="newsletter_tracking")
def on_tracking_event(sender, event, esp_name, **kwargs):
    subscriptions.record_tracking_event(
        event.event_type, event.recipient, reason=event.reject_reason or event.description or ""
    )
