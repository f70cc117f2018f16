"""Submitting and moderating through the API; the rules are in `workflows.services`."""

from types import SimpleNamespace

import graphene

from cms.api.mutations import BaseMutation
from cms.api.uploads import Upload
from workflows import services
from workflows.schema import actors, arguments, identity
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


class ImageUploadInput(graphene.InputObjectType):
    class Meta:
        description = (
            "Une image envoyée avec la contribution (JPEG, PNG ou WebP ; taille et nombre de "
            "pixels limités)."
        )

    file = Upload(required=True, description="Le fichier (requête multipart/form-data).")
    alt_text = graphene.String(description="Texte alternatif ; vide si l'image est décorative.")
    caption = graphene.String(description="Légende.")
    credit = graphene.String(description="Crédit (auteur, droits).")


class DocumentUploadInput(graphene.InputObjectType):
    class Meta:
        description = "Un document envoyé avec la contribution (PDF, ODT, ODS, DOCX, XLSX, CSV)."

    file = Upload(required=True, description="Le fichier (requête multipart/form-data).")
    title = graphene.String(description="Titre affiché.")
    description = graphene.String(description="Courte description.")


class _CommonInput:
    image = ImageUploadInput(description="Image principale.")
    images = graphene.List(
        graphene.NonNull(ImageUploadInput),
        description="Galerie : images ajoutées à la suite du texte, dans l'ordre.",
    )
    documents = graphene.List(
        graphene.NonNull(DocumentUploadInput),
        description="Documents ajoutés à la suite du texte, dans l'ordre.",
    )
    title = graphene.String(description=TITLE)
    summary = graphene.String(description=SUMMARY)
    body = graphene.String(description=BODY)
    body_format = BodyFormatEnum(description="Format de `body` (TEXT par défaut).")
    local_authority = graphene.ID(description=AUTHORITY)
    themes = graphene.List(graphene.NonNull(graphene.ID), description=THEMES)
    territory_types = graphene.List(graphene.NonNull(graphene.ID), description=TERRITORY_TYPES)


ORGANISATION_ID = (
    "Proposer au nom d'une organisation (identifiant global `Organisation.id`) plutôt que d'une "
    "collectivité : il faut en être membre approuvé, et l'organisation vérifiée et non bloquée."
)


class ExperienceSubmissionInput(_CommonInput, graphene.InputObjectType):
    class Meta:
        description = "Une expérience territoriale proposée par une collectivité."

    organisation_id = graphene.ID(description=ORGANISATION_ID)

    participation_level = graphene.Int(
        description="Niveau de participation sur l'échelle d'Arnstein, de 1 à 8 (obligatoire)."
    )


class ResourceSubmissionInput(_CommonInput, graphene.InputObjectType):
    class Meta:
        description = "Une ressource proposée par une collectivité."

    organisation_id = graphene.ID(description=ORGANISATION_ID)

    resource_type = graphene.String(
        description="Type : study, guide, tool, article ou video (obligatoire)."
    )
    external_url = graphene.String(
        description="Lien vers la ressource (obligatoire sans fichier `document`)."
    )
    document = DocumentUploadInput(description="Le fichier de la ressource.")
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
    document = DocumentUploadInput(description="Ressources : le fichier (remplace l'actuel).")
    remove_file_ids = graphene.List(
        graphene.NonNull(graphene.ID),
        description="Fichiers à retirer de la contribution (`SubmissionFile.id` lus dans "
        "`files`) ; un fichier qui n'y est pas joint est refusé (FILE_NOT_IN_SUBMISSION).",
    )


class SubmitExperience(BaseMutation):
    class Meta:
        description = (
            "Proposer une expérience au nom de sa collectivité : un brouillon est créé et part "
            "en modération ; il n'est publié qu'après approbation de l'ANCT."
        )

    class Arguments:
        input = ExperienceSubmissionInput(required=True, description="L'expérience.")
        idempotency_key = graphene.String(
            description="Clé choisie par le client pour cet envoi (un UUID) : renvoyée dans les "
            "24 h par le même utilisateur, elle rend la première contribution au lieu d'en créer "
            "une seconde (double clic, nouvel essai après une coupure)."
        )

    submission = graphene.Field(SubmissionType, description="La contribution créée.")

    @classmethod
    def perform(cls, root, info, input, idempotency_key=None):
        user = info.context.user
        data = arguments.submission_input(user, input)
        return {
            "submission": services.submit_experience(user, data, idempotency_key=idempotency_key)
        }


