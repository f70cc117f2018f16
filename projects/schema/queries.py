"""Root query fields of shared projects and engagement tracks."""

import graphene
from django.db.models import Count

from cms.api import errors
from cms.api.errors import ApiError
from cms.api.pages import prepare_pages, resolve_page_connection, visible_page_of_type
from cms.api.pagination import check_length, connection_for, page_args
from cms.api.relay import query_pk
from cms.api.selection import selected_paths
from cms.visibility import visible_pages
from projects import models, services
from projects.schema import arguments, participation, types

SharedProjectConnection = connection_for(types.SharedProjectPageType)
JournalEntryConnection = connection_for(types.JournalEntryPageType)
ActionPlanConnection = connection_for(types.ActionPlanPageType)


def _project_pk(value, field="project"):
    return query_pk(value, [types.SharedProjectPageType], field, "d'un projet partagé")


def _campaign_pk(value):
    return query_pk(value, [participation.VotingCampaignType], "campaign", "d'une campagne de vote")


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
        id=graphene.ID(description="Identifiant global du projet (`SharedProjectPage.id`)."),
        slug=graphene.String(description="Ou son slug, ex. « tiers-lieux »."),
        description="Un projet partagé publié, par identifiant global ou par slug ; ou null.",
    )
    journal_entries = graphene.Field(
        graphene.NonNull(JournalEntryConnection),
        project=graphene.ID(
            required=True, description="Projet partagé (identifiant global `SharedProjectPage.id`)."
        ),
        **page_args(order=True),
        description="Journal de bord d'un projet, l'entrée la plus récente d'abord.",
    )
    action_plans = graphene.Field(
        graphene.NonNull(ActionPlanConnection),
        project=graphene.ID(
            description="Projet partagé (identifiant global `SharedProjectPage.id`)."
        ),
        local_authority=graphene.ID(
            description="Collectivité (identifiant global `LocalAuthority.id`)."
        ),
        **page_args(order=True),
        description="Plans d'action publiés (donc adoptés).",
    )

    theme_ranking = graphene.List(
        graphene.NonNull(participation.ThemeRankingEntryType),
        required=True,
        campaign=graphene.ID(
            description=(
                "Campagne de vote (identifiant global `VotingCampaign.id`) ; par défaut celle "
                "ouverte, sinon la dernière ouverte."
            )
        ),
        description="Classement des thèmes approuvés d'une campagne, le plus voté d'abord.",
    )
    theme_proposals = graphene.List(
        graphene.NonNull(participation.ThemeProposalType),
        required=True,
        campaign=graphene.ID(
            description="Seulement les propositions de cette campagne (identifiant global)."
        ),
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
            queryset = queryset.filter(campaign_id=_campaign_pk(campaign))
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

    def resolve_shared_project(root, info, id=None, slug=None):
        if id is not None:
            return visible_page_of_type(info, types.SharedProjectPageType, _project_pk(id, "id"))
        if slug is None:
            raise ApiError("Indiquez « id » ou « slug ».", errors.BAD_USER_INPUT)
        check_length("slug", slug, 255)
        project = visible_pages(models.SharedProjectPage).filter(slug=slug).first()
        if project is not None:
            prepare_pages([project], selected_paths(info), types.SharedProjectPageType.PREFETCHES)
        return project

    def resolve_journal_entries(root, info, project, first=None, after=None, order=None):
        parent = visible_pages(models.SharedProjectPage).filter(pk=_project_pk(project)).first()
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
        if project is not None:
            parent = visible_pages(models.SharedProjectPage).filter(pk=_project_pk(project)).first()
            queryset = queryset.child_of(parent) if parent else queryset.none()
        if local_authority is not None:
            queryset = queryset.filter(
                local_authority_id=query_pk(
                    local_authority, ["LocalAuthority"], "local_authority", "d'une collectivité"
                )
            )
        return resolve_page_connection(
            info, ActionPlanConnection, queryset, types.ActionPlanPageType, first, after, order
        )
