from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from webhooks.models import EventType, all_event_types


class WebhookEndpointForm(WagtailAdminModelForm):
    """The endpoint's events as check boxes; its secret is generated, never typed."""

    events = forms.MultipleChoiceField(
        label=_("Événements"),
        choices=EventType.choices,
        initial=all_event_types,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Types d'événements envoyés à ce point de terminaison."),
    )
