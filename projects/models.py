"""Shared projects (projets partagés), their journals and action plans, engagement tracks,
and the participation records: theme proposals, votes and enrolments."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.blocks import RICH_TEXT_FEATURES, BodyStreamBlock

ENGAGEMENT_YEARLY_CAP = Decimal("100000")
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

    class Meta:
        verbose_name = _("projet partagé")
        verbose_name_plural = _("projets partagés")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date <= self.start_date:
            raise ValidationError({"end_date": _("La fin du projet doit suivre son début.")})
        if self.pk and self.participant_capacity:
            confirmed = self.confirmed_participant_count()
            if confirmed > self.participant_capacity:
                raise ValidationError(
                    {
                        "participant_capacity": ValidationError(
                            _(
                                "Le projet compte déjà %(count)d collectivités parties prenantes : "
                                "sa capacité ne peut descendre en dessous."
                            ),
                            code="capacity_below_participants",
                            params={"count": confirmed},
                        )
                    }
                )

    def confirmed_participant_count(self):
        return Enrollment.objects.filter(
            project_id=self.pk,
            role=Enrollment.Role.PARTICIPANT,
            status=Enrollment.Status.CONFIRMED,
        ).count()

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


def parent_project(page):
    """The shared project a journal entry or an action plan belongs to, saved or not."""
    if page.pk and page.depth:
        return page.get_parent()
    return getattr(page, "_parent_for_validation", None)


class ProjectChildPageForm(WagtailAdminPageForm):
    """Offers only the stages and the participating collectivités of the parent project."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        project = self.parent_page.specific if self.parent_page else None
        # The model's clean() needs the parent before the page exists in the tree.
        self.instance._parent_for_validation = project
        if "stage" in self.fields:
            self.fields["stage"].queryset = (
                SharedProjectStage.objects.filter(project=project)
                if project
                else SharedProjectStage.objects.none()
            )


