"""Admin views of participation records: voting campaigns, theme proposals, votes, enrolments
and the digests sent, with filters and CSV/XLSX export; a published capacity rise promotes the
waiting list."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.admin_exports import FrenchExportIndexView
from cms.admin_views import FrenchSnippetChooserViewSet
from cms.roles import is_anct_staff
from projects.models import (
    Enrollment,
    JournalDigest,
    SharedProjectPage,
    ThemeProposal,
    ThemeVote,
    VotingCampaign,
)


class VotingCampaignViewSet(SnippetViewSet):
    model = VotingCampaign
    chooser_viewset_class = FrenchSnippetChooserViewSet
    index_view_class = FrenchExportIndexView
    export_filename = "campagnes-de-vote"
    icon = "date"
    menu_label = _("Campagnes de vote")
    list_display = ["title", "opens_at", "closes_at", "vote_limit"]
    list_export = ["title", "opens_at", "closes_at", "vote_limit"]
    search_fields = ["title"]
    copy_view_enabled = False


class ThemeProposalViewSet(SnippetViewSet):
    model = ThemeProposal
    chooser_viewset_class = FrenchSnippetChooserViewSet
    index_view_class = FrenchExportIndexView
    export_filename = "propositions-de-theme"
    icon = "pick"
    menu_label = _("Propositions de thème")
    list_display = ["title", "local_authority", "status", "campaign", "created_at"]
    list_filter = ["status", "campaign", "theme"]
    list_export = [
        "title",
        "description",
        "local_authority",
        "theme",
        "campaign",
        "status",
        "moderation_comment",
        "created_at",
    ]
    search_fields = ["title", "description"]
    ordering = ["-created_at"]
    copy_view_enabled = False


class ThemeVoteViewSet(SnippetViewSet):
    model = ThemeVote
    chooser_viewset_class = FrenchSnippetChooserViewSet
    index_view_class = FrenchExportIndexView
    export_filename = "votes"
    export_headings = {"local_authority.code": _("Code officiel de la collectivité")}
    icon = "tick"
    menu_label = _("Votes")
    list_display = ["proposal", "local_authority", "created_at"]
    list_filter = ["proposal__campaign", "proposal"]
    list_export = ["proposal", "local_authority", "local_authority.code", "created_at"]
    ordering = ["-created_at"]
    copy_view_enabled = False


class EnrollmentViewSet(SnippetViewSet):
    model = Enrollment
    chooser_viewset_class = FrenchSnippetChooserViewSet
    index_view_class = FrenchExportIndexView
    export_filename = "inscriptions"
    export_headings = {"local_authority.code": _("Code officiel de la collectivité")}
    icon = "group"
    menu_label = _("Inscriptions")
    list_display = ["local_authority", "project", "role", "status", "position", "created_at"]
    list_filter = ["project", "role", "status"]
    list_export = [
        "project",
        "local_authority",
        "local_authority.code",
        "role",
        "status",
        "position",
        "created_at",
    ]
    ordering = ["project", "position"]
    copy_view_enabled = False


class JournalDigestViewSet(SnippetViewSet):
    model = JournalDigest
    chooser_viewset_class = FrenchSnippetChooserViewSet
    index_view_class = FrenchExportIndexView
    export_filename = "lettres-du-journal"
    export_headings = {"recipient.email": _("Adresse électronique")}
    icon = "mail"
    menu_label = _("Lettres du journal envoyées")
    list_display = ["recipient", "week_start", "entry_count", "sent_at"]
    list_filter = ["week_start"]
    list_export = ["recipient", "recipient.email", "week_start", "entry_count", "sent_at"]
    copy_view_enabled = False
    inspect_view_enabled = True


class ParticipationGroup(SnippetViewSetGroup):
    items = (
        VotingCampaignViewSet,
        ThemeProposalViewSet,
        ThemeVoteViewSet,
        EnrollmentViewSet,
        JournalDigestViewSet,
    )
    menu_icon = "group"
    menu_label = _("Participation")
    menu_name = "participation"


register_snippet(ParticipationGroup)


@hooks.register("after_publish_page")
def promote_after_capacity_change(request, page):
    """A capacity raised in the admin gives the free places to the waiting list, in order."""
    if not isinstance(page.specific, SharedProjectPage):
        return
    from projects.services import current_project, promote_waiting

    with transaction.atomic():
        promote_waiting(current_project(page, live_only=False, lock=True))


class ModerationForm(forms.Form):
    comment = forms.CharField(
        label=_("Commentaire à la collectivité"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Obligatoire pour un refus."),
    )
    campaign = forms.ModelChoiceField(
        label=_("Campagne de vote"),
        queryset=VotingCampaign.objects.all(),
        required=False,
        help_text=_("Vide : la campagne choisie à la proposition."),
    )


def moderate_proposal_view(request, pk):
    """ANCT moderation of a theme proposal in the admin, through the same service as the API."""
    from cms.services import ServiceError
    from projects.services import moderate_proposal

    if not is_anct_staff(request.user):
        raise PermissionDenied
    proposal = get_object_or_404(ThemeProposal, pk=pk)
    form = ModerationForm(request.POST or None, initial={"campaign": proposal.campaign_id})
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                moderate_proposal(
                    request.user,
                    proposal,
                    approve=request.POST.get("decision") == "approve",
                    comment=form.cleaned_data["comment"],
                    campaign=form.cleaned_data["campaign"],
                )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("La proposition est modérée."))
            return redirect("wagtailsnippets_projects_themeproposal:list")
    return TemplateResponse(
        request,
        "projects/admin/moderate_proposal.html",
        {
            "proposal": proposal,
            "form": form,
            "page_title": _("Modérer une proposition de thème"),
            "header_title": _("Modérer une proposition de thème"),
        },
    )


ENGAGEMENT_TARGET = (10, 20)


def engagement_verdict(entering, target=ENGAGEMENT_TARGET):
    low, high = target
    if entering < low:
        return _("%(missing)d de moins que l'objectif") % {"missing": low - entering}
    if entering > high:
        return _("%(extra)d de plus que l'objectif") % {"extra": entering - high}
    return _("Dans l'objectif")


def engagement_programme_view(request):
    """The programme year by year against its objective (10 to 20 collectivités entering a year)."""
    from projects.services import engagement_programme

    if not is_anct_staff(request.user):
        raise PermissionDenied
    rows = [
        {**row, "verdict": engagement_verdict(row["entering"])}
        for row in engagement_programme(live_only=False)
    ]
    title = _("Territoires d'engagement : collectivités par année")
    return TemplateResponse(
        request,
        "projects/admin/engagement_programme.html",
        {
            "rows": rows,
            "target_min": ENGAGEMENT_TARGET[0],
            "target_max": ENGAGEMENT_TARGET[1],
            "page_title": title,
            "header_title": title,
        },
    )


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_anct_staff(request.user)


@hooks.register("register_reports_menu_item")
def engagement_programme_menu_item():
    return StaffMenuItem(
        _("Territoires d'engagement"),
        reverse("projects_engagement_programme"),
        icon_name="date",
        order=700,
    )


@hooks.register("register_admin_urls")
def participation_admin_urls():
    return [
        path(
            "rapports/territoires-d-engagement/",
            engagement_programme_view,
            name="projects_engagement_programme",
        ),
        path(
            "participation/propositions/<int:pk>/moderer/",
            moderate_proposal_view,
            name="projects_moderate_proposal",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def moderation_button(instance, user, next_url=None):
    submitted = (
        isinstance(instance, ThemeProposal) and instance.status == ThemeProposal.Status.SUBMITTED
    )
    if submitted and is_anct_staff(user):
        yield ListingButton(
            _("Modérer"),
            reverse("projects_moderate_proposal", args=[instance.pk]),
            priority=5,
        )
