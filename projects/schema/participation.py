"""GraphQL types of participation: voting campaigns, theme proposals, ranking, enrolments."""

import graphene

from cms.api.describe import DescribedDjangoObjectType
from cms.api.relay import Node
from cms.schema.enums import choices_enum
from cms.schema.types import LocalAuthorityType, ThemeType
from cms.visibility import visible_pages
from projects import models, services
from projects.schema.types import SharedProjectPageType

ProposalStatusEnum = choices_enum(
    models.ThemeProposal.Status, "ThemeProposalStatus", "Statut d'une proposition de thème."
)
CampaignStatusEnum = choices_enum(
    models.VotingCampaign.Status,
    "VotingCampaignStatus",
    "État d'une campagne de vote : à venir, ouverte ou close.",
)
EnrollmentRoleEnum = choices_enum(
    models.Enrollment.Role, "EnrollmentRole", "Rôle d'une collectivité dans un projet partagé."
)
EnrollmentStatusEnum = choices_enum(
    models.Enrollment.Status,
    "EnrollmentStatus",
    "État d'une inscription : confirmée, en liste d'attente ou retirée.",
)


class VotingCampaignType(DescribedDjangoObjectType):
    class Meta:
        model = models.VotingCampaign
        name = "VotingCampaign"
        description = "Campagne de vote sur les thèmes proposés, avec ses dates et sa limite de votes par collectivité."
        interfaces = (Node,)
        fields = ("id", "title", "description", "opens_at", "closes_at", "vote_limit")

    status = graphene.Field(graphene.NonNull(CampaignStatusEnum), description="État.")

    def resolve_status(root, info):
        return str(root.status)


class ThemeProposalType(DescribedDjangoObjectType):
    class Meta:
        model = models.ThemeProposal
        name = "ThemeProposal"
        description = "Thème proposé par une collectivité (ou l'ANCT) pour un futur projet partagé."
        interfaces = (Node,)
        fields = ("id", "title", "description", "moderation_comment", "created_at")

    @classmethod
    def get_node(cls, info, pk):
        return services.visible_proposals(getattr(info.context, "user", None)).filter(pk=pk).first()

    status = graphene.Field(graphene.NonNull(ProposalStatusEnum), description="Statut.")
    theme = graphene.Field(ThemeType, description="Thématique rattachée.")
    local_authority = graphene.Field(
        LocalAuthorityType, description="Collectivité qui propose (vide : l'ANCT)."
    )
    campaign = graphene.Field(VotingCampaignType, description="Campagne de vote.")
    vote_count = graphene.Int(required=True, description="Nombre de votes reçus.")
    shared_project = graphene.Field(
        SharedProjectPageType, description="Projet partagé issu du thème, une fois publié."
    )

    def resolve_status(root, info):
        return str(root.status)

    def resolve_vote_count(root, info):
        count = getattr(root, "vote_count", None)
        return count if count is not None else root.votes.count()

    def resolve_shared_project(root, info):
        if not root.shared_project_id:
            return None
        return visible_pages(models.SharedProjectPage).filter(pk=root.shared_project_id).first()


class ThemeRankingEntryType(graphene.ObjectType):
    class Meta:
        name = "ThemeRankingEntry"
        description = "Rang d'un thème dans le classement des votes."

    rank = graphene.Int(required=True, description="Rang (les ex æquo partagent le rang).")
    votes = graphene.Int(required=True, description="Nombre de collectivités qui ont voté.")
    proposal = graphene.Field(
        graphene.NonNull(ThemeProposalType), description="La proposition classée."
    )


class BallotType(graphene.ObjectType):
    class Meta:
        name = "Ballot"
        description = (
            "Les votes d'une de vos collectivités dans une campagne : les thèmes pour lesquels "
            "elle a voté et les votes qui lui restent."
        )

    local_authority = graphene.Field(
        graphene.NonNull(LocalAuthorityType), description="Collectivité qui vote."
    )
    campaign = graphene.Field(graphene.NonNull(VotingCampaignType), description="Campagne.")
    votes_left = graphene.Int(
        description="Votes qui lui restent dans la campagne (null : pas de limite)."
    )
    my_votes = graphene.List(
        graphene.NonNull(ThemeProposalType),
        required=True,
        description="Thèmes pour lesquels elle a voté, du plus ancien vote au plus récent.",
    )

    def resolve_local_authority(root, info):
        return root["local_authority"]

    def resolve_campaign(root, info):
        return root["campaign"]

    def resolve_votes_left(root, info):
        return root["votes_left"]

    def resolve_my_votes(root, info):
        return root["my_votes"]


class EnrollmentType(DescribedDjangoObjectType):
    class Meta:
        model = models.Enrollment
        name = "Enrollment"
        description = "Inscription d'une collectivité à un projet partagé."
        interfaces = (Node,)
        fields = ("id", "created_at")

    @classmethod
    def get_node(cls, info, pk):
        return (
            services.visible_enrollments(getattr(info.context, "user", None)).filter(pk=pk).first()
        )

    role = graphene.Field(graphene.NonNull(EnrollmentRoleEnum), description="Rôle.")
    status = graphene.Field(graphene.NonNull(EnrollmentStatusEnum), description="État.")
    local_authority = graphene.Field(
        graphene.NonNull(LocalAuthorityType), description="Collectivité inscrite."
    )
    waiting_rank = graphene.Int(
        description="Rang dans la liste d'attente (1 : la prochaine servie), sinon null."
    )

    def resolve_role(root, info):
        return str(root.role)

    def resolve_status(root, info):
        return str(root.status)

    def resolve_waiting_rank(root, info):
        if root.status != models.Enrollment.Status.WAITING:
            return None
        ahead = models.Enrollment.objects.filter(
            project_id=root.project_id,
            status=models.Enrollment.Status.WAITING,
            position__lt=root.position,
        ).count()
        return ahead + 1


class ProgrammeYearType(graphene.ObjectType):
    class Meta:
        name = "EngagementProgrammeYear"
        description = "Une année du programme Territoires d'engagement."

    year = graphene.Int(required=True, description="Année civile.")
    entering = graphene.Int(
        required=True, description="Collectivités entrées dans le programme cette année."
    )
    accompanied = graphene.Int(
        required=True, description="Collectivités accompagnées pendant l'année."
    )