class JournalEntryPage(HeadlessPreviewMixin, Page):
    """An entry of the project's logbook, tied to a stage: what happened, what was learnt."""

    date = models.DateField(_("date"), default=timezone.localdate)
    stage = models.ForeignKey(
        SharedProjectStage,
        verbose_name=_("étape"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="journal_entries",
    )
    author_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité autrice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Vide pour une entrée de l'équipe d'experts ou de l'ANCT."),
    )
    summary = models.TextField(_("résumé"), max_length=600)
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)

    base_form_class = ProjectChildPageForm
    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("stage")]),
        FieldPanel("author_authority"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["projects.SharedProjectPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("entrée du journal de bord")
        verbose_name_plural = _("journal de bord")

    def clean(self):
        super().clean()
        parent = parent_project(self)
        if self.stage_id and parent and self.stage.project_id != parent.pk:
            raise ValidationError({"stage": _("Cette étape appartient à un autre projet partagé.")})


class ActionPlanPage(HeadlessPreviewMixin, Page):
    """The action plan of one participating collectivité, written during the creativity cycle,
    validated, then adopted by the collectivité's executive before publication."""

    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        on_delete=models.PROTECT,
        related_name="action_plans",
    )
    summary = models.TextField(_("résumé"), max_length=800)
    objectives = RichTextField(_("objectifs"), features=RICH_TEXT_FEATURES)
    success_criteria = RichTextField(
        _("critères de réussite"), blank=True, features=RICH_TEXT_FEATURES
    )
    adoption_date = models.DateField(_("date d'adoption"), null=True, blank=True)
    deliberation_reference = models.CharField(
        _("référence de la délibération"),
        max_length=100,
        blank=True,
        help_text=_("ex. DEL-2022-045"),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)

    base_form_class = ProjectChildPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("local_authority"),
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("success_criteria"),
        InlinePanel("actions", heading=_("Actions"), label=_("action")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("adoption_date"), FieldPanel("deliberation_reference")])],
            heading=_("Adoption par l'exécutif"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("objectives"),
        index.SearchField("success_criteria"),
        index.FilterField("local_authority"),
        index.RelatedFields(
            "actions", [index.SearchField("title"), index.SearchField("description")]
        ),
    ]

    parent_page_types = ["projects.SharedProjectPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("plan d'action")
        verbose_name_plural = _("plans d'action")

    @property
    def progress(self):
        """Mean progress of the plan's actions, in percent (None without actions)."""
        actions = [a for a in self.actions.all() if a.status != Action.Status.ABANDONED]
        if not actions:
            return None
        return round(sum(a.progress for a in actions) / len(actions))

    def clean(self):
        super().clean()
        errors = {}
        if bool(self.adoption_date) != bool(self.deliberation_reference):
            errors["deliberation_reference"] = _(
                "L'adoption se renseigne avec sa date et la référence de la délibération."
            )
        parent = parent_project(self)
        if parent is not None and self.local_authority_id:
            others = ActionPlanPage.objects.child_of(parent).filter(
                local_authority_id=self.local_authority_id
            )
            if self.pk:
                others = others.exclude(pk=self.pk)
            if others.exists():
                errors["local_authority"] = _(
                    "Cette collectivité a déjà un plan d'action dans ce projet partagé."
                )
            enrolled = Enrollment.objects.filter(
                project_id=parent.pk,
                local_authority_id=self.local_authority_id,
                role=Enrollment.Role.PARTICIPANT,
                status=Enrollment.Status.CONFIRMED,
            )
            if not enrolled.exists():
                errors["local_authority"] = _(
                    "Seule une collectivité partie prenante du projet a un plan d'action."
                )
        if errors:
            raise ValidationError(errors)


class Action(Orderable):
    """One action of an action plan, with who carries it, by when, and how success is measured."""

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Non commencée")
        IN_PROGRESS = "in_progress", _("En cours")
        DONE = "done", _("Réalisée")
        ABANDONED = "abandoned", _("Abandonnée")

    plan = ParentalKey(ActionPlanPage, on_delete=models.CASCADE, related_name="actions")
    title = models.CharField(_("action"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    owner = models.CharField(
        _("porteur"), max_length=200, help_text=_("Service, élu ou partenaire qui porte l'action.")
    )
    deadline = models.DateField(_("échéance"), null=True, blank=True)
    indicator = models.CharField(_("indicateur"), max_length=300, blank=True)
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.NOT_STARTED
    )
    progress = models.PositiveSmallIntegerField(
        _("avancement (%)"), default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("owner"), FieldPanel("deadline")]),
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("progress")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.status == self.Status.DONE and self.progress != 100:
            raise ValidationError({"progress": _("Une action réalisée est avancée à 100 %.")})
        if self.status == self.Status.NOT_STARTED and self.progress:
            raise ValidationError({"progress": _("Une action non commencée est avancée à 0 %.")})


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
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(ENGAGEMENT_YEARLY_CAP)],
        help_text=_("Plafonné à 100 000 € par an."),
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


