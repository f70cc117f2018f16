"""Root query fields of shared projects and engagement tracks."""

import graphene
from django.db.models import Count

from cms.api.errors import ApiError
from cms.api.pages import resolve_page_connection
from cms.api.pagination import check_length, connection_for, page_args
from cms.visibility import visible_pages
from projects import models, services
from projects.schema import arguments, participation, types

SharedProjectConnection = connection_for(types.SharedProjectPageType)
JournalEntryConnection = connection_for(types.JournalEntryPageType)
ActionPlanConnection = connection_for(types.ActionPlanPageType)


def _project(slug):
    check_length("slug", slug, 255)
    return visible_pages(models.SharedProjectPage).filter(slug=slug).first()


class Query(graphene.ObjectType):
    shared_projects = graphene.Field(
        graphene.NonNull(SharedProjectConnection),
        status=graphene.Argument(
            types.SharedProjectStatusEnum, description="Seulement les projets de ce statut."
        ),
        **page_args(order=True),
        description="Projets partagés publiés, le plus récent d'abord.",
    )
    shared_project = graphene.Field(
        types.SharedProjectPageType,
        slug=graphene.String(required=True, description="Identifiant (slug) du projet."),
        description="Un projet partagé publié, ou null.",
    )
    journal_entries = graphene.Field(
        graphene.NonNull(JournalEntryConnection),
        project=graphene.String(required=True, description="Identifiant (slug) du projet partagé."),
        **page_args(order=True),
        description="Journal de bord d'un projet, l'entrée la plus récente d'abord.",
    )
    action_plans = graphene.Field(
        graphene.NonNull(ActionPlanConnection),
        project=graphene.String(description="Identifiant (slug) du projet partagé."),
        local_authority=graphene.String(description="Code officiel de la collectivité."),
        **page_args(order=True),
        description="Plans d'action publiés (donc adoptés).",
    )

    theme_ranking = graphene.List(
        graphene.NonNull(participation.ThemeRankingEntryType),
        required=True,
        campaign=graphene.ID(
            description="Campagne de vote ; par défaut celle ouverte, sinon la dernière ouverte."
        ),
        description="Classement des thèmes approuvés d'une campagne, le plus voté d'abord.",
    )
    theme_proposals = graphene.List(
        graphene.NonNull(participation.ThemeProposalType),
        required=True,
        campaign=graphene.ID(description="Seulement les propositions de cette campagne."),
        status=graphene.Argument(
            participation.ProposalStatusEnum, description="Seulement les propositions de ce statut."
        ),
        description=(
            "Propositions de thème : celles ouvertes au vote ou retenues pour tous ; avec un jeton, "
            "aussi celles de vos collectivités ; toutes pour l'ANCT. Les plus récentes d'abord."
        ),
    )
    voting_campaigns = graphene.List(
        graphene.NonNull(participation.VotingCampaignType),
        required=True,
        description="Campagnes de vote, la plus récente d'abord.",
    )
    engagement_programme = graphene.List(
        graphene.NonNull(participation.ProgrammeYearType),
        required=True,
        description="Territoires d'engagement : collectivités entrées et accompagnées, année par année.",
    )

    def resolve_theme_ranking(root, info, campaign=None):
        try:
            return services.theme_ranking(arguments.campaign(campaign))
        except services.ServiceError as error:
            raise ApiError(error.message, error.code) from error

    def resolve_theme_proposals(root, info, campaign=None, status=None):
        queryset = services.visible_proposals(info.context.user)
        if campaign is not None:
            queryset = queryset.filter(campaign_id=campaign if str(campaign).isdigit() else None)
        if status is not None:
            queryset = queryset.filter(status=getattr(status, "value", status))
        return list(
            queryset.annotate(vote_count=Count("votes", distinct=True)).order_by(
                "-created_at", "-pk"
            )[:200]
        )

    def resolve_voting_campaigns(root, info):
        return list(models.VotingCampaign.objects.all()[:100])

    def resolve_engagement_programme(root, info):
        return services.engagement_programme()

    def resolve_shared_projects(root, info, status=None, first=None, after=None, order=None):
        queryset = visible_pages(models.SharedProjectPage).order_by("-start_date", "-pk")
        if status is not None:
            queryset = queryset.filter(status=getattr(status, "value", status))
        return resolve_page_connection(
            info,
            SharedProjectConnection,
            queryset,
            types.SharedProjectPageType,
            first,
            after,
            order,
        )

    def resolve_shared_project(root, info, slug):
        return _project(slug)

    def resolve_journal_entries(root, info, project, first=None, after=None, order=None):
        parent = _project(project)
        queryset = (
            visible_pages(models.JournalEntryPage).child_of(parent).order_by("-date", "-pk")
            if parent
            else models.JournalEntryPage.objects.none()
        )
        return resolve_page_connection(
            info, JournalEntryConnection, queryset, types.JournalEntryPageType, first, after, order
        )

    def resolve_action_plans(
        root, info, project=None, local_authority=None, first=None, after=None, order=None
    ):
        queryset = visible_pages(models.ActionPlanPage).order_by("title", "pk")
        if project:
            parent = _project(project)
            queryset = queryset.child_of(parent) if parent else queryset.none()
        if local_authority:
            queryset = queryset.filter(local_authority__code=local_authority)
        return resolve_page_connection(
            info, ActionPlanConnection, queryset, types.ActionPlanPageType, first, after, order
        )
