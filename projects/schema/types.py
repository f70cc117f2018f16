"""GraphQL types of shared projects, journals, action plans and engagement tracks."""

import graphene
from django.db.models import Prefetch

from cms.api.describe import DescribedDjangoObjectType
from cms.api.fields import related_list, rich_text
from cms.api.media import ImageField, image_prefetch
from cms.api.pages import (
    PAGE_INTERFACES,
    PAGE_MODEL_FIELDS,
    PageFields,
    PagePart,
    register_page_type,
)
from cms.api.relay import Node
from cms.api.streamfield import body_stream
from cms.schema.enums import choices_enum
from cms.schema.types import LocalAuthorityType, ThemeType
from cms.visibility import visible_pages
from projects import models

ENROLLMENTS = Prefetch(
    "enrollments", queryset=models.Enrollment.objects.select_related("local_authority")
)


SharedProjectStatusEnum = choices_enum(
    models.SharedProjectPage.Status, "SharedProjectStatus", "Statut d'un projet partagé."
)
StageKindEnum = choices_enum(
    models.SharedProjectStage.Kind, "StageKind", "Étape du cheminement d'un projet partagé."
)
StageStatusEnum = choices_enum(
    models.SharedProjectStage.Status, "StageStatus", "Avancement d'une étape."
)
ActionStatusEnum = choices_enum(
    models.Action.Status, "ActionStatus", "Statut d'une action d'un plan d'action."
)


class StageType(PagePart, DescribedDjangoObjectType):
    class Meta:
        model = models.SharedProjectStage
        name = "SharedProjectStage"
        description = "Étape d'un projet partagé, avec ses dates et son avancement."
        interfaces = (Node,)
        fields = ("id", "description", "start_date", "end_date")

    PAGE_FIELD = "project"

    kind = graphene.Field(graphene.NonNull(StageKindEnum), description="Étape.")
    status = graphene.Field(graphene.NonNull(StageStatusEnum), description="Avancement.")
    title = graphene.String(required=True, description="Intitulé (celui de l'étape par défaut).")

    def resolve_kind(root, info):
        return root.kind

    def resolve_status(root, info):
        return root.status

    def resolve_title(root, info):
        return str(root)


class ExpertType(PagePart, DescribedDjangoObjectType):
    class Meta:
        model = models.SharedProjectExpert
        name = "SharedProjectExpert"
        description = "Membre de l'équipe d'experts qui accompagne le projet."
        interfaces = (Node,)
        fields = ("id", "name", "organisation", "role")

    PAGE_FIELD = "project"


class ActionType(PagePart, DescribedDjangoObjectType):
    class Meta:
        model = models.Action
        name = "Action"
        description = "Action d'un plan d'action."
        interfaces = (Node,)
        fields = ("id", "title", "description", "owner", "deadline", "indicator", "progress")

    PAGE_FIELD = "plan"

    status = graphene.Field(graphene.NonNull(ActionStatusEnum), description="Statut.")

    def resolve_status(root, info):
        return root.status


def _enrolled(root, role, status):
    if "enrollments" in getattr(root, "_prefetched_objects_cache", {}):
        enrollments = list(root.enrollments.all())
    else:
        enrollments = list(root.enrollments.select_related("local_authority"))
    return [e.local_authority for e in enrollments if e.role == role and e.status == status]


@register_page_type(models.SharedProjectIndexPage)
class SharedProjectIndexPageType(PageFields, DescribedDjangoObjectType):
    class Meta:
        model = models.SharedProjectIndexPage
        name = "SharedProjectIndexPage"
        description = "Rubrique des projets partagés."
        interfaces = PAGE_INTERFACES
        fields = PAGE_MODEL_FIELDS

    intro, resolve_intro = rich_text("intro", "Introduction.")
    body, resolve_body = body_stream("body", "Contenu en blocs.")


