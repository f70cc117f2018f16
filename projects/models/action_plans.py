"""Action plans of the participating collectivités, and their actions."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from projects.models.children import ProjectChildPageForm, parent_project
from projects.models.enrolment import Enrollment


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
            enrolled = Enrollment.objects.confirmed_participants().filter(
                project_id=parent.pk, local_authority_id=self.local_authority_id
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
