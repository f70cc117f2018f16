"""Submitting and moderating through the API; the rules are in `workflows.services`."""

import graphene

from cms.api.mutations import BaseMutation
from workflows import services
from workflows.schema import arguments, identity
from workflows.schema.types import (
    BodyFormatEnum,
    ChangeReasonEnum,
    ModerationActionEnum,
    SubmissionType,
)

TITLE = "Titre (obligatoire, 255 caractères au plus ; le HTML est retiré)."
SUMMARY = "Résumé (obligatoire, 800 caractères au plus ; le HTML est retiré)."
BODY = "Récit : texte brut ou HTML selon `bodyFormat` ; le HTML est nettoyé."
AUTHORITY = (
    "Votre collectivité (identifiant global `LocalAuthority.id`) ; facultatif si vous n'en "
    "représentez qu'une."
)
THEMES = "Thématiques (identifiants globaux `Theme.id`)."
TERRITORY_TYPES = "Types de territoire (identifiants globaux `TerritoryType.id`)."


class _CommonInput:
    title = graphene.String(description=TITLE)
    summary = graphene.String(description=SUMMARY)
    body = graphene.String(description=BODY)
    body_format = BodyFormatEnum(description="Format de `body` (TEXT par défaut).")
    local_authority = graphene.ID(description=AUTHORITY)
    themes = graphene.List(graphene.NonNull(graphene.ID), description=THEMES)
    territory_types = graphene.List(graphene.NonNull(graphene.ID), description=TERRITORY_TYPES)


class ExperienceSubmissionInput(_CommonInput, graphene.InputObjectType):
    class Meta:
        description = "Une expérience territoriale proposée par une collectivité."

    participation_level = graphene.Int(
        description="Niveau de participation sur l'échelle d'Arnstein, de 1 à 8 (obligatoire)."
    )


class ResourceSubmissionInput(_CommonInput, graphene.InputObjectType):
    class Meta:
        description = "Une ressource proposée par une collectivité."

    resource_type = graphene.String(
        description="Type : study, guide, tool, article ou video (obligatoire)."
    )
    external_url = graphene.String(description="Lien vers la ressource (obligatoire).")
    organisation = graphene.String(description="Organisme auteur.")
    authors = graphene.String(description="Auteurs.")


class SubmissionUpdateInput(_CommonInput, graphene.InputObjectType):
    class Meta:
        description = "Les champs à changer (les autres restent tels quels)."

    participation_level = graphene.Int(description="Expériences : niveau de participation (1 à 8).")
    resource_type = graphene.String(description="Ressources : type.")
    external_url = graphene.String(description="Ressources : lien.")
    organisation = graphene.String(description="Ressources : organisme auteur.")
    authors = graphene.String(description="Ressources : auteurs.")


class SubmitExperience(BaseMutation):
    class Meta:
        description = (
            "Proposer une expérience au nom de sa collectivité : un brouillon est créé et part "
            "en modération ; il n'est publié qu'après approbation de l'ANCT."
        )

    class Arguments:
        input = ExperienceSubmissionInput(required=True, description="L'expérience.")

    submission = graphene.Field(SubmissionType, description="La contribution créée.")

    @classmethod
    def perform(cls, root, info, input):
        user = info.context.user
        data = arguments.submission_input(user, input)
        return {"submission": services.submit_experience(user, data)}


class SubmitResource(BaseMutation):
    class Meta:
        description = (
            "Proposer une ressource au nom de sa collectivité : un brouillon est créé et part en "
            "modération ; il n'est publié qu'après approbation de l'ANCT."
        )

    class Arguments:
        input = ResourceSubmissionInput(required=True, description="La ressource.")

    submission = graphene.Field(SubmissionType, description="La contribution créée.")

    @classmethod
    def perform(cls, root, info, input):
        user = info.context.user
        data = arguments.submission_input(user, input)
        return {"submission": services.submit_resource(user, data)}


class UpdateSubmission(BaseMutation):
    class Meta:
        description = (
            "Modifier une contribution et la soumettre à nouveau. Refusé (CONFLICT) si une autre "
            "version a été enregistrée depuis `baseRevisionId` : rien n'est écrasé."
        )

    class Arguments:
        id = graphene.ID(
            required=True, description="La contribution (identifiant global `Submission.id`)."
        )
        base_revision_id = graphene.ID(
            required=True, description="Version de départ (`latestRevisionId` lu auparavant)."
        )
        input = SubmissionUpdateInput(required=True, description="Les champs à changer.")

    submission = graphene.Field(SubmissionType, description="La contribution modifiée.")

    @classmethod
    def perform(cls, root, info, id, base_revision_id, input):
        user = info.context.user
        page, _ = services.update_submission(
            user,
            arguments.submission_pk(id),
            base_revision_id,
            arguments.submission_input(user, input),
        )
        return {"submission": page}


class Moderate(BaseMutation):
    class Meta:
        description = (
            "Décision d'un modérateur sur l'étape en cours d'une contribution (ou d'un plan "
            "d'action) : approuver, demander des modifications (commentaire obligatoire) ou refuser."
        )

    class Arguments:
        submission = graphene.ID(
            required=True, description="La contribution (identifiant global `Submission.id`)."
        )
        action = ModerationActionEnum(required=True, description="La décision.")
        comment = graphene.String(
            description="Commentaire ; obligatoire pour REQUEST_CHANGES et REJECT."
        )
        reasons = graphene.List(
            graphene.NonNull(ChangeReasonEnum),
            description="REQUEST_CHANGES : motifs cochés (OTHER par défaut).",
        )
        adoption_date = graphene.Date(
            description="Adoption d'un plan d'action : date de la délibération."
        )
        deliberation_reference = graphene.String(
            description="Adoption d'un plan d'action : référence de la délibération."
        )

    submission = graphene.Field(SubmissionType, description="La contribution, après décision.")

    @classmethod
    def perform(
        cls,
        root,
        info,
        submission,
        action,
        comment=None,
        reasons=None,
        adoption_date=None,
        deliberation_reference=None,
    ):
        extra = {}
        if adoption_date is not None or deliberation_reference is not None:
            extra = {
                "adoption_date": adoption_date,
                "deliberation_reference": deliberation_reference,
            }
        page, _ = services.moderate(
            info.context.user,
            arguments.submission_pk(submission, "submission"),
            getattr(action, "value", action),
            comment or "",
            [getattr(r, "value", r) for r in reasons] if reasons else None,
            **extra,
        )
        return {"submission": page}


class Mutation(identity.Mutation):
    submit_experience = SubmitExperience.Field()
    submit_resource = SubmitResource.Field()
    update_submission = UpdateSubmission.Field()
    moderate = Moderate.Field()