@register_page_type(models.SharedProjectPage)
class SharedProjectPageType(PageFields, DescribedDjangoObjectType):
    class Meta:
        model = models.SharedProjectPage
        name = "SharedProjectPage"
        description = "Projet partagé : 3 à 5 collectivités conçoivent chacune leur plan d'action, accompagnées par des experts."
        interfaces = PAGE_INTERFACES
        fields = (*PAGE_MODEL_FIELDS, "summary", "participant_capacity", "start_date", "end_date")

    PREFETCHES = {
        "theme": ["theme"],
        "image": image_prefetch(),
        "stages": ["stages"],
        "currentStage": ["stages"],
        "experts": ["experts"],
        "participants": [ENROLLMENTS],
        "observers": [ENROLLMENTS],
        "waitingList": [ENROLLMENTS],
    }

    theme = graphene.Field(graphene.NonNull(ThemeType), description="Thématique.")
    status = graphene.Field(graphene.NonNull(SharedProjectStatusEnum), description="Statut.")
    image = ImageField(description="Image.")
    body, resolve_body = body_stream("body", "Contenu en blocs.")
    stages, resolve_stages = related_list(StageType, "stages", "Étapes, dans l'ordre.")
    current_stage = graphene.Field(StageType, description="L'étape en cours, s'il y en a une.")
    experts, resolve_experts = related_list(ExpertType, "experts", "Équipe d'experts.")
    participants = graphene.List(
        graphene.NonNull(LocalAuthorityType),
        required=True,
        description="Collectivités parties prenantes (confirmées).",
    )
    observers = graphene.List(
        graphene.NonNull(LocalAuthorityType),
        required=True,
        description="Collectivités observatrices.",
    )
    waiting_list = graphene.List(
        graphene.NonNull(LocalAuthorityType),
        required=True,
        description="Collectivités en liste d'attente, dans l'ordre.",
    )

    action_plans_progress = graphene.Int(
        description=(
            "Avancement moyen des plans d'action publiés du projet, en % (null sans action). "
            "Une requête par projet : à demander sur un projet, pas sur une longue liste."
        )
    )

    journal_feed_url = graphene.String(
        required=True,
        description="Adresse absolue du flux Atom du journal de bord (servi par le CMS).",
    )

    def resolve_status(root, info):
        return root.status

    def resolve_journal_feed_url(root, info):
        from projects.services import journal_feed_url

        return journal_feed_url(root)

    def resolve_action_plans_progress(root, info):
        from projects.services import project_progress

        return project_progress(root)["progress"]

    def resolve_current_stage(root, info):
        return root.current_stage

    def resolve_participants(root, info):
        return _enrolled(
            root, models.Enrollment.Role.PARTICIPANT, models.Enrollment.Status.CONFIRMED
        )

    def resolve_observers(root, info):
        return _enrolled(root, models.Enrollment.Role.OBSERVER, models.Enrollment.Status.CONFIRMED)

    def resolve_waiting_list(root, info):
        return _enrolled(root, models.Enrollment.Role.PARTICIPANT, models.Enrollment.Status.WAITING)


def _project_of(page):
    parent = getattr(page, "_api_parent", None)
    if parent is None:
        parent = visible_pages(models.SharedProjectPage).filter(path=page.path[:-4]).first()
    return parent


@register_page_type(models.JournalEntryPage)
class JournalEntryPageType(PageFields, DescribedDjangoObjectType):
    class Meta:
        model = models.JournalEntryPage
        name = "JournalEntryPage"
        description = "Entrée du journal de bord d'un projet partagé."
        interfaces = PAGE_INTERFACES
        fields = (*PAGE_MODEL_FIELDS, "date", "summary")

    PREFETCHES = {"stage": ["stage"], "authorAuthority": ["author_authority"]}

    stage = graphene.Field(StageType, description="Étape à laquelle l'entrée se rattache.")
    author_authority = graphene.Field(
        LocalAuthorityType, description="Collectivité autrice (vide : experts ou ANCT)."
    )
    body, resolve_body = body_stream("body", "Contenu en blocs.")