class SubmitResource(BaseMutation):
    class Meta:
        description = (
            "Proposer une ressource au nom de sa collectivité : un brouillon est créé et part en "
            "modération ; il n'est publié qu'après approbation de l'ANCT."
        )

    class Arguments:
        input = ResourceSubmissionInput(required=True, description="La ressource.")
        idempotency_key = graphene.String(
            description="Clé choisie par le client pour cet envoi (un UUID) : renvoyée dans les "
            "24 h par le même utilisateur, elle rend la première contribution au lieu d'en créer "
            "une seconde (double clic, nouvel essai après une coupure)."
        )

    submission = graphene.Field(SubmissionType, description="La contribution créée.")

    @classmethod
    def perform(cls, root, info, input, idempotency_key=None):
        user = info.context.user
        data = arguments.submission_input(user, input)
        return {"submission": services.submit_resource(user, data, idempotency_key=idempotency_key)}


class RevisionFieldChangeType(graphene.ObjectType):
    class Meta:
        name = "RevisionFieldChange"
        description = "Un champ qui diffère entre la version de départ et la version enregistrée."

    field = graphene.String(required=True, description="Champ de l'entrée (camelCase).")
    label = graphene.String(required=True, description="Libellé du champ, en français.")
    base = graphene.String(description="Valeur dans la version de départ (texte brut).")
    current = graphene.String(description="Valeur dans la version enregistrée (texte brut).")

    def resolve_field(root, info):
        head, *rest = root["field"].split("_")
        return head + "".join(part.capitalize() for part in rest)

    def resolve_label(root, info):
        return root["label"]

    def resolve_base(root, info):
        return root["base"]

    def resolve_current(root, info):
        return root["current"]


class RevisionConflictType(graphene.ObjectType):
    class Meta:
        name = "RevisionConflict"
        description = (
            "Une version a été enregistrée depuis `baseRevisionId` : de quoi proposer « garder ma "
            "version » (renvoyer la sienne avec `currentRevisionId`) ou « reprendre la leur »."
        )

    current_revision_id = graphene.ID(
        required=True, description="Version enregistrée : le nouveau `baseRevisionId`."
    )
    saved_by = graphene.String(description="Auteur de la version enregistrée.")
    saved_at = graphene.DateTime(description="Date de la version enregistrée.")
    changes = graphene.List(
        graphene.NonNull(RevisionFieldChangeType),
        required=True,
        description="Champs qui diffèrent de la version de départ.",
    )

    def resolve_current_revision_id(root, info):
        return root.current.pk

    def resolve_saved_by(root, info):
        user = root.current.user
        return (user.get_full_name() or user.get_username()) if user else None

    def resolve_saved_at(root, info):
        return root.current.created_at

    def resolve_changes(root, info):
        return root.changes


class UpdateSubmission(BaseMutation):
    class Meta:
        description = (
            "Modifier une contribution et la soumettre à nouveau (elle repart en modération). "
            "Refusé (REVISION_CONFLICT, avec `conflict`) si une autre version a été enregistrée "
            "depuis `baseRevisionId` : rien n'est écrasé ni enregistré."
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
    conflict = graphene.Field(
        RevisionConflictType,
        description="REVISION_CONFLICT : la version enregistrée entre-temps et ce qui diffère.",
    )

    @classmethod
    def refusal_output(cls, exc):
        if isinstance(exc, services.RevisionConflict):
            # Not the exception itself: graphql-core raises any Exception a resolver returns.
            return {"conflict": SimpleNamespace(current=exc.current, changes=exc.changes)}
        return {}

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


class Mutation(identity.Mutation, actors.Mutation):
    submit_experience = SubmitExperience.Field()
    submit_resource = SubmitResource.Field()
    update_submission = UpdateSubmission.Field()
    moderate = Moderate.Field()
