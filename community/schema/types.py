"""GraphQL types of peer exchange: threads, messages, the viewer's standing in a project."""

import graphene

from cms.api.pagination import connection_for, page_size_args, paginate
from cms.api.relay import Node, encode, resolve_global_id
from cms.schema.enums import choices_enum
from cms.schema.types import LocalAuthorityType
from community import models
from community.feeds import feed_url
from community.services import access
from community.services.messages import editable_by
from community.views import attachment_path
from projects.schema.types import JournalEntryPageType, SharedProjectPageType, StageType

ThreadKindEnum = choices_enum(
    models.Thread.Kind, "CommunityThreadKind", "Nature d'un fil d'échange entre pairs."
)
ThreadVisibilityEnum = choices_enum(
    models.Thread.Visibility,
    "CommunityThreadVisibility",
    "Qui lit un fil : les parties prenantes seulement, ou aussi les observatrices.",
)
FrequencyEnum = choices_enum(
    models.NotificationPreference.Frequency,
    "CommunityNotificationFrequency",
    "Quand une personne est prévenue des échanges de ses projets.",
)


class CommunityRole(graphene.Enum):
    class Meta:
        description = "Place de l'appelant dans un projet partagé."

    NONE = "none"
    OBSERVER = "observer"
    PARTICIPANT = "participant"
    EXPERT = "expert"
    ANCT = "anct"


def _viewer(info, project):
    """The caller's standing in `project`, computed once per request."""
    cache = info.context.__dict__.setdefault("_community_standings", {})
    if project.pk not in cache:
        viewer = access.standing(getattr(info.context, "user", None), project)
        viewer.project = project
        cache[project.pk] = viewer
    return cache[project.pk]


class CommunityStandingType(graphene.ObjectType):
    class Meta:
        name = "CommunityStanding"
        description = "Ce que l'appelant peut faire dans les échanges d'un projet partagé."

    role = graphene.Field(graphene.NonNull(CommunityRole), description="Sa place.")
    can_read = graphene.Boolean(required=True, description="Lit des fils du projet.")
    can_post = graphene.Boolean(required=True, description="Ouvre des fils et y répond.")
    moderates = graphene.Boolean(required=True, description="Masque et rétablit des messages.")
    local_authorities = graphene.List(
        graphene.NonNull(LocalAuthorityType),
        required=True,
        description="Collectivités du projet au nom desquelles il agit.",
    )

    feed_url = graphene.String(
        description=(
            "Adresse personnelle du flux Atom des fils ouverts aux observatrices (à ne pas "
            "partager) ; null pour qui ne lit rien du projet."
        )
    )

    def resolve_can_read(root, info):
        return root.can_read

    def resolve_feed_url(root, info):
        project = getattr(root, "project", None)
        return feed_url(info.context.user, project) if project is not None else None

    def resolve_can_post(root, info):
        return root.can_post

    def resolve_moderates(root, info):
        return root.moderates

    def resolve_local_authorities(root, info):
        return root.authorities


class CommunityAuthorType(graphene.ObjectType):
    class Meta:
        name = "CommunityAuthor"
        description = "Auteur d'un message : son nom et la collectivité qu'il représente."

    name = graphene.String(required=True, description="Nom affiché.")
    local_authority = graphene.Field(LocalAuthorityType, description="Collectivité représentée.")
    role = graphene.Field(
        graphene.NonNull(CommunityRole), description="Sa place dans le projet à ce jour."
    )

    def resolve_name(root, info):
        user = root["user"]
        if user is None:
            return "Compte supprimé"
        return user.get_full_name() or user.get_username()

    def resolve_local_authority(root, info):
        return root["authority"]

    def resolve_role(root, info):
        if root["authority"] is not None:
            return access.PARTICIPANT
        user, project = root["user"], root["project"]
        if user is None:
            return access.NONE
        cache = info.context.__dict__.setdefault("_community_author_roles", {})
        key = (user.pk, project.pk)
        if key not in cache:
            cache[key] = access.standing(user, project).role
        return cache[key]


def _author(user, authority, project):
    return {"user": user, "authority": authority, "project": project}


