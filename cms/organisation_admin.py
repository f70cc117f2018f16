"""« Organisations » in the admin: the ANCT approves or refuses the requests to act for an
organisation and verifies, trusts or blocks organisations, through the same services as the API
(`cms.organisations`); every decision is in the audit log."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from cms import organisations
from cms.models import Organisation, OrganisationMembership
from cms.roles import is_anct_staff
from cms.services import ServiceError

STATUS_FILTERS = [("", _("Toutes")), *Organisation.Status.choices]


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Statut"), choices=Organisation.Status.choices)
    reason = forms.CharField(
        label=_("Motif"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Obligatoire pour bloquer."),
    )


def _require_anct(request):
    if not is_anct_staff(request.user):
        raise PermissionDenied


def organisations_view(request):
    _require_anct(request)
    status = request.GET.get("status", "")
    listed = Organisation.objects.annotate(
        members=Count("memberships", filter=Q(memberships__status="approved"))
    ).order_by("name")
    if status:
        listed = listed.filter(status=status)
    pending = OrganisationMembership.objects.filter(status="pending").select_related(
        "user", "organisation"
    )
    return TemplateResponse(
        request,
        "cms/admin/organisations.html",
        {
            "organisations": listed[:300],
            "pending": pending.order_by("created_at")[:200],
            "status": status,
            "filters": STATUS_FILTERS,
            "statuses": Organisation.Status.choices,
            "page_title": _("Organisations"),
            "header_title": _("Organisations (associations, recherche, réseaux, État)"),
            "header_icon": "group",
        },
    )


def organisation_status_view(request, pk):
    _require_anct(request)
    if request.method != "POST":
        return redirect("cms_organisations")
    organisation = get_object_or_404(Organisation, pk=pk)
    form = StatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Statut inconnu."))
        return redirect("cms_organisations")
    try:
        with transaction.atomic():
            organisations.set_organisation_status(
                request.user, organisation, form.cleaned_data["status"], form.cleaned_data["reason"]
            )
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("« %(name)s » : %(status)s.")
            % {"name": organisation.name, "status": organisation.get_status_display()},
        )
    return redirect("cms_organisations")


def organisation_membership_view(request, pk):
    _require_anct(request)
    if request.method != "POST":
        return redirect("cms_organisations")
    membership = get_object_or_404(OrganisationMembership, pk=pk)
    try:
        with transaction.atomic():
            organisations.decide_organisation_membership(
                request.user,
                membership,
                approve=request.POST.get("decision") == "approve",
                reason=request.POST.get("refusal_reason", ""),
            )
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(user)s pour « %(name)s » : %(status)s.")
            % {
                "user": membership.user.get_full_name() or membership.user.email,
                "name": membership.organisation.name,
                "status": membership.get_status_display(),
            },
        )
    return redirect("cms_organisations")


LOG_ACTIONS = [
    ("cms.organisation_declared", _("Déclarer une organisation"), _("Organisation déclarée")),
    ("cms.organisation_verified", _("Vérifier une organisation"), _("Organisation vérifiée")),
    (
        "cms.organisation_trusted",
        _("Accorder la confiance"),
        _("Organisation de confiance (modération allégée)"),
    ),
    ("cms.organisation_blocked", _("Bloquer une organisation"), _("Organisation bloquée")),
    (
        "cms.organisation_pending",
        _("Remettre en attente"),
        _("Organisation remise en attente de vérification"),
    ),
    (
        "cms.organisation_membership_requested",
        _("Demander à agir pour une organisation"),
        _("Demande pour agir au nom d'une organisation"),
    ),
    (
        "cms.organisation_membership_approved",
        _("Approuver un membre"),
        _("Membre d'organisation approuvé"),
    ),
    (
        "cms.organisation_membership_refused",
        _("Refuser un membre"),
        _("Membre d'organisation refusé"),
    ),
]