@register_page_type(models.ActionPlanPage)
class ActionPlanPageType(PageFields, DescribedDjangoObjectType):
    class Meta:
        model = models.ActionPlanPage
        name = "ActionPlanPage"
        description = "Plan d'action d'une collectivité partie prenante, adopté par son exécutif."
        interfaces = PAGE_INTERFACES
        fields = (*PAGE_MODEL_FIELDS, "summary", "adoption_date", "deliberation_reference")

    PREFETCHES = {
        "localAuthority": ["local_authority"],
        "actions": ["actions"],
        "progress": ["actions"],
    }

    local_authority = graphene.Field(
        graphene.NonNull(LocalAuthorityType), description="Collectivité."
    )
    objectives, resolve_objectives = rich_text("objectives", "Objectifs.")
    success_criteria, resolve_success_criteria = rich_text(
        "success_criteria", "Critères de réussite."
    )
    actions, resolve_actions = related_list(ActionType, "actions", "Actions, dans l'ordre.")
    progress = graphene.Int(description="Avancement moyen des actions (hors abandonnées), en %.")
    body, resolve_body = body_stream("body", "Contenu en blocs.")

    def resolve_progress(root, info):
        return root.progress


class YearlyPlanType(PagePart, DescribedDjangoObjectType):
    class Meta:
        model = models.EngagementYearlyPlan
        name = "EngagementYearlyPlan"
        description = "Plan annuel d'accompagnement financé par l'ANCT (100 000 € au plus)."
        interfaces = (Node,)
        fields = ("id", "year_number", "training", "projects", "field_support")

    PAGE_FIELD = "track"

    budget = graphene.Float(required=True, description="Budget en euros.")

    def resolve_budget(root, info):
        return float(root.budget)


class MilestoneType(PagePart, DescribedDjangoObjectType):
    class Meta:
        model = models.EngagementMilestone
        name = "EngagementMilestone"
        description = "Jalon d'un accompagnement."
        interfaces = (Node,)
        fields = ("id", "date", "title", "deliverable", "done")

    PAGE_FIELD = "track"


class ReviewType(PagePart, DescribedDjangoObjectType):
    class Meta:
        model = models.EngagementReview
        name = "EngagementReview"
        description = "Bilan, supervision ou célébration d'un accompagnement."
        interfaces = (Node,)
        fields = ("id", "date", "summary")

    PAGE_FIELD = "track"

    kind = graphene.String(
        required=True, description="Nature : review, supervision ou celebration."
    )

    def resolve_kind(root, info):
        return root.kind


@register_page_type(models.EngagementTrackIndexPage)
class EngagementTrackIndexPageType(PageFields, DescribedDjangoObjectType):
    class Meta:
        model = models.EngagementTrackIndexPage
        name = "EngagementTrackIndexPage"
        description = "Rubrique Territoires d'engagement."
        interfaces = PAGE_INTERFACES
        fields = PAGE_MODEL_FIELDS

    intro, resolve_intro = rich_text("intro", "Introduction.")
    body, resolve_body = body_stream("body", "Contenu en blocs.")


@register_page_type(models.EngagementTrackPage)
class EngagementTrackPageType(PageFields, DescribedDjangoObjectType):
    class Meta:
        model = models.EngagementTrackPage
        name = "EngagementTrackPage"
        description = "Accompagnement Territoires d'engagement d'une collectivité, sur trois ans."
        interfaces = PAGE_INTERFACES
        fields = (
            *PAGE_MODEL_FIELDS,
            "summary",
            "start_date",
            "charter_signed_on",
            "local_contact",
            "steering_body",
        )

    local_authority = graphene.Field(
        graphene.NonNull(LocalAuthorityType), description="Collectivité accompagnée."
    )
    end_date = graphene.Date(description="Fin de l'accompagnement (trois ans après le début).")
    yearly_plans, resolve_yearly_plans = related_list(
        YearlyPlanType, "yearly_plans", "Plans annuels."
    )
    milestones, resolve_milestones = related_list(MilestoneType, "milestones", "Jalons.")
    reviews, resolve_reviews = related_list(ReviewType, "reviews", "Bilans.")
    body, resolve_body = body_stream("body", "Contenu en blocs.")

    def resolve_end_date(root, info):
        return root.end_date
