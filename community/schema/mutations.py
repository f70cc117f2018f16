"""Mutations of peer exchange. Each delegates to `community.services`, which checks who acts
and the rules, and raises typed French refusals; nothing is changed on refusal."""

import graphene

from cms.api.mutations import BaseMutation
from cms.api.uploads import Upload
from community import services
from community.schema import arguments, types

THREAD = "Fil d'échange (identifiant global `CommunityThread.id`)."
MESSAGE = "Message (identifiant global `CommunityMessage.id`)."
AUTHORITY = (
    "Collectivité partie prenante au nom de laquelle vous écrivez (identifiant global "
    "`LocalAuthority.id`) ; facultatif si vous n'en représentez qu'une dans le projet."
)
BODY = (
    "Texte brut (le HTML est retiré) ; citez une collectivité ou une personne du projet avec "
    "@Nom ou @[Nom en plusieurs mots]."
)


def _user(info):
    return info.context.user


class AttachmentInput(graphene.InputObjectType):
    class Meta:
        name = "CommunityAttachmentInput"
        description = (
            "Un fichier joint : image (JPEG, PNG, WebP) ou document (PDF, ODT, ODS, DOCX, XLSX, "
            "CSV), le type lu dans le contenu ; mêmes limites que les contributions."
        )

    file = Upload(required=True, description="Le fichier (requête multipart/form-data).")
    title = graphene.String(description="Titre affiché.")


def _attachments_arg():
    return graphene.List(graphene.NonNull(AttachmentInput), description="Fichiers joints.")


class OpenThread(BaseMutation):
    class Meta:
        description = (
            "Ouvrir un fil d'échange dans un projet partagé (parties prenantes, experts, ANCT)."
        )

    class Arguments:
        project = graphene.ID(required=True, description="Projet partagé (`SharedProjectPage.id`).")
        kind = graphene.Argument(
            graphene.NonNull(types.ThreadKindEnum), description="Nature du fil."
        )
        title = graphene.String(required=True, description="Titre (200 caractères au plus).")
        body = graphene.String(required=True, description=BODY)
        visibility = graphene.Argument(
            types.ThreadVisibilityEnum,
            description="Qui le lit ; par défaut les parties prenantes seulement.",
        )
        stage = graphene.ID(description="Étape du projet (`SharedProjectStage.id`).")
        journal_entry = graphene.ID(description="Entrée du journal (`JournalEntryPage.id`).")
        local_authority = graphene.ID(description=AUTHORITY)
        attachments = _attachments_arg()

    thread = graphene.Field(types.CommunityThreadType, description="Le fil ouvert.")

    @classmethod
    def perform(cls, root, info, project, kind, title, body, **options):
        visibility = options.get("visibility")
        thread = services.open_thread(
            _user(info),
            arguments.project(project),
            kind=arguments.enum_value(kind),
            title=title,
            body=body,
            visibility=arguments.enum_value(visibility) if visibility else "participants",
            stage=arguments.stage(options.get("stage")),
            journal_entry=arguments.journal_entry(options.get("journal_entry")),
            local_authority=arguments.local_authority(options.get("local_authority")),
            attachments=arguments.attachments(options.get("attachments")),
        )
        return {"thread": thread}


class Reply(BaseMutation):
    class Meta:
        description = "Répondre dans un fil d'échange, éventuellement à l'un de ses messages."

    class Arguments:
        thread = graphene.ID(required=True, description=THREAD)
        body = graphene.String(required=True, description=BODY)
        reply_to = graphene.ID(description=f"{MESSAGE} auquel vous répondez.")
        local_authority = graphene.ID(description=AUTHORITY)
        attachments = _attachments_arg()

    message = graphene.Field(types.CommunityMessageType, description="La réponse publiée.")

    @classmethod
    def perform(cls, root, info, thread, body, reply_to=None, local_authority=None, **options):
        user = _user(info)
        message = services.reply(
            user,
            arguments.thread(thread, user),
            body=body,
            reply_to=arguments.message(reply_to, user, "reply_to"),
            local_authority=arguments.local_authority(local_authority),
            attachments=arguments.attachments(options.get("attachments")),
        )
        return {"message": message}