class CommunityMentionType(graphene.ObjectType):
    class Meta:
        name = "CommunityMention"
        description = "Collectivité ou personne citée avec « @ »."

    label = graphene.String(required=True, description="Nom cité.")
    local_authority = graphene.Field(LocalAuthorityType, description="Collectivité citée.")


class CommunityAttachmentType(graphene.ObjectType):
    class Meta:
        name = "CommunityAttachment"
        description = (
            "Fichier joint à un message (image ou document). Il ne se télécharge qu'à son adresse "
            "`url`, avec le jeton de l'appelant (`Authorization: Bearer …`), et seulement pour qui "
            "lit le fil."
        )

    id = graphene.ID(required=True, description="Identifiant global (`CommunityAttachment`).")
    title = graphene.String(required=True, description="Titre.")
    name = graphene.String(required=True, description="Nom du fichier.")
    url = graphene.String(
        required=True,
        description="Adresse absolue du téléchargement (avec le jeton de l'appelant).",
    )
    is_image = graphene.Boolean(required=True, description="Une image (sinon un document).")
    content_type = graphene.String(required=True, description="Type MIME, lu dans le contenu.")
    size = graphene.Int(required=True, description="Taille en octets.")

    def resolve_id(root, info):
        return encode("CommunityAttachment", root.pk)

    def resolve_url(root, info):
        return info.context.build_absolute_uri(attachment_path(root))

    def resolve_is_image(root, info):
        return root.kind == models.Attachment.Kind.IMAGE


class CommunityMessageType(graphene.ObjectType):
    class Meta:
        name = "CommunityMessage"
        description = (
            "Message d'un fil d'échange. Masqué par la modération : son texte n'est plus lu que "
            "des modérateurs."
        )
        interfaces = (Node,)

    resolve_id = staticmethod(resolve_global_id)

    @classmethod
    def get_node(cls, info, pk):
        message = models.Message.objects.select_related("thread__project").filter(pk=pk).first()
        if message and access.can_read_thread(
            info.context.user, message.thread, _viewer(info, message.thread.project)
        ):
            return message
        return None

    body = graphene.String(description="Texte brut, à afficher échappé ; null si masqué.")
    hidden = graphene.Boolean(required=True, description="Masqué par la modération.")
    hidden_reason = graphene.String(description="Motif du masquage (modérateurs seulement).")
    author = graphene.Field(graphene.NonNull(CommunityAuthorType), description="Auteur.")
    created_at = graphene.DateTime(required=True, description="Écrit le.")
    edited_at = graphene.DateTime(description="Dernière modification par l'auteur.")
    edit_count = graphene.Int(required=True, description="Nombre de modifications.")
    reply_to = graphene.ID(description="Identifiant global du message auquel il répond.")
    in_reply_to = graphene.Field(
        lambda: CommunityMessageType,
        description="Le message auquel il répond (même fil), pour le citer.",
    )
    mentions = graphene.List(
        graphene.NonNull(CommunityMentionType), required=True, description="Mentions."
    )
    attachments = graphene.List(
        graphene.NonNull(CommunityAttachmentType),
        required=True,
        description="Fichiers joints (vide si masqué, sauf pour les modérateurs).",
    )
    viewer_can_edit = graphene.Boolean(
        required=True, description="L'appelant peut encore le modifier (auteur, dans le délai)."
    )
    previous_versions = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Textes antérieurs aux modifications (modérateurs seulement).",
    )

    def _moderates(root, info):
        return _viewer(info, root.thread.project).moderates

    def resolve_body(root, info):
        if root.is_hidden and not CommunityMessageType._moderates(root, info):
            return None
        return root.body

    def resolve_hidden(root, info):
        return root.is_hidden

    def resolve_hidden_reason(root, info):
        return root.hidden_reason if CommunityMessageType._moderates(root, info) else None

    def resolve_author(root, info):
        return _author(root.author, root.author_authority, root.thread.project)

    def resolve_edit_count(root, info):
        return root.revisions.count()

    def resolve_reply_to(root, info):
        return encode("CommunityMessage", root.reply_to_id) if root.reply_to_id else None

    def resolve_mentions(root, info):
        return root.mentions.select_related("local_authority")

    def resolve_attachments(root, info):
        if root.is_hidden and not CommunityMessageType._moderates(root, info):
            return []
        return root.attachments.all()

    def resolve_in_reply_to(root, info):
        return root.reply_to

    def resolve_viewer_can_edit(root, info):
        return editable_by(root, info.context.user)

    def resolve_previous_versions(root, info):
        if not CommunityMessageType._moderates(root, info):
            return []
        return list(root.revisions.values_list("body", flat=True))


