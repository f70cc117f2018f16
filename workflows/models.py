"""Moderation records and the platform's own Wagtail task types.

- `Submission` ties a page written for a collectivité (experience, resource) to that collectivité
  and its submitter: it is the scope the permission rules read (a resource has no collectivité
  of its own).
- `ReferentReviewTask`: the optional review by the collectivité's referent (skipped when the
  collectivité has none).
- `ModerationTask`: ANCT moderation; "request changes" needs reasons (a checklist) and a comment.
- `ExecutiveAdoptionTask`: the collectivité's executive adopts the action plan; it cannot be
  approved without the deliberation's date and reference, which it writes onto the plan.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState

# Why a moderator sends a contribution back (checklist of the "request changes" form).
CHANGE_REASONS = [
    ("incomplete", _("Informations incomplètes")),
    ("unclear", _("Récit peu clair ou trop court")),
    ("classification", _("Thématiques ou niveau de participation à revoir")),
    ("sources", _("Sources ou contact manquants")),
    ("rights", _("Droits sur les images ou documents à vérifier")),
    ("off_topic", _("Hors du champ de Territoires en commun")),
    ("other", _("Autre (préciser dans le commentaire)")),
]
CHANGE_REASON_LABELS = dict(CHANGE_REASONS)


class Submission(models.Model):
    """A page submitted on behalf of a collectivité: its scope for permissions, and its submitter."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="submission",
    )
    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="submissions",
    )
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("proposée par (organisation)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="submissions",
        help_text=_("L'organisation au nom de laquelle la contribution est proposée."),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("déposée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    rejected = models.BooleanField(
        _("refusée"), default=False, help_text=_("Refusée définitivement par la modération.")
    )
    created_at = models.DateTimeField(_("déposée le"), auto_now_add=True)

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")

    def __str__(self):
        return f"{self.page.title} ({self.local_authority or self.organisation})"


# --- "Request changes" with reasons --------------------------------------------------------------


class RequestChangesForm(forms.Form):
    reasons = forms.MultipleChoiceField(
        label=_("Motifs"),
        choices=CHANGE_REASONS,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Cochez au moins un motif.")},
    )
    comment = forms.CharField(
        label=_("Commentaire"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Expliquez à la collectivité ce qui est à revoir.")},
    )


class ApproveCommentForm(forms.Form):
    comment = forms.CharField(
        label=_("Commentaire"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


def format_reasons(reasons, comment):
    labels = [str(CHANGE_REASON_LABELS.get(reason, reason)) for reason in reasons or []]
    if not labels:
        return comment
    return f"Motifs : {', '.join(labels)}. {comment}".strip()


def start_or_skip(task, workflow_state, user, skip):
    """Task.start(), but a skipped step is saved as such and announces nothing."""
    from wagtail.signals import task_submitted

    task_state = task.get_task_state_class()(workflow_state=workflow_state)
    task_state.status = TaskState.STATUS_SKIPPED if skip else TaskState.STATUS_IN_PROGRESS
    task_state.revision = workflow_state.content_object.get_latest_revision()
    task_state.task = task
    task_state.save()
    if not skip:
        task_submitted.send(
            sender=task_state.specific.__class__, instance=task_state.specific, user=user
        )
    return task_state


def validated(form_class, data):
    """Check the data of a workflow action (admin modal JSON or API) with its form."""
    form = form_class(data)
    if not form.is_valid():
        raise ValidationError(form.errors.as_data())
    return form.cleaned_data


class ReasonedTaskState(TaskState):
    """A task state that keeps the checklist of reasons given with "request changes"."""

    reasons = models.JSONField(_("motifs"), default=list, blank=True)

    class Meta:
        verbose_name = _("étape avec motifs")


class ReasonedRejectionMixin:
    """Actions: request changes (reasons + comment, required), approve, approve with comment."""

    def get_form_for_action(self, action):
        if action == "reject":
            return RequestChangesForm
        return ApproveCommentForm

    def reviewer_actions(self):
        return [
            ("reject", _("Demander des modifications"), True),
            ("approve", _("Approuver"), False),
            ("approve", _("Approuver avec un commentaire"), True),
        ]

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "reject":
            data = validated(RequestChangesForm, kwargs)
            state = task_state.specific
            if isinstance(state, ReasonedTaskState):
                state.reasons = list(data["reasons"])
                state.save(update_fields=["reasons"])
            comment = format_reasons(data["reasons"], data["comment"])
            # Wagtail's action view takes what on_action returns as the URL to go to: nothing.
            task_state.reject(user=user, comment=comment)
            return None
        if action_name == "approve":
            data = validated(ApproveCommentForm, kwargs)
            task_state.approve(user=user, comment=data.get("comment", ""))
            return None
        return super().on_action(task_state, user, action_name, **kwargs)


class ModerationTask(ReasonedRejectionMixin, AbstractGroupApprovalTask):
    """ANCT moderation: members of the chosen groups approve or send back with reasons."""

    task_state_class = ReasonedTaskState

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return self.reviewer_actions()
        return []

    @classmethod
    def get_description(cls):
        return _(
            "Les membres des groupes choisis approuvent, ou demandent des modifications en "
            "cochant des motifs et en laissant un commentaire."
        )

    class Meta:
        verbose_name = _("modération ANCT")
        verbose_name_plural = _("modérations ANCT")


class ReferentReviewTask(ReasonedRejectionMixin, Task):
    """The collectivité's referent reviews first; skipped when the collectivité has none."""

    task_state_class = ReasonedTaskState

    def referents(self, obj):
        from cms.models import LocalAuthorityMembership
        from workflows.permissions import page_authority_ids

        return LocalAuthorityMembership.objects.filter(
            local_authority_id__in=page_authority_ids(obj),
            is_referent=True,
            status="approved",
            user__is_active=True,
        )

    def is_referent(self, obj, user):
        return user.is_authenticated and self.referents(obj).filter(user=user).exists()

    def start(self, workflow_state, user=None):
        referents = self.referents(workflow_state.content_object)
        # No referent, or the referent submits it themselves: nothing to review.
        skip = not referents.exists() or bool(
            user and user.is_authenticated and referents.filter(user=user).exists()
        )
        return start_or_skip(self, workflow_state, user, skip)

    def user_can_access_editor(self, obj, user):
        return self.is_referent(obj, user)

    def get_actions(self, obj, user):
        if user.is_superuser or self.is_referent(obj, user):
            return self.reviewer_actions()
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from workflows.permissions import page_ids_of_authorities, referent_authority_ids

        if user.is_superuser:
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        authority_ids = referent_authority_ids(user)
        if not authority_ids:
            return TaskState.objects.none()
        return self.task_states.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__object_id__in=[
                str(pk) for pk in page_ids_of_authorities(authority_ids)
            ],
        )

    @classmethod
    def get_description(cls):
        return _(
            "Le référent de la collectivité relit la contribution ; étape passée si la "
            "collectivité n'a pas de référent."
        )

    class Meta:
        verbose_name = _("relecture par le référent de la collectivité")
        verbose_name_plural = _("relectures par le référent de la collectivité")


class AdoptionForm(forms.Form):
    adoption_date = forms.DateField(
        label=_("Date de la délibération"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": _("Indiquez la date de la délibération.")},
    )
    deliberation_reference = forms.CharField(
        label=_("Référence de la délibération"),
        max_length=100,
        help_text=_("ex. DEL-2022-045"),
        error_messages={"required": _("Indiquez la référence de la délibération.")},
    )
    comment = forms.CharField(
        label=_("Commentaire"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class AdoptionTaskState(ReasonedTaskState):
    adoption_date = models.DateField(_("date de la délibération"), null=True, blank=True)
    deliberation_reference = models.CharField(
        _("référence de la délibération"), max_length=100, blank=True
    )

    class Meta:
        verbose_name = _("étape d'adoption")

    def get_comment(self):
        if self.adoption_date and self.deliberation_reference:
            adopted = (
                f"Délibération {self.deliberation_reference} du {self.adoption_date:%d/%m/%Y}."
            )
            return f"{adopted} {self.comment}".strip()
        return self.comment


class ExecutiveAdoptionTask(ReasonedRejectionMixin, AbstractGroupApprovalTask):
    """The collectivité's executive adopts the action plan (deliberation date and reference).

    Members of the chosen groups and the referents of the plan's collectivité record it. Pages
    that are not action plans skip this step.
    """

    task_state_class = AdoptionTaskState

    def applies_to(self, obj):
        from projects.models import ActionPlanPage

        return isinstance(getattr(obj, "specific", obj), ActionPlanPage)

    def start(self, workflow_state, user=None):
        if not self.applies_to(workflow_state.content_object):
            return start_or_skip(self, workflow_state, user, skip=True)
        return super().start(workflow_state, user=user)

    def can_act(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return True
        from cms.models import LocalAuthorityMembership
        from workflows.permissions import page_authority_ids

        return LocalAuthorityMembership.objects.filter(
            user=user,
            is_referent=True,
            status="approved",
            local_authority_id__in=page_authority_ids(obj),
        ).exists()

    def user_can_access_editor(self, obj, user):
        return self.can_act(obj, user)

    def locked_for_user(self, obj, user):
        return not self.can_act(obj, user)

    def get_actions(self, obj, user):
        if self.can_act(obj, user):
            return [
                ("reject", _("Demander des modifications"), True),
                ("approve", _("Enregistrer l'adoption"), True),
            ]
        return []

    def get_form_for_action(self, action):
        if action == "approve":
            return AdoptionForm
        return RequestChangesForm

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name != "approve":
            return super().on_action(task_state, user, action_name, **kwargs)
        data = validated(AdoptionForm, kwargs)
        state = task_state.specific
        state.adoption_date = data["adoption_date"]
        state.deliberation_reference = data["deliberation_reference"]
        state.save(update_fields=["adoption_date", "deliberation_reference"])
        # Write the adoption onto the plan, as a new revision the publication step will publish.
        page = task_state.workflow_state.content_object.specific
        plan = page.get_latest_revision_as_object()
        plan.adoption_date = data["adoption_date"]
        plan.deliberation_reference = data["deliberation_reference"]
        plan.save_revision(user=user, log_action=True)
        task_state.approve(user=user, comment=data.get("comment", ""))
        return None

    @classmethod
    def get_description(cls):
        return _(
            "L'exécutif de la collectivité adopte le plan d'action : la date et la référence de "
            "la délibération sont obligatoires et sont reportées sur le plan."
        )

    class Meta:
        verbose_name = _("adoption par l'exécutif de la collectivité")
        verbose_name_plural = _("adoptions par l'exécutif de la collectivité")


class SubmissionKey(models.Model):
    """An idempotency key a client sent with a submission: the same key, from the same user,
    within `SUBMISSION_IDEMPOTENCY_TTL`, answers the first submission again (a double submit makes
    one contribution, not two)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submission_keys"
    )
    key = models.CharField(max_length=200)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="workflows_submission_key_unique")
        ]

    def __str__(self):
        return self.key