class EditMessage(BaseMutation):
    class Meta:
        description = (
            "Modifier son message dans le délai permis (30 minutes par défaut) ; le texte "
            "précédent est conservé."
        )

    class Arguments:
        message = graphene.ID(required=True, description=MESSAGE)
        body = graphene.String(required=True, description=BODY)

    message = graphene.Field(types.CommunityMessageType, description="Le message modifié.")

    @classmethod
    def perform(cls, root, info, message, body):
        user = _user(info)
        edited = services.edit_message(user, arguments.message(message, user), body=body)
        return {"message": edited}


class MarkResolved(BaseMutation):
    class Meta:
        description = "Marquer une question « résolue » (ou la rouvrir) : son auteur ou l'ANCT."

    class Arguments:
        thread = graphene.ID(required=True, description=THREAD)
        resolved = graphene.Boolean(description="Faux pour rouvrir ; vrai par défaut.")

    thread = graphene.Field(types.CommunityThreadType, description="Le fil.")

    @classmethod
    def perform(cls, root, info, thread, resolved=True):
        user = _user(info)
        marked = services.mark_resolved(
            user, arguments.thread(thread, user), resolved=resolved is not False
        )
        return {"thread": marked}


class ReportMessage(BaseMutation):
    class Meta:
        description = "Signaler un message à la modération de l'ANCT (tout lecteur, une fois)."

    class Arguments:
        message = graphene.ID(required=True, description=MESSAGE)
        reason = graphene.String(required=True, description="Motif du signalement.")

    reported = graphene.Boolean(description="Le signalement est enregistré.")

    @classmethod
    def perform(cls, root, info, message, reason):
        user = _user(info)
        services.report_message(user, arguments.message(message, user), reason=reason)
        return {"reported": True}


class _ModerateMessage(BaseMutation):
    """Hide or restore: the same arguments, the same answer, one service."""

    hidden = None

    class Meta:
        abstract = True

    class Arguments:
        message = graphene.ID(required=True, description=MESSAGE)
        reason = graphene.String(required=True, description="Motif, consigné au journal d'audit.")

    message = graphene.Field(types.CommunityMessageType, description="Le message.")

    @classmethod
    def perform(cls, root, info, message, reason):
        user = _user(info)
        found = arguments.message(message, user)
        return {
            "message": services.set_hidden(user, found, hidden=cls.hidden, reason=reason),
        }


class HideMessage(_ModerateMessage):
    hidden = True

    class Meta:
        description = "Modérateurs de l'ANCT : masquer un message, avec un motif (journal d'audit)."


class RestoreMessage(_ModerateMessage):
    hidden = False

    class Meta:
        description = "Modérateurs de l'ANCT : rétablir un message masqué, avec un motif."


class SetCommunityNotifications(BaseMutation):
    class Meta:
        description = (
            "Choisir quand être prévenu des échanges de ses projets : à chaque message, dans le "
            "récapitulatif hebdomadaire (par défaut) ou jamais."
        )

    class Arguments:
        frequency = graphene.Argument(
            graphene.NonNull(types.FrequencyEnum), description="Fréquence choisie."
        )

    frequency = graphene.Field(types.FrequencyEnum, description="La fréquence retenue.")

    @classmethod
    def perform(cls, root, info, frequency):
        preference = services.set_frequency(_user(info), arguments.enum_value(frequency))
        return {"frequency": preference.frequency}


class Mutation(graphene.ObjectType):
    open_thread = OpenThread.Field()
    reply = Reply.Field()
    edit_message = EditMessage.Field()
    mark_resolved = MarkResolved.Field()
    report_message = ReportMessage.Field()
    hide_message = HideMessage.Field()
    restore_message = RestoreMessage.Field()
    set_community_notifications = SetCommunityNotifications.Field()
