"""Territoires d'engagement: the section and each collectivité's three-year accompaniment."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.blocks import RICH_TEXT_FEATURES, BodyStreamBlock

ENGAGEMENT_YEARLY_CAP = Decimal("100000")


class EngagementTrackIndexPage(HeadlessPreviewMixin, Page):
    """Presents Territoires d'engagement and lists the collectivités it accompanies."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["projects.EngagementTrackPage"]

    class Meta:
        verbose_name = _("rubrique Territoires d'engagement")
        verbose_name_plural = _("rubriques Territoires d'engagement")


class EngagementTrackPage(HeadlessPreviewMixin, Page):
    """A collectivité's three-year accompaniment in Territoires d'engagement: a charter, yearly
    plans financed by the ANCT (up to 100 000 € a year), milestones and regular reviews."""

    DURATION_YEARS = 3

    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        on_delete=models.PROTECT,
        related_name="engagement_tracks",
    )
    summary = models.TextField(_("résumé"), max_length=800)
    start_date = models.DateField(_("début de l'accompagnement"))
    charter_signed_on = models.DateField(
        _("signature de la charte d'accompagnement"), null=True, blank=True
    )
    local_contact = models.CharField(_("interlocuteur privilégié"), max_length=200, blank=True)
    steering_body = models.CharField(_("instance de pilotage"), max_length=300, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("local_authority"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("charter_signed_on")]),
        FieldRowPanel([FieldPanel("local_contact"), FieldPanel("steering_body")]),
        InlinePanel(
            "yearly_plans",
            heading=_("Plans annuels d'accompagnement"),
            label=_("plan annuel"),
            max_num=3,
        ),
        InlinePanel("milestones", heading=_("Jalons"), label=_("jalon")),
        InlinePanel("reviews", heading=_("Bilans, supervision et célébrations"), label=_("bilan")),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.RelatedFields("local_authority", [index.SearchField("name")]),
    ]

    parent_page_types = ["projects.EngagementTrackIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("accompagnement Territoires d'engagement")
        verbose_name_plural = _("accompagnements Territoires d'engagement")

    @property
    def end_date(self):
        if not self.start_date:
            return None
        try:
            return self.start_date.replace(year=self.start_date.year + self.DURATION_YEARS)
        except ValueError:  # 29 February
            return self.start_date.replace(year=self.start_date.year + self.DURATION_YEARS, day=28)

    def clean(self):
        super().clean()
        if self.charter_signed_on and self.start_date and self.charter_signed_on > self.end_date:
            raise ValidationError(
                {
                    "charter_signed_on": _(
                        "La charte est signée pendant l'accompagnement, pas après."
                    )
                }
            )


class EngagementYearlyPlan(Orderable):
    """The accompaniment plan financed for one year, by grant, within the 100 000 € cap."""

    track = ParentalKey(EngagementTrackPage, on_delete=models.CASCADE, related_name="yearly_plans")
    year_number = models.PositiveSmallIntegerField(
        _("année d'accompagnement"),
        validators=[MinValueValidator(1), MaxValueValidator(3)],
        help_text=_("1, 2 ou 3."),
    )
    budget = models.DecimalField(
        _("budget (€)"),
        max_digits=9,
        decimal_places=2,
        validators=[
            MinValueValidator(Decimal("0"), message=_("Le budget ne peut pas être négatif.")),
            MaxValueValidator(
                ENGAGEMENT_YEARLY_CAP,
                message=_("Le budget d'une année est plafonné à 100\u00a0000\u00a0€."),
            ),
        ],
        help_text=_("Plafonné à 100\u00a0000\u00a0€ par an."),
    )
    training = models.TextField(_("formation et conduite du changement"), blank=True)
    projects = models.TextField(_("projets d'engagement citoyen"), blank=True)
    field_support = models.TextField(_("appuis et relais sur le terrain"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("year_number"), FieldPanel("budget")]),
        FieldPanel("training"),
        FieldPanel("projects"),
        FieldPanel("field_support"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("plan annuel")
        verbose_name_plural = _("plans annuels")
        constraints = [
            models.UniqueConstraint(fields=["track", "year_number"], name="unique_yearly_plan"),
            models.CheckConstraint(
                condition=models.Q(budget__gte=0, budget__lte=ENGAGEMENT_YEARLY_CAP),
                name="yearly_plan_budget_cap",
            ),
        ]

    def __str__(self):
        return f"Année {self.year_number}"


class EngagementMilestone(Orderable):
    track = ParentalKey(EngagementTrackPage, on_delete=models.CASCADE, related_name="milestones")
    date = models.DateField(_("date"))
    title = models.CharField(_("jalon"), max_length=250)
    deliverable = models.CharField(_("livrable vérifiable"), max_length=300, blank=True)
    done = models.BooleanField(_("atteint"), default=False)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("done")]),
        FieldPanel("title"),
        FieldPanel("deliverable"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("jalon")
        verbose_name_plural = _("jalons")


class EngagementReview(Orderable):
    class Kind(models.TextChoices):
        REVIEW = "review", _("Bilan")
        SUPERVISION = "supervision", _("Supervision")
        CELEBRATION = "celebration", _("Célébration")

    track = ParentalKey(EngagementTrackPage, on_delete=models.CASCADE, related_name="reviews")
    date = models.DateField(_("date"))
    kind = models.CharField(_("nature"), max_length=20, choices=Kind.choices, default=Kind.REVIEW)
    summary = models.TextField(_("compte rendu"))

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]), FieldPanel("summary")]

    class Meta(Orderable.Meta):
        verbose_name = _("bilan")
        verbose_name_plural = _("bilans")
