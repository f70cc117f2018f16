"""Opening a thread, replying, editing within the delay, marking a question solved.

Every refusal raises a typed `ServiceError` before anything is written; what was stored for a
refused message (its attachments) is removed again.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import File
from django.db import transaction
from django.utils import timezone

from community.models import Attachment, Mention, Message, MessageRevision, Thread
from community.services import notifications
from community.services.access import ANCT, can_read_thread, require_poster, standing
from community.services.errors import (
    ALREADY_RESOLVED,
    EDIT_WINDOW_CLOSED,
    FORBIDDEN,
    INVALID,
    MESSAGE_HIDDEN,
    NOT_A_QUESTION,
    NOT_FOUND,
    RATE_LIMITED,
    ServiceError,
)
from community.services.text import clean, clean_title, mentions
from workflows import uploads

CONTENT_TYPES = {
    extension: mime for mime, extension in {**uploads.IMAGE_TYPES, **uploads.DOCUMENT_TYPES}.items()
} | {"csv": "text/csv"}


def check_rate(user):
    """At most COMMUNITY_RATE_LIMIT messages per author in COMMUNITY_RATE_WINDOW seconds.

    Called inside the transaction that writes the message, after the author's row is locked
    (`_lock_author`): two posts of one author are counted one after the other, never both
    against the same count."""
    window = settings.COMMUNITY_RATE_WINDOW
    since = timezone.now() - datetime.timedelta(seconds=window)
    if (
        Message.objects.filter(author_id=user.pk, created_at__gte=since).count()
        >= settings.COMMUNITY_RATE_LIMIT
    ):
        minutes = max(1, window // 60)
        raise ServiceError(
            f"Vous avez publié {settings.COMMUNITY_RATE_LIMIT} messages en moins de {minutes} "
            "minutes : patientez un peu avant le suivant (votre texte n'est pas perdu, "
            "gardez-le).",
            RATE_LIMITED,
            "body",
        )


def _lock_author(user):
    # PostgreSQL: a row lock held until the message commits. SQLite takes the database's write
    # lock when the transaction starts (transaction_mode IMMEDIATE), which serialises as well.
    get_user_model().objects.select_for_update().filter(pk=user.pk).exists()


def _checked_files(attachments):
    """Each (file, title) checked by the submissions' rules: an image (JPEG, PNG, WebP) or a
    document (PDF, office files, CSV), the type read from the content."""
    attachments = list(attachments or [])
    uploads.check_count(attachments, "attachments")
    checked = []
    for upload, title in attachments:
        try:
            checked.append(uploads.check_image(upload, "attachments", title))
        except ServiceError as error:
            if error.code != uploads.FILE_TYPE_NOT_ALLOWED:
                raise
            try:
                checked.append(uploads.check_document(upload, "attachments", title))
            except ServiceError as refusal:
                if refusal.code != uploads.FILE_TYPE_NOT_ALLOWED:
                    raise
                raise ServiceError(
                    f"« {upload.name} » n'est pas un fichier accepté ici : une image "
                    f"({uploads.IMAGE_LABEL}) ou un document ({uploads.DOCUMENT_LABEL}) "
                    "(le type est lu dans le contenu du fichier, pas dans son nom).",
                    uploads.FILE_TYPE_NOT_ALLOWED,
                    "attachments",
                ) from refusal
    return checked


def _attach(message, checked, stored):
    """Store the checked files in the exchange's private storage (`stored` lists them, for the
    caller to remove should the transaction fail)."""
    for item in checked:
        attachment = Attachment(
            message=message,
            name=item.name,
            title=(item.title or "").strip()[:255] or item.name,
            kind=item.kind,
            content_type=CONTENT_TYPES[item.extension],
            size=item.upload.size,
        )
        attachment.file.save(item.name, File(item.upload, name=item.name), save=False)
        stored.append(attachment)
        attachment.save()


def _save_mentions(message, named):
    Mention.objects.bulk_create(
        Mention(
            message=message,
            user=item.user,
            local_authority=item.local_authority,
            label=item.label[:200],
        )
        for item in named
    )


def _post(user, thread_of, authority, body, named, checked, *, reply_to=None, opening=False):
    """Write one message (and the thread, for an opening) in one transaction: the author's rate
    checked under a lock, the mentions, the files; a failure removes the files stored."""
    stored = []
    try:
        with transaction.atomic():
            _lock_author(user)
            check_rate(user)
            thread = thread_of()
            message = Message.objects.create(
                thread=thread,
                author=user,
                author_authority=authority,
                body=body,
                reply_to=reply_to,
            )
            _save_mentions(message, named)
            _attach(message, checked, stored)
            if not opening:
                Thread.objects.filter(pk=thread.pk).update(last_activity_at=message.created_at)
            notifications.message_posted(message, named, opening=opening)
    except BaseException:
        for attachment in stored:
            attachment.file.delete(save=False)
        raise
    return message


def open_thread(
    user,
    project,
    *,
    kind,
    title,
    body,
    visibility=Thread.Visibility.PARTICIPANTS,
    stage=None,
    journal_entry=None,
    local_authority=None,
    attachments=None,
):
    """A participant, an expert or the ANCT opens a thread with its first message."""
    _, authority = require_poster(user, project, local_authority)
    if kind not in Thread.Kind.values:
        raise ServiceError("Nature de fil inconnue.", INVALID, "kind")
    if visibility not in Thread.Visibility.values:
        raise ServiceError("Visibilité inconnue.", INVALID, "visibility")
    if stage is not None and stage.project_id != project.pk:
        raise ServiceError("Cette étape appartient à un autre projet partagé.", INVALID, "stage")
    if journal_entry is not None and not journal_entry.path.startswith(project.path):
        raise ServiceError(
            "Cette entrée appartient au journal d'un autre projet partagé.",
            INVALID,
            "journal_entry",
        )
    title = clean_title(title)
    body = clean(body)
    named = mentions(project, body, visibility)
    checked = _checked_files(attachments)

    def create_thread():
        return Thread.objects.create(
            project=project,
            kind=kind,
            title=title,
            visibility=visibility,
            stage=stage or (journal_entry.stage if journal_entry else None),
            journal_entry=journal_entry,
            author=user,
            author_authority=authority,
        )

    message = _post(user, create_thread, authority, body, named, checked, opening=True)
    return message.thread


def reply(user, thread, *, body, reply_to=None, local_authority=None, attachments=None):
    """A member answers in a thread, optionally to one message of it; never to a hidden one."""
    _, authority = require_poster(user, thread.project, local_authority)
    if reply_to is not None and reply_to.thread_id != thread.pk:
        raise ServiceError("Ce message appartient à un autre fil.", INVALID, "reply_to")
    opening = thread.messages.order_by("created_at", "pk").first()
    if reply_to is not None and reply_to.is_hidden:
        raise ServiceError(
            "Ce message a été masqué par la modération : on ne peut plus y répondre.",
            MESSAGE_HIDDEN,
            "reply_to",
        )
    if opening is not None and opening.is_hidden:
        raise ServiceError(
            "Le message d'ouverture de ce fil a été masqué par la modération : le fil est fermé "
            "aux réponses.",
            MESSAGE_HIDDEN,
            "thread",
        )
    body = clean(body)
    named = mentions(thread.project, body, thread.visibility)
    checked = _checked_files(attachments)
    return _post(user, lambda: thread, authority, body, named, checked, reply_to=reply_to)


def _edit_window_open(message):
    delay = datetime.timedelta(seconds=settings.COMMUNITY_EDIT_DELAY)
    return timezone.now() - message.created_at <= delay


def editable_by(message, user):
    """Whether `user` may still rewrite `message` (its author, within the delay, not hidden)."""
    return bool(
        user
        and user.is_authenticated
        and message.author_id == user.pk
        and not message.is_hidden
        and _edit_window_open(message)
    )


def edit_message(user, message, *, body):
    """The author rewrites their message within COMMUNITY_EDIT_DELAY; the previous text is kept."""
    if message.author_id != user.pk:
        raise ServiceError("Seul l'auteur d'un message peut le modifier.", FORBIDDEN, "message")
    if message.is_hidden:
        raise ServiceError(
            "Ce message a été masqué par la modération : il ne peut plus être modifié.",
            MESSAGE_HIDDEN,
            "message",
        )
    if not _edit_window_open(message):
        delay = settings.COMMUNITY_EDIT_DELAY
        raise ServiceError(
            f"Un message se modifie dans les {max(1, delay // 60)} minutes qui suivent sa "
            "publication : ajoutez plutôt une réponse.",
            EDIT_WINDOW_CLOSED,
            "message",
        )
    body = clean(body)
    named = mentions(message.thread.project, body, message.thread.visibility)
    if body == message.body:
        return message
    with transaction.atomic():
        MessageRevision.objects.create(message=message, body=message.body)
        message.body = body
        message.edited_at = timezone.now()
        message.save(update_fields=["body", "edited_at"])
        message.mentions.all().delete()
        _save_mentions(message, named)
    return message


def mark_resolved(user, thread, resolved=True):
    """A question is marked solved (or open again) by whoever asked it, or by the ANCT."""
    viewer = standing(user, thread.project)
    if not can_read_thread(user, thread, viewer):
        raise ServiceError("Fil d'échange introuvable.", NOT_FOUND, "thread")
    if thread.kind != Thread.Kind.QUESTION:
        raise ServiceError("Seule une question se marque « résolue ».", NOT_A_QUESTION, "thread")
    if thread.author_id != user.pk and viewer.role != ANCT:
        raise ServiceError(
            "Seuls l'auteur de la question et l'ANCT la marquent « résolue ».",
            FORBIDDEN,
            "thread",
        )
    if resolved and thread.is_resolved:
        raise ServiceError("Cette question est déjà résolue.", ALREADY_RESOLVED, "thread")
    thread.resolved_at = timezone.now() if resolved else None
    thread.resolved_by = user if resolved else None
    thread.save(update_fields=["resolved_at", "resolved_by"])
    return thread
