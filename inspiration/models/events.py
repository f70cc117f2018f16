"""Events of the programme (webinars, meetings), in French time zones."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.blocks import BodyStreamBlock
from cms.models import ClassifiedContent
from inspiration.models.index import PlacedInSection

# Time zones of metropolitan and overseas France, where the programme's events take place.
FRENCH_TIME_ZONES = [
    ("Europe/Paris", _("France métropolitaine (Europe/Paris)")),
    ("America/Guadeloupe", _("Guadeloupe")),
    ("America/Martinique", _("Martinique")),
    ("America/Cayenne", _("Guyane")),
    ("Indian/Reunion", _("La Réunion")),
    ("Indian/Mayotte", _("Mayotte")),
    ("America/Miquelon", _("Saint-Pierre-et-Miquelon")),
    ("Pacific/Noumea", _("Nouvelle-Calédonie")),
    ("Pacific/Tahiti", _("Polynésie française")),
    ("Pacific/Wallis", _("Wallis-et-Futuna")),
]


class EventPageForm(WagtailAdminPageForm):
    """Start and end are typed in the event's own time zone (a Martinique webinar at 11:30 is at
    11:30 in Fort-de-France), not in the editor's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk and instance.time_zone and not self.is_bound:
            editor_zone = timezone.get_current_timezone()
            event_zone = zoneinfo.ZoneInfo(instance.time_zone)
            for name in ("start", "end"):
                value = getattr(instance, name)
                if value:
                    wall = value.astimezone(event_zone).replace(tzinfo=None)
                    self.initial[name] = timezone.make_aware(wall, editor_zone)

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("time_zone")
        if zone_name:
            event_zone = zoneinfo.ZoneInfo(zone_name)
            for name in ("start", "end"):
                value = cleaned.get(name)
                if value:
                    wall = timezone.localtime(value).replace(tzinfo=None)
                    cleaned[name] = timezone.make_aware(wall, event_zone)
                    setattr(self.instance, name, cleaned[name])
        return cleaned


class EventPage(PlacedInSection, HeadlessPreviewMixin, ClassifiedContent, Page):
    """A webinar or a meeting (rencontre), online or in person, with its registration link."""

    class Format(models.TextChoices):
        ONLINE = "online", _("En ligne")
        IN_PERSON = "in_person", _("En présentiel")
        HYBRID = "hybrid", _("Hybride")

    summary = models.TextField(_("résumé"), max_length=800)
    start = models.DateTimeField(
        _("début"), help_text=_("À l'heure locale de l'événement (fuseau ci-dessous).")
    )
    end = models.DateTimeField(_("fin"), help_text=_("À l'heure locale de l'événement."))
    time_zone = models.CharField(
        _("fuseau horaire"), max_length=40, choices=FRENCH_TIME_ZONES, default="Europe/Paris"
    )
    format = models.CharField(
        _("format"), max_length=20, choices=Format.choices, default=Format.ONLINE
    )
    organiser = models.CharField(_("organisateur"), max_length=200, blank=True)
    place_name = models.CharField(_("lieu"), max_length=200, blank=True)
    address = models.CharField(_("adresse"), max_length=300, blank=True)
    city = models.CharField(_("ville"), max_length=150, blank=True)
    online_url = models.URLField(_("lien de connexion"), blank=True)
    registration_url = models.URLField(_("lien d'inscription"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("time_zone")],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("place_name"), FieldPanel("city")]),
                FieldPanel("address"),
                FieldPanel("online_url"),
                FieldPanel("registration_url"),
            ],
            heading=_("Modalités"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        *ClassifiedContent.classification_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("organiser"),
        index.SearchField("city"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("format"),
    ]

    base_form_class = EventPageForm
    parent_page_types = ["inspiration.InspirationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("événement")
        verbose_name_plural = _("événements")

    @property
    def local_start(self):
        return self.start.astimezone(zoneinfo.ZoneInfo(self.time_zone))

    @property
    def local_end(self):
        return self.end.astimezone(zoneinfo.ZoneInfo(self.time_zone))

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("La fin de l'événement doit suivre son début.")
        if self.format in (self.Format.IN_PERSON, self.Format.HYBRID) and not (
            self.place_name or self.city
        ):
            errors["place_name"] = _("Indiquez le lieu d'un événement en présentiel.")
        if self.format in (self.Format.ONLINE, self.Format.HYBRID) and not (
            self.online_url or self.registration_url
        ):
            errors["registration_url"] = _(
                "Indiquez le lien d'inscription ou de connexion d'un événement en ligne."
            )
        if errors:
            raise ValidationError(errors)
