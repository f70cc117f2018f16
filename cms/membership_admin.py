"""« Demandes de rattachement » in the admin: ANCT moderators and each collectivité's referent
approve or refuse the agents' requests, through the same service as everywhere (`cms.identity`)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from cms import identity
from cms.models import LocalAuthorityMembership, UnmatchedSiretRequest
from cms.roles import is_anct_staff
from cms.services import ServiceError


def decidable_memberships(user):
    """The requests the user may see and decide: all for ANCT staff, their collectivités' for a
    referent."""
    queryset = LocalAuthorityMembership.objects.select_related(
        "user", "local_authority", "decided_by"
    ).order_by("-created_at")
    if is_anct_staff(user):
        return queryset
    referent_of = LocalAuthorityMembership.objects.filter(
        user_id=user.pk, is_referent=True, status=identity.APPROVED
    ).values("local_authority_id")
    return queryset.filter(local_authority_id__in=referent_of).exclude(user_id=user.pk)


def may_see(user):
    return (
        is_anct_staff(user)
        or LocalAuthorityMembership.objects.filter(
            user_id=user.pk, is_referent=True, status=identity.APPROVED
        ).exists()
    )


class DecisionForm(forms.Form):
    refusal_reason = forms.CharField(
        label=_("Motif du refus"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Obligatoire pour un refus : il est envoyé à l'agent."),
    )


STATUS_FILTERS = [
    ("pending", _("En attente")),
    ("approved", _("Approuvées")),
    ("refused", _("Refusées")),
    ("", _("Toutes")),
]


def membership_requests_view(request):
    if not may_see(request.user):
        raise PermissionDenied
    status = request.GET.get("status", "pending")
    memberships = decidable_memberships(request.user)
    if status:
        memberships = memberships.filter(status=status)
    unmatched = (
        UnmatchedSiretRequest.objects.select_related("user").filter(handled_at__isnull=True)[:100]
        if is_anct_staff(request.user)
        else []
    )
    return TemplateResponse(
        request,
        "cms/admin/membership_requests.html",
        {
            "memberships": memberships[:200],
            "status": status,
            "filters": STATUS_FILTERS,
            "unmatched": unmatched,
            "form": DecisionForm(),
            "page_title": _("Demandes de rattachement"),
            "header_title": _("Demandes de rattachement"),
            "header_icon": "group",
        },
    )


def decide_membership_view(request, pk):
    if request.method != "POST":
        return redirect("cms_membership_requests")
    membership = get_object_or_404(decidable_memberships(request.user), pk=pk)
    form = DecisionForm(request.POST)
    form.is_valid()
    try:
        with transaction.atomic():
            identity.decide_membership(
                request.user,
                membership,
                approve=request.POST.get("decision") == "approve",
                reason=form.cleaned_data.get("refusal_reason", ""),
            )
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Rattachement de %(user)s à « %(authority)s » : %(status)s.")
            % {
                "user": membership.user.get_full_name() or membership.user.email,
                "authority": membership.local_authority.name,
                "status": membership.get_status_display(),
            },
        )
    return redirect("cms_membership_requests")
