"""GraphQL types of moderation: a submission as its submitter (or a moderator) sees it."""

import graphene
from django.utils import translation

from cms import organisations
from cms.api.errors import ApiError
from cms.api.relay import Node, encode, resolve_global_id
from cms.models import LocalAuthority
from cms.schema.enums import choices_enum
from cms.schema.types import LocalAuthorityType, OrganisationType
from workflows import services
from workflows.models import CHANGE_REASONS, Submission

SubmissionStatusEnum = choices_enum(
    services.SubmissionStatus, "SubmissionStatus", "Où en est une contribution."
)
ModerationActionEnum = choices_enum(
    services.ModerationAction, "ModerationAction", "Décision d'un modérateur sur l'étape en cours."
)
BodyFormatEnum = choices_enum(
    services.BodyFormat, "BodyFormat", "Format du texte envoyé dans `body`."
)

STATUS_LABELS = {
    services.DRAFT: "Brouillon",
    services.IN_REVIEW: "En cours de modération",
    services.CHANGES_REQUESTED: "Modifications demandées",
    services.PUBLISHED: "Publiée",
    services.REJECTED: "Refusée",
    services.WITHDRAWN: "Modération annulée",
}

ChangeReasonEnum = graphene.Enum(
    "ChangeReason",
    [(code.upper(), code) for code, _ in CHANGE_REASONS],
    description="Motif d'une demande de modifications : "
    + " ; ".join(f"{code.upper()} = {label}" for code, label in CHANGE_REASONS),
)


class ModerationCommentType(graphene.ObjectType):
    class Meta:
        name = "ModerationComment"
        description = "Commentaire laissé par un relecteur ou un modérateur."

    task = graphene.String(required=True, description="Étape du circuit.")
    status = graphene.String(
        required=True,
        description="Issue de l'étape : approved, rejected (modifications demandées), cancelled…",
    )
    author = graphene.String(required=True, description="Nom du relecteur.")
    comment = graphene.String(required=True, description="Commentaire, motifs compris.")
    status_label = graphene.String(
        required=True,
        description="Issue de l'étape, en français : « Modifications demandées » (jamais « Rejeté » "
        "pour une demande de modifications), « Approuvé », « Refusé définitivement »…",
    )
    reasons = graphene.List(
        graphene.NonNull(graphene.String), required=True, description="Motifs cochés (libellés)."
    )
    reason_codes = graphene.List(
        graphene.NonNull(ChangeReasonEnum),
        required=True,
        description="Motifs cochés (codes), dans l'ordre de `reasons`.",
    )
    created_at = graphene.DateTime(description="Date du commentaire.")


class HistoryEntryType(graphene.ObjectType):
    class Meta:
        name = "SubmissionHistoryEntry"
        description = "Une étape de l'historique d'une contribution (journal d'audit)."

    action = graphene.String(
        required=True, description="Code de l'action, ex. wagtail.workflow.approve."
    )
    label = graphene.String(required=True, description="Libellé de l'action, en français.")
    user = graphene.String(description="Auteur de l'action.")
    timestamp = graphene.DateTime(required=True, description="Date de l'action.")

    def resolve_action(root, info):
        return root.action

    def resolve_label(root, info):
        if root.action == "wagtail.workflow.reject":
            return "Modifications demandées"
        with translation.override("fr"):
            return str(root.label)

    def resolve_user(root, info):
        return root.user.get_username() if root.user else None


SubmissionFileKindEnum = graphene.Enum(
    "SubmissionFileKind",
    [("IMAGE", "image"), ("DOCUMENT", "document")],
    description="Nature d'un fichier joint : image ou document.",
)
SubmissionFilePlaceEnum = graphene.Enum(
    "SubmissionFilePlace",
    [("MAIN", "MAIN"), ("BODY", "BODY")],
    description="Où est le fichier : MAIN = image principale ou fichier de la ressource ; "
    "BODY = à la suite du texte (galerie, documents).",
)


class SubmissionFileType(graphene.ObjectType):
    class Meta:
        name = "SubmissionFile"
        description = "Un fichier joint à la dernière version d'une contribution."

    id = graphene.ID(
        required=True,
        description="Identifiant global du fichier (`Image.id` ou `Document.id`) : ce que "
        "`removeFileIds` de `updateSubmission` attend.",
    )
    kind = graphene.Field(
        graphene.NonNull(SubmissionFileKindEnum), description="Image ou document."
    )
    place = graphene.Field(graphene.NonNull(SubmissionFilePlaceEnum), description="Emplacement.")
    title = graphene.String(required=True, description="Titre du fichier.")
    file_name = graphene.String(required=True, description="Nom du fichier enregistré.")
    alt_text = graphene.String(description="Images du texte : texte alternatif.")
    caption = graphene.String(description="Images du texte : légende.")

    def resolve_id(root, info):
        return encode("Image" if root["kind"] == "image" else "Document", root["file"].pk)

    def resolve_kind(root, info):
        return root["kind"]

    def resolve_place(root, info):
        return root["place"]

    def resolve_title(root, info):
        return root["file"].title

    def resolve_file_name(root, info):
        return root["file"].file.name.rsplit("/", 1)[-1]

    def resolve_alt_text(root, info):
        return root["block"].get("alt_text") or None

    def resolve_caption(root, info):
        return root["block"].get("caption") or None


