"""Admin forms of the inspiration pages."""

from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm


class ProposedByForm(WagtailAdminPageForm):
    """« Proposé par » on the creation form: a member of organisations may propose the page in the
    name of one she acts for (approved member of a verified or trusted organisation), no other —
    the choices are hers and the choice is checked again by `cms.organisations`. Absent for
    whoever acts for none, and once the page exists (the submission keeps its organisation)."""

    proposed_by = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label="Proposé par",
        empty_label="Ma collectivité (ou personne)",
        help_text="L'organisation au nom de laquelle vous proposez ce contenu.",
        error_messages={
            "invalid_choice": "Choisissez une organisation au nom de laquelle vous agissez."
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from cms.models import Organisation

        user = self.for_user
        choices = Organisation.objects.none()
        if not self.instance.pk and user is not None and user.is_authenticated:
            choices = Organisation.objects.filter(
                memberships__user_id=user.pk,
                memberships__status="approved",
                status__in=[Organisation.Status.VERIFIED, Organisation.Status.TRUSTED],
            ).order_by("name")
        if choices.exists():
            self.fields["proposed_by"].queryset = choices
        else:
            del self.fields["proposed_by"]

    def clean_proposed_by(self):
        from cms import organisations
        from cms.services import ServiceError

        organisation = self.cleaned_data.get("proposed_by")
        if organisation is not None:
            try:
                organisations.acting_organisation(self.for_user, organisation)
            except ServiceError as error:
                raise ValidationError(error.message, code=error.code) from None
        return organisation


class ExperiencePageForm(ProposedByForm):
    """A contributor creating an experience finds her own collectivité already chosen.

    Only on the blank form shown before the first save: a bound form keeps what was sent, and an
    existing page keeps its collectivités. The preselection is an initial value of the blank
    form, so a posted form still carries it as data and the link is saved like a chosen one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if self.is_bound or self.instance.pk or user is None or not user.is_authenticated:
            return
        authority_ids = list(
            user.authority_memberships.filter(status="approved")
            .order_by("local_authority__name")
            .values_list("local_authority_id", flat=True)
        )
        formset = self.formsets.get("authority_links")
        if formset is not None and len(authority_ids) == 1:
            formset.initial_extra = [{"local_authority": authority_ids[0]}]