CommunityMessageConnection = connection_for(CommunityMessageType)


class CommunityThreadType(graphene.ObjectType):
    class Meta:
        name = "CommunityThread"
        description = (
            "Fil d'échange entre pairs d'un projet partagé : une question, une réussite, un "
            "obstacle, une solution ou une ressource partagée, et ses réponses."
        )
        interfaces = (Node,)

    resolve_id = staticmethod(resolve_global_id)

    @classmethod
    def get_node(cls, info, pk):
        thread = models.Thread.objects.select_related("project").filter(pk=pk).first()
        if thread and access.can_read_thread(
            info.context.user, thread, _viewer(info, thread.project)
        ):
            return thread
        return None

    project = graphene.Field(graphene.NonNull(SharedProjectPageType), description="Projet partagé.")
    kind = graphene.Field(graphene.NonNull(ThreadKindEnum), description="Nature.")
    title = graphene.String(required=True, description="Titre.")
    visibility = graphene.Field(graphene.NonNull(ThreadVisibilityEnum), description="Qui le lit.")
    stage = graphene.Field(StageType, description="Étape du projet à laquelle il se rattache.")
    journal_entry = graphene.Field(
        JournalEntryPageType, description="Entrée du journal à laquelle il se rattache."
    )
    author = graphene.Field(graphene.NonNull(CommunityAuthorType), description="Ouvert par.")
    created_at = graphene.DateTime(required=True, description="Ouvert le.")
    last_activity_at = graphene.DateTime(required=True, description="Dernier message.")
    resolved = graphene.Boolean(required=True, description="Question marquée « résolue ».")
    resolved_at = graphene.DateTime(description="Résolue le.")
    message_count = graphene.Int(required=True, description="Nombre de messages.")
    messages = graphene.Field(
        graphene.NonNull(CommunityMessageConnection),
        **page_size_args(),
        description="Messages, le premier (l'ouverture) d'abord.",
    )
    viewer_can_reply = graphene.Boolean(required=True, description="L'appelant peut répondre.")
    viewer_can_mark_resolved = graphene.Boolean(
        required=True, description="L'appelant peut marquer la question « résolue »."
    )

    def resolve_kind(root, info):
        return root.kind

    def resolve_visibility(root, info):
        return root.visibility

    def resolve_stage(root, info):
        return root.stage

    def resolve_journal_entry(root, info):
        entry = root.journal_entry
        return entry if entry is not None and entry.live else None

    def resolve_author(root, info):
        return _author(root.author, root.author_authority, root.project)

    def resolve_resolved(root, info):
        return root.is_resolved

    def resolve_message_count(root, info):
        count = getattr(root, "message_total", None)
        return count if count is not None else root.messages.count()

    def resolve_messages(root, info, first=None, after=None):
        queryset = (
            root.messages.select_related(
                "author",
                "author_authority",
                "thread__project",
                "reply_to__author",
                "reply_to__author_authority",
                "reply_to__thread__project",
            )
            .prefetch_related("attachments")
            .order_by("created_at", "pk")
        )
        return paginate(CommunityMessageConnection, queryset, first, after)

    def resolve_viewer_can_reply(root, info):
        return _viewer(info, root.project).can_post

    def resolve_viewer_can_mark_resolved(root, info):
        viewer = _viewer(info, root.project)
        return root.kind == models.Thread.Kind.QUESTION and (
            viewer.moderates or root.author_id == getattr(info.context.user, "pk", None)
        )


CommunityThreadConnection = connection_for(CommunityThreadType)