class SubmissionType(graphene.ObjectType):
    class Meta:
        name = "Submission"
        description = "Contribution d'une collectivité (expérience ou ressource) et sa modération."
        interfaces = (Node,)

    resolve_id = staticmethod(resolve_global_id)

    @classmethod
    def get_node(cls, info, pk):
        page = services.visible_submission(getattr(info.context, "user", None), pk)
        return services.load_submission_details([page])[0] if page is not None else None

    title = graphene.String(required=True, description="Titre de la dernière version.")
    content_type = graphene.String(
        required=True, description="Type de contenu : ExperiencePage, ResourcePage…"
    )
    status = graphene.Field(
        graphene.NonNull(SubmissionStatusEnum), description="Statut de modération."
    )
    status_label = graphene.String(
        required=True,
        description="Statut de modération, en français (« Modifications demandées »…).",
    )
    changes_requested = graphene.Field(
        ModerationCommentType,
        description="Statut CHANGES_REQUESTED : la demande de modifications (motifs, commentaire, "
        "auteur, date, étape) ; null sinon.",
    )
    workflow = graphene.String(description="Circuit de modération en cours ou le dernier.")
    current_task = graphene.String(description="Étape en cours (null hors modération).")
    comments = graphene.List(
        graphene.NonNull(ModerationCommentType),
        required=True,
        description="Commentaires des relecteurs et modérateurs, du plus ancien au plus récent.",
    )
    latest_revision_id = graphene.ID(
        description="Version à citer dans `updateSubmission(baseRevisionId)`."
    )
    local_authority = graphene.Field(LocalAuthorityType, description="Collectivité.")
    organisation = graphene.Field(
        OrganisationType,
        description="Organisation au nom de laquelle la contribution est proposée ; null sinon.",
    )
    live = graphene.Boolean(required=True, description="Publiée (une version est en ligne).")
    history = graphene.List(
        graphene.NonNull(HistoryEntryType),
        required=True,
        description="Historique complet (journal d'audit), du plus ancien au plus récent.",
    )
    summary = graphene.String(description="Résumé de la dernière version.")
    body = graphene.String(
        description="Récit de la dernière version en texte brut (une ligne vide entre les "
        "paragraphes) : ce que `updateSubmission(input: {body})` reprend tel quel."
    )
    participation_level = graphene.Int(
        description="Expériences : niveau de participation de la dernière version (1 à 8)."
    )
    resource_type = graphene.String(description="Ressources : type de la dernière version.")
    external_url = graphene.String(description="Ressources : lien de la dernière version.")
    resource_organisation = graphene.String(
        description="Ressources : organisme auteur de la dernière version (texte libre)."
    )
    authors = graphene.String(description="Ressources : auteurs.")
    files = graphene.List(
        graphene.NonNull(SubmissionFileType),
        required=True,
        description="Fichiers de la dernière version : image principale, fichier de la "
        "ressource, images et documents à la suite du texte (un nouveau texte les garde).",
    )

    @staticmethod
    def _draft_value(root, name):
        value = services.draft_of(root).get(name)
        return value if value not in ("", None) else None

    def resolve_summary(root, info):
        return SubmissionType._draft_value(root, "summary")

    def resolve_body(root, info):
        return services.body_text(root)

    def resolve_participation_level(root, info):
        return SubmissionType._draft_value(root, "participation_level")

    def resolve_resource_type(root, info):
        return SubmissionType._draft_value(root, "resource_type")

    def resolve_external_url(root, info):
        return SubmissionType._draft_value(root, "external_url")

    def resolve_resource_organisation(root, info):
        return SubmissionType._draft_value(root, "organisation")

    def resolve_authors(root, info):
        return SubmissionType._draft_value(root, "authors")

    def resolve_files(root, info):
        return services.files_of(root)

    @staticmethod
    def _state(root):
        if not hasattr(root, "_workflow_state"):
            root._workflow_state = services.latest_workflow_state(root)
        return root._workflow_state

    def resolve_title(root, info):
        if hasattr(root, "_latest_title"):
            return root._latest_title
        revision = root.latest_revision
        return revision.object_str if revision and revision.object_str else root.title

    def resolve_content_type(root, info):
        return type(root).__name__

    def resolve_status(root, info):
        return services.status_of(root, SubmissionType._state(root))

    def resolve_status_label(root, info):
        return STATUS_LABELS[services.status_of(root, SubmissionType._state(root))]

    def resolve_changes_requested(root, info):
        if services.status_of(root, SubmissionType._state(root)) != services.CHANGES_REQUESTED:
            return None
        requests = [c for c in services.comments_of(root) if c["status"] == "rejected"]
        return ModerationCommentType(**requests[-1]) if requests else None

    def resolve_workflow(root, info):
        state = SubmissionType._state(root)
        return state.workflow.name if state else None

    def resolve_current_task(root, info):
        state = SubmissionType._state(root)
        if state and state.status == state.STATUS_IN_PROGRESS and state.current_task_state:
            return state.current_task_state.task.name
        return None

    def resolve_comments(root, info):
        return [ModerationCommentType(**comment) for comment in services.comments_of(root)]

    def resolve_latest_revision_id(root, info):
        return root.latest_revision_id

    def resolve_organisation(root, info):
        if hasattr(root, "_organisation"):
            return root._organisation
        submission = (
            Submission.objects.filter(page_id=root.pk).select_related("organisation").first()
        )
        return submission.organisation if submission else None

    def resolve_local_authority(root, info):
        if hasattr(root, "_authority"):
            return root._authority
        submission = (
            Submission.objects.filter(page_id=root.pk).select_related("local_authority").first()
        )
        if submission:
            return submission.local_authority
        from workflows.permissions import page_authority_ids

        return LocalAuthority.objects.filter(pk__in=page_authority_ids(root)).first()

    def resolve_history(root, info):
        return services.history_of(root)


