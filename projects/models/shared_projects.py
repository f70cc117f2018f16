"""Shared projects (projets partagés): the section, the project pages, their stages and their
experts' team."""

from django.conf import settings
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
from projects.admin_forms import SharedProjectPageForm
from projects.admin_panels import EnrollmentsPanel

MIN_PARTICIPANTS = 3
MAX_PARTICIPANTS = 5


class SharedProjectIndexPage(HeadlessPreviewMixin, Page):
    """Lists the shared projects and explains how collectivités take part."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["projects.SharedProjectPage"]

    class Meta:
        verbose_name = _("rubrique des projets partagés")
        verbose_name_plural = _("rubriques des projets partagés")


class SharedProjectPage(HeadlessPreviewMixin, Page):
    """A shared project: 3 to 5 collectivités design, over 6 to 12 months and with experts
    financed by the ANCT, each its own action plan on one theme; observers follow along."""

    class Status(models.TextChoices):
        RECRUITING = "recruiting", _("Inscriptions ouvertes")
        IN_PROGRESS = "in_progress", _("En cours")
        COMPLETED = "completed", _("Terminé")
        CANCELLED = "cancelled", _("Abandonné")

    theme = models.ForeignKey(
        "cms.Theme",
        verbose_name=_("thématique"),
        on_delete=models.PROTECT,
        related_name="shared_projects",
    )
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.RECRUITING
    )
    summary = models.TextField(_("résumé"), max_length=800)
    participant_capacity = models.PositiveSmallIntegerField(
        _("nombre de collectivités parties prenantes"),
        default=MAX_PARTICIPANTS,
        validators=[MinValueValidator(MIN_PARTICIPANTS), MaxValueValidator(MAX_PARTICIPANTS)],
        help_text=_(
            "Entre 3 et 5 collectivités par projet partagé ; les observatrices sont illimitées."
        ),
    )
    start_date = models.DateField(_("début"), null=True, blank=True)
    end_date = models.DateField(_("fin"), null=True, blank=True)
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
        FieldRowPanel([FieldPanel("theme"), FieldPanel("status")]),
        FieldPanel("summary"),
        FieldRowPanel(
            [FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("participant_capacity")]
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("stages", heading=_("Étapes"), label=_("étape")),
        InlinePanel("experts", heading=_("Équipe d'experts"), label=_("expert")),
        EnrollmentsPanel(heading=_("Collectivités inscrites")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("status"),
        index.FilterField("theme"),
        index.RelatedFields("theme", [index.SearchField("name")]),
    ]

    parent_page_types = ["projects.SharedProjectIndexPage"]
    subpage_types = ["projects.JournalEntryPage", "projects.ActionPlanPage"]

    base_form_class = SharedProjectPageForm

    class Meta:
        verbose_name = _("projet partagé")
        verbose_name_plural = _("projets partagés")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date <= self.start_date:
            raise ValidationError({"end_date": _("La fin du projet doit suivre son début.")})
        if self.pk and self.participant_capacity:
            from projects.services import capacity_refusal

            refusal = capacity_refusal(
                self.participant_capacity, self.confirmed_participant_count()
            )
            if refusal and refusal.code == "CAPACITY_BELOW_PARTICIPANTS":
                raise ValidationError(
                    {
                        "participant_capacity": ValidationError(
                            refusal.message, code="capacity_below_participants"
                        )
                    }
                )

    def confirmed_participant_count(self):
        return self.enrollments.confirmed_participants().count()

    @property
    def current_stage(self):
        stages = list(self.stages.all())
        return next((s for s in stages if s.status == SharedProjectStage.Status.IN_PROGRESS), None)


class SharedProjectStage(Orderable):
    """One stage of a shared project's timeline, from the shared diagnosis to the next step."""

    class Kind(models.TextChoices):
        DIAGNOSIS = "diagnosis", _("Diagnostic partagé")
        CROSSING_PERSPECTIVES = "crossing_perspectives", _("Croisement des regards")
        CREATIVITY_DIVERGENCE = (
            "creativity_divergence",
            _("Cycle de créativité — divergence et imagination"),
        )
        CREATIVITY_OBJECTIVES = (
            "creativity_objectives",
            _("Cycle de créativité — objectifs et critères de réussite"),
        )
        CREATIVITY_CONVERGENCE = "creativity_convergence", _("Cycle de créativité — convergence")
        ACTION_PLANS = "action_plans", _("Production et validation des plans d'action")
        FEEDBACK = "feedback", _("Retours aux habitants")
        NEXT_STEP = "next_step", _("L'étape d'après")

    class Status(models.TextChoices):
        PLANNED = "planned", _("À venir")
        IN_PROGRESS = "in_progress", _("En cours")
        DONE = "done", _("Terminée")

    project = ParentalKey(SharedProjectPage, on_delete=models.CASCADE, related_name="stages")
    kind = models.CharField(_("étape"), max_length=40, choices=Kind.choices)
    title = models.CharField(
        _("intitulé"), max_length=200, blank=True, help_text=_("Vide : l'intitulé de l'étape.")
    )
    description = models.TextField(_("description"), blank=True)
    start_date = models.DateField(_("début"), null=True, blank=True)
    end_date = models.DateField(_("fin"), null=True, blank=True)
    status = models.CharField(
        _("avancement"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("étape de projet partagé")
        verbose_name_plural = _("étapes de projet partagé")

    def __str__(self):
        return self.title or self.get_kind_display()

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("La fin de l'étape ne peut précéder son début.")})


class SharedProjectExpert(Orderable):
    """A member of the experts' team chosen by the ANCT to accompany the project."""

    project = ParentalKey(SharedProjectPage, on_delete=models.CASCADE, related_name="experts")
    name = models.CharField(_("nom"), max_length=200)
    organisation = models.CharField(_("structure"), max_length=200, blank=True)
    role = models.CharField(_("rôle"), max_length=200, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Le compte de cet expert sur la plateforme : lui seul est expert de ce projet (il en "
            "lit et écrit les échanges et le journal, y est mentionné et prévenu). Le groupe "
            "« Experts » seul n'ouvre aucun projet."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("organisation")]),
        FieldPanel("role"),
        FieldPanel("user"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("expert")
        verbose_name_plural = _("experts")

    def __str__(self):
        return self.name
