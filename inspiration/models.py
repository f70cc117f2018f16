"""The resource base: inspiration themes, concepts, experiences, resources, events, newsletters."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.blocks import RICH_TEXT_FEATURES, BodyStreamBlock, LinkTargetBlock
from cms.models import ARNSTEIN_LEVELS, ClassifiedContent
from cms.page_permissions import RegisteredPagePermissions
from inspiration.blocks import NewsletterSectionsBlock

INSPIRATION_PAGE_TYPES = [
    "inspiration.InspirationThemePage",
    "inspiration.ConceptPage",
    "inspiration.ExperiencePage",
    "inspiration.ResourcePage",
    "inspiration.EventPage",
    "inspiration.NewsletterPage",
]

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


def first_of_month(value):
    return value.replace(day=1) if value else value


class InspirationIndexPage(HeadlessPreviewMixin, Page):
    """A section of the resource base (themes, experiences, resources, agenda, newsletters)."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = INSPIRATION_PAGE_TYPES

    class Meta:
        verbose_name = _("rubrique de ressources")
        verbose_name_plural = _("rubriques de ressources")


class InspirationThemePage(HeadlessPreviewMixin, ClassifiedContent, Page):
    """The theme of the month: a principle, and the experiences, resources and events that embody it.

    It ends with the call for contributions to next month's theme, so that collectivités can send
    their projects in advance.
    """

    month = models.DateField(
        _("mois"), help_text=_("Le mois où la thématique est mise en avant (le jour est ignoré).")
    )
    summary = models.TextField(_("résumé"), max_length=600)
    principle = models.TextField(
        _("principe"), help_text=_("Le principe de la thématique, en une ou deux phrases.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)
    next_theme_title = models.CharField(_("prochaine thématique"), max_length=200, blank=True)
    next_theme_month = models.DateField(_("mois de la prochaine thématique"), null=True, blank=True)
    call_for_contributions = RichTextField(
        _("appel à contributions"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Invite les collectivités à partager leurs projets sur la prochaine thématique."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("month"), FieldPanel("image")]),
        FieldPanel("summary"),
        FieldPanel("principle"),
        FieldPanel("body"),
        InlinePanel(
            "featured_experiences", heading=_("Expériences mises en avant"), label=_("expérience")
        ),
        InlinePanel(
            "featured_resources", heading=_("Ressources mises en avant"), label=_("ressource")
        ),
        InlinePanel("featured_events", heading=_("Événements mis en avant"), label=_("événement")),
        MultiFieldPanel(
            [
                FieldPanel("next_theme_title"),
                FieldPanel("next_theme_month"),
                FieldPanel("call_for_contributions"),
            ],
            heading=_("Prochaine thématique"),
        ),
        *ClassifiedContent.classification_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("principle", boost=2),
        index.SearchField("body"),
        index.FilterField("month"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["inspiration.InspirationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("thématique d'inspiration")
        verbose_name_plural = _("thématiques d'inspiration")

    def clean(self):
        super().clean()
        self.month = first_of_month(self.month)
        self.next_theme_month = first_of_month(self.next_theme_month)
        if self.month and self.next_theme_month and self.next_theme_month <= self.month:
            raise ValidationError(
                {"next_theme_month": _("La prochaine thématique vient après le mois de celle-ci.")}
            )
        if self.month:
            clash = (
                InspirationThemePage.objects.filter(month=self.month).exclude(pk=self.pk).first()
            )
            if clash:
                raise ValidationError(
                    {
                        "month": _("« %(title)s » est déjà la thématique de ce mois.")
                        % {"title": clash.title}
                    }
                )


class FeaturedPageLink(Orderable):
    class Meta(Orderable.Meta):
        abstract = True


class InspirationThemeExperience(FeaturedPageLink):
    theme_page = ParentalKey(
        InspirationThemePage, on_delete=models.CASCADE, related_name="featured_experiences"
    )
    page = models.ForeignKey(
        "inspiration.ExperiencePage",
        verbose_name=_("expérience"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [PageChooserPanel("page")]


class InspirationThemeResource(FeaturedPageLink):
    theme_page = ParentalKey(
        InspirationThemePage, on_delete=models.CASCADE, related_name="featured_resources"
    )
    page = models.ForeignKey(
        "inspiration.ResourcePage",
        verbose_name=_("ressource"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [PageChooserPanel("page")]


class InspirationThemeEvent(FeaturedPageLink):
    theme_page = ParentalKey(
        InspirationThemePage, on_delete=models.CASCADE, related_name="featured_events"
    )
    page = models.ForeignKey(
        "inspiration.EventPage",
        verbose_name=_("événement"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [PageChooserPanel("page")]


class ConceptPage(HeadlessPreviewMixin, ClassifiedContent, Page):
    """A concept of democratic theory, introduced in a few lines (e.g. Arnstein's ladder)."""

    summary = models.TextField(_("résumé"), max_length=600)
    author = models.CharField(_("auteur ou autrice du concept"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(
        _("année de publication"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1500), MaxValueValidator(2100)],
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)
    further_reading_url = models.URLField(_("pour aller plus loin"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("year")]),
        FieldPanel("body"),
        InlinePanel("levels", heading=_("Niveaux ou composantes"), label=_("niveau")),
        FieldPanel("further_reading_url"),
        *ClassifiedContent.classification_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("author"),
        index.SearchField("body"),
        index.RelatedFields(
            "levels", [index.SearchField("name"), index.SearchField("description")]
        ),
    ]

    parent_page_types = ["inspiration.InspirationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("concept")
        verbose_name_plural = _("concepts")


class ConceptLevel(Orderable):
    """One rung of a scale (Arnstein's eight levels) or one component of a concept."""

    concept = ParentalKey(ConceptPage, on_delete=models.CASCADE, related_name="levels")
    rank = models.PositiveSmallIntegerField(
        _("rang"), validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    name = models.CharField(_("nom"), max_length=150)
    group = models.CharField(
        _("groupe"), max_length=150, blank=True, help_text=_("ex. « Non-participation »")
    )
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("rank"), FieldPanel("name"), FieldPanel("group")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("niveau")
        verbose_name_plural = _("niveaux")


class ExperiencePage(RegisteredPagePermissions, HeadlessPreviewMixin, ClassifiedContent, Page):
    """A territorial experience or democratic project, told so that another collectivité can learn from it."""

    summary = models.TextField(_("résumé"), max_length=800)
    participation_level = models.PositiveSmallIntegerField(
        _("niveau de participation"),
        choices=ARNSTEIN_LEVELS,
        validators=[MinValueValidator(1), MaxValueValidator(8)],
        help_text=_("Sur l'échelle d'Arnstein, de 1 (manipulation) à 8 (contrôle citoyen)."),
    )
    period_start = models.DateField(_("début"), null=True, blank=True)
    period_end = models.DateField(
        _("fin"), null=True, blank=True, help_text=_("Vide si l'expérience se poursuit.")
    )
    actors = models.TextField(_("acteurs impliqués"), blank=True)
    results = RichTextField(_("résultats"), blank=True, features=RICH_TEXT_FEATURES)
    contact_name = models.CharField(_("contact"), max_length=200, blank=True)
    contact_role = models.CharField(_("fonction du contact"), max_length=200, blank=True)
    contact_email = models.EmailField(_("courriel du contact"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image principale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("récit de l'expérience"), blank=True)
    sources = StreamField(
        [("source", LinkTargetBlock(label=_("source")))], verbose_name=_("sources"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        InlinePanel(
            "authority_links", heading=_("Collectivités"), label=_("collectivité"), min_num=1
        ),
        FieldPanel("participation_level"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Période")),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("actors"),
        FieldPanel("results"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
        FieldPanel("sources"),
        *ClassifiedContent.classification_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("actors"),
        index.SearchField("results"),
        index.FilterField("participation_level"),
        index.FilterField("period_start"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("territory_types", [index.SearchField("name")]),
        index.RelatedFields(
            "authority_links", [index.RelatedFields("local_authority", [index.SearchField("name")])]
        ),
    ]

    parent_page_types = ["inspiration.InspirationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("expérience territoriale")
        verbose_name_plural = _("expériences territoriales")

    @property
    def local_authorities(self):
        return [link.local_authority for link in self.authority_links.all()]

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError(
                {"period_end": _("La fin de l'expérience ne peut précéder son début.")}
            )


class ExperienceLocalAuthority(Orderable):
    page = ParentalKey(ExperiencePage, on_delete=models.CASCADE, related_name="authority_links")
    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        on_delete=models.PROTECT,
        related_name="experience_links",
    )

    panels = [FieldPanel("local_authority")]

    class Meta(Orderable.Meta):
        verbose_name = _("collectivité de l'expérience")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "local_authority"], name="unique_experience_authority"
            )
        ]


class ResourcePage(RegisteredPagePermissions, HeadlessPreviewMixin, ClassifiedContent, Page):
    """A resource to learn from: a study, a guide, a tool, an article or a video."""

    class ResourceType(models.TextChoices):
        STUDY = "study", _("Étude")
        GUIDE = "guide", _("Guide")
        TOOL = "tool", _("Outil")
        ARTICLE = "article", _("Article")
        VIDEO = "video", _("Vidéo")

    resource_type = models.CharField(
        _("type de ressource"), max_length=20, choices=ResourceType.choices
    )
    summary = models.TextField(_("résumé"), max_length=800)
    organisation = models.CharField(_("organisme"), max_length=200, blank=True)
    authors = models.CharField(_("auteurs"), max_length=300, blank=True)
    publication_date = models.DateField(_("date de publication"), null=True, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("fichier"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(_("lien externe"), blank=True)
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
        FieldRowPanel([FieldPanel("resource_type"), FieldPanel("publication_date")]),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("authors")]),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("external_url")], heading=_("Accès à la ressource")
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        *ClassifiedContent.classification_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("organisation"),
        index.SearchField("authors"),
        index.SearchField("body"),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["inspiration.InspirationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("ressource")
        verbose_name_plural = _("ressources")

    def clean(self):
        super().clean()
        if not self.document_id and not self.external_url:
            raise ValidationError(
                {"external_url": _("Joignez un fichier ou indiquez un lien vers la ressource.")}
            )


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


class EventPage(HeadlessPreviewMixin, ClassifiedContent, Page):
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


class NewsletterPage(HeadlessPreviewMixin, Page):
    """The monthly newsletter: concept of the month, theme of the month, projects, ecosystem news,
    agenda, and the call for the next theme."""

    edition_number = models.PositiveIntegerField(_("numéro"), validators=[MinValueValidator(1)])
    edition_month = models.DateField(_("mois de l'édition"))
    summary = models.TextField(_("résumé"), max_length=600, blank=True)
    sections = StreamField(NewsletterSectionsBlock(), verbose_name=_("rubriques"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("edition_number"), FieldPanel("edition_month")]),
        FieldPanel("summary"),
        FieldPanel("sections"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("sections"),
        index.FilterField("edition_month"),
    ]

    parent_page_types = ["inspiration.InspirationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lettre d'information")
        verbose_name_plural = _("lettres d'information")

    def clean(self):
        super().clean()
        self.edition_month = first_of_month(self.edition_month)
        if self.edition_number:
            clash = (
                NewsletterPage.objects.filter(edition_number=self.edition_number)
                .exclude(pk=self.pk)
                .first()
            )
            if clash:
                raise ValidationError(
                    {
                        "edition_number": _("Ce numéro est déjà celui de « %(title)s ».")
                        % {"title": clash.title}
                    }
                )