class MeType(graphene.ObjectType):
    class Meta:
        name = "Me"
        description = (
            "L'utilisateur du jeton : ses collectivités, ses contributions, sa file de modération."
        )

    username = graphene.String(required=True, description="Identifiant de connexion.")
    first_name = graphene.String(required=True, description="Prénom.")
    last_name = graphene.String(required=True, description="Nom.")
    local_authorities = graphene.List(
        graphene.NonNull(LocalAuthorityType),
        required=True,
        description="Collectivités au nom desquelles l'utilisateur contribue (rattachements approuvés).",
    )
    submissions = graphene.List(
        graphene.NonNull(SubmissionType),
        required=True,
        description="Contributions de l'utilisateur et de ses collectivités, les plus récentes d'abord.",
    )
    moderation_queue = graphene.List(
        graphene.NonNull(SubmissionType),
        required=True,
        description="Contenus dont l'étape en cours attend une décision de l'utilisateur.",
    )

    def resolve_username(root, info):
        return root.get_username()

    ballots = graphene.List(
        graphene.NonNull("projects.schema.participation.BallotType"),
        required=True,
        campaign=graphene.ID(
            description="Campagne (identifiant global `VotingCampaign.id`) ; par défaut celle "
            "du classement (`themeRanking`) : l'ouverte, sinon la dernière ouverte."
        ),
        description="Vos votes dans la campagne, une entrée par collectivité au nom de laquelle "
        "vous agissez : `votesLeft` et `myVotes`, à lire avec `themeRanking`.",
    )

    def resolve_ballots(root, info, campaign=None):
        from projects import services as projects_services
        from projects.schema import arguments as projects_arguments

        try:
            return projects_services.ballots(root, projects_arguments.campaign(campaign))
        except projects_services.ServiceError as error:
            raise ApiError(error.message, error.code) from error

    memberships = graphene.List(
        graphene.NonNull("workflows.schema.identity.MembershipType"),
        required=True,
        description="Rattachements aux collectivités, avec leur état (en attente, approuvé, refusé).",
    )

    organisations = graphene.List(
        graphene.NonNull("cms.schema.types.OrganisationType"),
        required=True,
        description="Organisations au nom desquelles l'utilisateur agit (demandes approuvées).",
    )
    organisation_memberships = graphene.List(
        graphene.NonNull("workflows.schema.actors.OrganisationMembershipType"),
        required=True,
        description="Demandes pour agir au nom d'organisations, avec leur état.",
    )

    def resolve_organisations(root, info):
        return [
            m.organisation for m in organisations.memberships_of(root) if m.status == "approved"
        ]

    def resolve_organisation_memberships(root, info):
        return organisations.memberships_of(root)

    def resolve_local_authorities(root, info):
        return LocalAuthority.objects.filter(
            memberships__user=root, memberships__status="approved"
        ).order_by("name")

    def resolve_memberships(root, info):
        from workflows.schema.identity import memberships_of

        return memberships_of(root)

    def resolve_submissions(root, info):
        return services.load_submission_details(services.submissions_of(root)[:200])

    def resolve_moderation_queue(root, info):
        return services.load_submission_details(services.moderation_queue(root))