class VotingCampaign(models.Model):
    """A voting campaign on proposed themes, open between two dates, with a per-collectivité
    vote limit (as Decidim's `vote_limit`)."""

    title = models.CharField(_("intitulé"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    opens_at = models.DateTimeField(_("ouverture des votes"))
    closes_at = models.DateTimeField(_("clôture des votes"))
    vote_limit = models.PositiveSmallIntegerField(
        _("votes par collectivité"),
        default=3,
        help_text=_(
            "Nombre de thèmes pour lesquels une collectivité peut voter ; 0 : sans limite."
        ),
    )
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("vote_limit"),
    ]

    class Meta:
        verbose_name = _("campagne de vote")
        verbose_name_plural = _("campagnes de vote")
        ordering = ["-opens_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="campaign_closes_after_opening",
            )
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError(
                {"closes_at": _("La clôture des votes doit suivre leur ouverture.")}
            )

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    @property
    def status(self):
        now = timezone.now()
        if now < self.opens_at:
            return "upcoming"
        if now < self.closes_at:
            return "open"
        return "closed"


class ThemeProposal(index.Indexed, models.Model):
    """A theme a collectivité proposes for a future shared project; moderated by the ANCT
    before collectivités can vote for it."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Proposée, en attente de modération")
        APPROVED = "approved", _("Ouverte au vote")
        REJECTED = "rejected", _("Refusée")
        SELECTED = "selected", _("Retenue pour un projet partagé")

    title = models.CharField(_("thème proposé"), max_length=200)
    description = models.TextField(_("pourquoi ce thème"))
    theme = models.ForeignKey(
        "cms.Theme",
        verbose_name=_("thématique"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="theme_proposals",
        help_text=_("Vide pour un thème proposé par l'ANCT."),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    moderation_comment = models.TextField(_("commentaire de modération"), blank=True)
    campaign = models.ForeignKey(
        VotingCampaign,
        verbose_name=_("campagne de vote"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="proposals",
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("modéré par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(_("modéré le"), null=True, blank=True)
    shared_project = models.ForeignKey(
        SharedProjectPage,
        verbose_name=_("projet partagé issu du thème"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("proposé le"), auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("theme"), FieldPanel("local_authority")]),
        FieldPanel("campaign"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("shared_project")]),
        FieldPanel("moderation_comment"),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("proposition de thème")
        verbose_name_plural = _("propositions de thème")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title


class ThemeVote(models.Model):
    """A collectivité's vote for a proposed theme: one per collectivité and theme."""

    proposal = models.ForeignKey(
        ThemeProposal, verbose_name=_("thème"), on_delete=models.CASCADE, related_name="votes"
    )
    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        on_delete=models.CASCADE,
        related_name="theme_votes",
    )
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("votant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("voté le"), auto_now_add=True)

    class Meta:
        verbose_name = _("vote pour un thème")
        verbose_name_plural = _("votes pour un thème")
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "local_authority"], name="one_vote_per_authority"
            )
        ]

    def __str__(self):
        return f"{self.local_authority} → {self.proposal}"


class Enrollment(models.Model):
    """A collectivité's enrolment in a shared project, as participant (3 to 5) or observer."""

    class Role(models.TextChoices):
        PARTICIPANT = "participant", _("Partie prenante")
        OBSERVER = "observer", _("Observatrice")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmée")
        WAITING = "waiting", _("Liste d'attente")
        WITHDRAWN = "withdrawn", _("Retirée")

    project = models.ForeignKey(
        SharedProjectPage,
        verbose_name=_("projet partagé"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    role = models.CharField(_("rôle"), max_length=20, choices=Role.choices)
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.CONFIRMED
    )
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("inscrite par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("inscrite le"), auto_now_add=True)
    position = models.PositiveIntegerField(
        _("rang d'inscription"),
        default=0,
        help_text=_(
            "Ordre d'arrivée dans le projet ; la liste d'attente est servie dans cet ordre."
        ),
    )
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    class Meta:
        verbose_name = _("inscription à un projet partagé")
        verbose_name_plural = _("inscriptions aux projets partagés")
        ordering = ["position", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "local_authority"], name="one_enrollment_per_authority"
            ),
            models.CheckConstraint(
                condition=~models.Q(role="observer", status="waiting"),
                name="observer_never_waiting",
            ),
        ]

    def __str__(self):
        return f"{self.local_authority} — {self.project} ({self.get_role_display()})"


class JournalDigest(models.Model):
    """One weekly e-mail digest of journal entries sent to one person: recorded so that
    `send_digests` never sends the same week twice."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("destinataire"),
        on_delete=models.CASCADE,
        related_name="journal_digests",
    )
    week_start = models.DateField(_("semaine du"))
    sent_at = models.DateTimeField(_("envoyé le"), auto_now_add=True)
    entries = models.ManyToManyField(
        JournalEntryPage, verbose_name=_("entrées"), blank=True, related_name="+"
    )
    entry_count = models.PositiveIntegerField(_("nombre d'entrées"), default=0)

    class Meta:
        verbose_name = _("lettre hebdomadaire du journal de bord")
        verbose_name_plural = _("lettres hebdomadaires du journal de bord")
        ordering = ["-week_start", "recipient_id"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "week_start"], name="one_digest_per_week")
        ]

    def __str__(self):
        return f"{self.recipient} — {self.week_start:%d/%m/%Y}"
