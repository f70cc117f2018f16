"""Submissions and moderation: the business rules behind the GraphQL mutations and the admin.

Every function takes the acting user, checks `workflows.permissions`, and raises `ServiceError`
(French message, stable code, field), `ValidationError` or `PermissionDenied`; callers run them in
a transaction so that nothing is half-saved.
"""

import datetime
import html
import json
import re

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.rich_text import RichText

from cms import organisations
from cms.blocks import RICH_TEXT_FEATURES
from cms.mail import send_later
from cms.models import LocalAuthority
from cms.roles import is_anct_staff
from cms.services import ServiceError
from cms.text import free_slug, paragraphs_html
from workflows import permissions, uploads
from workflows.forms import plain_text, submission_form
from workflows.models import CHANGE_REASON_LABELS, Submission, SubmissionKey
from workflows.notifications import admin_url
from workflows.setup import contribution_workflow

NOT_FOUND = "NOT_FOUND"
CONFLICT = "CONFLICT"
FORBIDDEN = "FORBIDDEN"
REQUIRED = "REQUIRED"
INVALID = "INVALID"
WORKFLOW_FINISHED = "WORKFLOW_FINISHED"


class ModerationAction(models.TextChoices):
    """A moderator's decision on the current step."""

    APPROVE = "APPROVE", "Approuver l'étape (la dernière étape publie le contenu)."
    REQUEST_CHANGES = (
        "REQUEST_CHANGES",
        "Renvoyer à la collectivité avec des motifs et un commentaire.",
    )
    REJECT = "REJECT", "Refuser définitivement, avec un commentaire."


class SubmissionStatus(models.TextChoices):
    """Where a submission stands, as its submitter sees it."""

    DRAFT = "DRAFT", "Brouillon, pas encore soumis."
    IN_REVIEW = "IN_REVIEW", "En cours de relecture ou de modération."
    CHANGES_REQUESTED = (
        "CHANGES_REQUESTED",
        "Modifications demandées : à corriger puis à soumettre à nouveau.",
    )
    PUBLISHED = "PUBLISHED", "Approuvé et publié."
    REJECTED = "REJECTED", "Refusé définitivement."
    WITHDRAWN = "WITHDRAWN", "Modération annulée."


class BodyFormat(models.TextChoices):
    """The format of a submitted body."""

    TEXT = "TEXT", "Texte brut ; une ligne vide sépare les paragraphes."
    HTML = "HTML", "Texte enrichi ; nettoyé (seules les balises de l'éditeur sont gardées)."


APPROVE, REQUEST_CHANGES, REJECT = ModerationAction
DRAFT, IN_REVIEW, CHANGES_REQUESTED, PUBLISHED, REJECTED, WITHDRAWN = SubmissionStatus

BODY_MAX = 100_000

# --- Input cleaning -------------------------------------------------------------------------


def sanitised_rich_text(html):
    """Rich text through Wagtail's whitelist (the editor's features): no script, no attributes."""
    from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

    return EditorHTMLConverter(features=RICH_TEXT_FEATURES).to_database_format(html or "")


def body_value(body, body_format):
    """A BodyStreamBlock value with one paragraph block (empty body: no block)."""
    if body is None:
        return None
    if len(body) > BODY_MAX:
        raise ServiceError(f"Le texte dépasse {BODY_MAX} caractères.", code=INVALID, field="body")
    html = sanitised_rich_text(body) if body_format == "HTML" else paragraphs_html(plain_text(body))
    if not plain_text(html):
        return []
    return [("paragraph", RichText(html))]


def _submitting_authority(user, authority):
    """The collectivité the user submits for: the one given, which must be theirs (ANCT staff
    submit for any), or their only one."""
    mine = permissions.authority_ids(user)
    if authority is None:
        if len(mine) == 1:
            return LocalAuthority.objects.get(pk=next(iter(mine)))
        raise ServiceError(
            "Indiquez le code officiel de la collectivité.", code=REQUIRED, field="local_authority"
        )
    if not is_anct_staff(user) and authority.pk not in mine:
        raise ServiceError(
            "Vous ne contribuez pas au nom de cette collectivité.",
            code=FORBIDDEN,
            field="local_authority",
        )
    return authority


def _apply(page, data, *, partial):
    """Check the input with the contribution's form and write it on `page` (not saved)."""
    submission_form(type(page))(data, instance=page, partial=partial).validated()
    if "body" in data:
        body = body_value(data.get("body"), data.get("body_format") or "TEXT")
        if body is not None:
            page.body = body
    if data.get("themes") is not None:
        page.themes = data["themes"]
    if data.get("territory_types") is not None:
        page.territory_types = data["territory_types"]


# --- Files ---------------------------------------------------------------------------------

FILE_FIELDS = ("image", "images", "document", "documents")


def _checked_files(data):
    """Every file of the input, checked (type from the content, size, pixels) before any is kept."""
    found = []
    if data.get("image"):
        found.append(uploads.check_image(data["image"]["file"], "image.file", _alt(data["image"])))
    for index, item in enumerate(data.get("images") or []):
        found.append(uploads.check_image(item["file"], f"images.{index}.file", _alt(item)))
    if data.get("document"):
        item = data["document"]
        found.append(uploads.check_document(item["file"], "document.file", item.get("title")))
    for index, item in enumerate(data.get("documents") or []):
        found.append(
            uploads.check_document(item["file"], f"documents.{index}.file", item.get("title"))
        )
    uploads.check_count(found, "images" if data.get("images") else "documents")
    return found


def _alt(item):
    return item.get("alt_text") or item.get("caption") or ""


def _attach_files(user, authority, page, data, stored):
    """Store the input's files in the collectivité's collection and set the main image and the
    resource's file on `page`; returns the image and document blocks to add after the text."""
    if not any(data.get(name) for name in FILE_FIELDS):
        return []
    checked = iter(_checked_files(data))
    if data.get("image"):
        page.image = stored.add(user, authority, next(checked))
    blocks = []
    for item in data.get("images") or []:
        image = stored.add(user, authority, next(checked))
        blocks.append(
            (
                "image",
                {
                    "image": image,
                    "alt_text": (item.get("alt_text") or "")[:250],
                    "caption": (item.get("caption") or "")[:300],
                    "credit": (item.get("credit") or "")[:200],
                },
            )
        )
    if data.get("document"):
        page.document = stored.add(user, authority, next(checked))
    for item in data.get("documents") or []:
        document = stored.add(user, authority, next(checked))
        blocks.append(
            (
                "document",
                {
                    "document": document,
                    "title": (item.get("title") or "")[:200],
                    "description": item.get("description") or "",
                },
            )
        )
    return blocks


def _file_blocks(page):
    """The image and document blocks of the body: a new text replaces the paragraphs only."""
    return [
        (block.block_type, block.value)
        for block in page.body or []
        if block.block_type in ("image", "document")
    ]


FILE_NOT_IN_SUBMISSION = "FILE_NOT_IN_SUBMISSION"
FILE_BLOCKS = ("image", "document")


def _remove_files(draft, refs):
    """Take the files `refs` ([(kind, pk)]) off `draft`: the main image, the resource's file or a
    block after the text. Each must be a file of this draft: any other is refused, nothing changed.
    The file itself stays in the media library (earlier revisions still show it)."""
    wanted = set(refs)
    found = set()
    for kind in ("image", "document"):
        pk = getattr(draft, f"{kind}_id", None)
        if pk and (kind, pk) in wanted:
            setattr(draft, kind, None)
            found.add((kind, pk))
    kept, removed = [], False
    for block in draft.body or []:
        item = block.value.get(block.block_type) if block.block_type in FILE_BLOCKS else None
        if item is not None and (block.block_type, item.pk) in wanted:
            found.add((block.block_type, item.pk))
            removed = True
        else:
            kept.append((block.block_type, block.value))
    if wanted - found:
        raise ServiceError(
            "Ce fichier n'est pas joint à cette contribution : rechargez la page pour voir ses "
            "fichiers actuels.",
            code=FILE_NOT_IN_SUBMISSION,
            field="remove_file_ids",
        )
    if removed:
        draft.body = kept


def _append_blocks(page, blocks):
    if blocks:
        page.body = [(block.block_type, block.value) for block in page.body or []] + blocks


def _with_files_discarded_on_error(function):
    """Files are on disk, not in the transaction: a refusal after storing them removes them."""

    def wrapper(user, *args, **kwargs):
        stored = uploads.Stored()
        try:
            return function(user, *args, stored=stored, **kwargs)
        except BaseException:
            stored.discard()
            raise

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper


# --- Submitting -----------------------------------------------------------------------------


KEY_MAX = 200


def _remembered(user, key, page_class):
    """The key's row and, when the key already answered, the submission it made.

    The row is inserted at once: a second request with the same key waits for the first one's
    transaction on the unique index, then reads its submission."""
    if not key:
        return None, None
    if len(key) > KEY_MAX:
        raise ServiceError(
            f"La clé d'idempotence dépasse {KEY_MAX} caractères.",
            code=INVALID,
            field="idempotency_key",
        )
    cutoff = timezone.now() - datetime.timedelta(seconds=settings.SUBMISSION_IDEMPOTENCY_TTL)
    SubmissionKey.objects.filter(user=user, created_at__lt=cutoff).delete()
    row, created = SubmissionKey.objects.get_or_create(user=user, key=key)
    if created:
        return row, None
    page = row.page.specific if row.page_id else None
    if page is None or not isinstance(page, page_class):
        raise ServiceError(
            "Cette clé d'idempotence a déjà servi pour une autre contribution.",
            code=CONFLICT,
            field="idempotency_key",
        )
    return row, page


def notify_trusted_publication(page, organisation):
    """Tell the moderators that a trusted organisation's contribution went live without them."""
    send_later(
        f"Publiée sans modération : « {page.title} »",
        f"Bonjour,\n\n« {organisation.name} », organisation de confiance, vient de publier "
        f"« {page.title} ». Relisez-la et retirez-la si besoin :\n{admin_url(page)}\n",
        [moderator.email for moderator in permissions.moderators()],
    )


def _submit(user, page_class, data, stored, idempotency_key=None):
    """`data`: the input's plain values, its collectivité, themes and territory types as models,
    its files as `UploadedFile`s."""
    from inspiration.models import ExperienceLocalAuthority, ExperiencePage

    organisation = data.pop("acting_organisation", None)
    if organisation is not None:
        organisations.acting_organisation(user, organisation)
    elif not (permissions.is_contributor(user) or is_anct_staff(user)):
        raise PermissionDenied(
            "Seuls les contributeurs des collectivités déposent des contributions."
        )
    key, first = _remembered(user, idempotency_key, page_class)
    if first is not None:
        return first
    page = page_class(owner=user, live=False, has_unpublished_changes=True)
    authority = None if organisation else _submitting_authority(user, data.get("local_authority"))
    # Files first: the form reads the resource's file (a link is then optional).
    blocks = _attach_files(user, authority or organisation, page, data, stored)
    _apply(page, data, partial=False)
    _append_blocks(page, blocks)
    section = permissions.section_for(page_class)
    if section is None:
        raise ServiceError(
            "La rubrique qui accueille ce type de contribution n'existe pas encore : "
            "prévenez l'équipe de l'ANCT.",
            code=NOT_FOUND,
        )
    page.slug = free_slug(section, page.title, "contribution")
    if page_class is ExperiencePage and authority is not None:
        page.authority_links = [ExperienceLocalAuthority(local_authority=authority)]
    section.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    Submission.objects.create(
        page=page, local_authority=authority, organisation=organisation, submitted_by=user
    )
    if organisations.is_trusted(organisation):
        # A trusted organisation's contribution skips the moderation queue; moderators are told
        # and may unpublish it (ADR 0017).
        # The rule was checked above (an approved member of a trusted organisation), not
        # Wagtail's page permissions, which a member outside the admin's groups does not have.
        revision.publish(user=user, log_action=True, skip_permission_checks=True)
        page.refresh_from_db()
        notify_trusted_publication(page, organisation)
    else:
        contribution_workflow().start(page, user)
    if key is not None:
        key.page = page
        key.save(update_fields=["page"])
    return page


@_with_files_discarded_on_error
@transaction.atomic
def submit_experience(user, data, stored, idempotency_key=None):
    from inspiration.models import ExperiencePage

    return _submit(user, ExperiencePage, data, stored, idempotency_key)


@_with_files_discarded_on_error
@transaction.atomic
def submit_resource(user, data, stored, idempotency_key=None):
    from inspiration.models import ResourcePage

    return _submit(user, ResourcePage, data, stored, idempotency_key)


def _page_for(user, page_id, lock=False):
    """The page, if the user may see its drafts; NOT_FOUND otherwise (nothing leaks)."""
    queryset = Page.objects.all()
    if lock:
        queryset = queryset.select_for_update()
    page = queryset.filter(pk=page_id).first()
    page = page.specific if page is not None else None
    if page is None or not permissions.can_view_draft(user, page):
        raise ServiceError("Contribution introuvable.", code=NOT_FOUND, field="id")
    return page


def _own_submission(user, page):
    """The submission behind `page` if it is one of the user's collectivités' (ANCT staff: any
    collectivité's). Any other page, even one the user may read or edit in the admin, is unknown
    here: the answer tells nothing of its revisions or drafts."""
    submission = Submission.objects.filter(page=page).first()
    if submission is None or not (
        is_anct_staff(user)
        or submission.local_authority_id in permissions.authority_ids(user)
        or submission.organisation_id in organisations.acting_ids(user)
    ):
        raise ServiceError("Contribution introuvable.", code=NOT_FOUND, field="id")
    return submission


REVISION_CONFLICT = "REVISION_CONFLICT"
# What a front end shows side by side when a revision landed since the agent's (order kept).
COMPARED_FIELDS = {
    "title": "Titre",
    "summary": "Résumé",
    "body": "Texte",
    "participation_level": "Niveau de participation",
    "resource_type": "Type de ressource",
    "external_url": "Lien",
    "organisation": "Organisme auteur",
    "authors": "Auteurs",
    "image": "Image principale",
    "document": "Fichier",
}


class RevisionConflict(ServiceError):
    """Another revision landed since the one the agent edited: nothing is written; the current
    revision and what differs from the agent's base let the front end offer a choice."""

    def __init__(self, current, changes):
        super().__init__(
            "Une autre version a été enregistrée depuis celle que vous avez modifiée : "
            "choisissez de garder votre version ou de reprendre la leur, puis envoyez à nouveau.",
            code=REVISION_CONFLICT,
            field="base_revision_id",
        )
        self.current = current
        self.changes = changes


def _field_text(page, name):
    value = getattr(page, name, None)
    if name == "body":
        parts = []
        for block in value or []:
            if block.block_type == "paragraph":
                parts.append(plain_text(block.value.source))
            elif block.block_type in ("image", "document"):
                item = block.value.get(block.block_type)
                parts.append(f"[{item.title if item else block.block_type}]")
        return "\n\n".join(part for part in parts if part)
    if isinstance(value, models.Model):
        return value.title
    return None if value is None else str(value)


def revision_changes(page, base_revision_id):
    """[{field, label, base, current}] for each compared field that differs between the agent's
    base revision and the page's latest (every field when the base is not one of its revisions)."""
    from wagtail.models import Revision

    current = page.get_latest_revision_as_object()
    base_revision = (
        Revision.objects.filter(
            pk=base_revision_id if str(base_revision_id).isdigit() else None,
            base_content_type=page.get_base_content_type(),
            object_id=str(page.pk),
        ).first()
        if str(base_revision_id).isdigit()
        else None
    )
    base = base_revision.as_object() if base_revision else None
    changes = []
    for name, label in COMPARED_FIELDS.items():
        if not hasattr(current, name):
            continue
        theirs = _field_text(current, name)
        mine = _field_text(base, name) if base is not None else None
        if base is None or mine != theirs:
            changes.append({"field": name, "label": label, "base": mine, "current": theirs})
    return changes


@_with_files_discarded_on_error
@transaction.atomic
def update_submission(user, page_id, base_revision_id, data, stored):
    """Save a new revision from `base_revision_id` and resubmit it; CONFLICT if another landed."""
    from inspiration.models import ExperienceLocalAuthority, ExperiencePage

    page = _page_for(user, page_id, lock=True)
    submission = _own_submission(user, page)
    if not permissions.can_edit(user, page):
        raise PermissionDenied("Vous ne pouvez pas modifier cette contribution.")
    if submission.rejected:
        raise ServiceError(
            "Cette contribution a été refusée : elle ne peut plus être modifiée.",
            code=WORKFLOW_FINISHED,
        )
    if str(base_revision_id) != str(page.latest_revision_id):
        raise RevisionConflict(page.latest_revision, revision_changes(page, base_revision_id))
    draft = page.get_latest_revision_as_object()
    if data.get("local_authority"):
        authority = _submitting_authority(user, data["local_authority"])
        if isinstance(draft, ExperiencePage):
            draft.authority_links = [ExperienceLocalAuthority(local_authority=authority)]
        submission.local_authority = authority
        submission.save(update_fields=["local_authority"])
    if data.get("remove_file_ids"):
        _remove_files(draft, data["remove_file_ids"])
    blocks = _attach_files(user, submission.local_authority, draft, data, stored)
    kept = _file_blocks(draft) if data.get("body") is not None else []
    _apply(draft, data, partial=True)
    _append_blocks(draft, kept + blocks)
    draft.full_clean()
    revision = draft.save_revision(user=user, log_action=True)
    resubmit(user, page)
    return Page.objects.get(pk=page.pk).specific, revision


def resubmit(user, page):
    """Send the latest revision back into moderation."""
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
    elif state is None:
        contribution_workflow().start(page, user)


# --- Moderating -----------------------------------------------------------------------------


@transaction.atomic
def moderate(user, page_id, action, comment="", reasons=None, **extra):
    """APPROVE, REQUEST_CHANGES (reasons + comment) or REJECT (comment) the current step."""
    page = Page.objects.select_for_update().filter(pk=page_id).first()
    if page is None:
        raise ServiceError("Contribution introuvable.", code=NOT_FOUND, field="submission")
    page = page.specific
    state = latest_workflow_state(page)
    in_progress = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    if not (in_progress and permissions.can_moderate(user, state.current_task_state)):
        if in_progress or not permissions.can_view_draft(user, page):
            raise PermissionDenied("Cette contribution n'est pas dans votre file de modération.")
        raise ServiceError(
            "Aucune modération n'est en cours pour cette contribution "
            "(elle est terminée, annulée ou attend des modifications).",
            code=WORKFLOW_FINISHED,
            field="submission",
        )
    task_state = state.current_task_state
    task = task_state.task.specific
    comment = plain_text(comment)
    if action == APPROVE:
        task.on_action(task_state, user, "approve", comment=comment, **extra)
    elif action == REQUEST_CHANGES:
        if not comment:
            raise ServiceError(
                "Expliquez à la collectivité ce qui est à revoir.", code=REQUIRED, field="comment"
            )
        task.on_action(
            task_state, user, "reject", comment=comment, reasons=list(reasons or ["other"])
        )
    elif action == REJECT:
        if not comment:
            raise ServiceError("Motivez le refus.", code=REQUIRED, field="comment")
        reject(user, page, state, comment)
    else:
        raise ServiceError("Action de modération inconnue.", code=INVALID, field="action")
    state.refresh_from_db()
    return Page.objects.get(pk=page.pk).specific, state


def reject(user, page, state, comment):
    """Refuse a contribution for good: the workflow is cancelled, the refusal logged and mailed."""
    task_state = state.current_task_state
    Submission.objects.filter(page=page).update(rejected=True)
    log(
        instance=page,
        action="workflows.reject",
        user=user,
        data={
            "workflow": {"id": state.workflow_id, "title": state.workflow.name},
            "task": {"id": task_state.task_id, "title": task_state.task.name},
            "comment": comment,
        },
        revision=task_state.revision,
    )
    state.cancel(user=user)
    TaskState.objects.filter(pk=task_state.pk).update(comment=comment)
    from workflows.notifications import notify_rejected

    notify_rejected(page, state, comment, user)


# --- What the submitter sees ----------------------------------------------------------------


def submissions_of(user):
    """The pages the user submitted or owns, or that belong to their collectivités (newest first)."""
    ids = set(Submission.objects.filter(submitted_by=user).values_list("page_id", flat=True))
    ids |= set(Page.objects.filter(owner=user).values_list("pk", flat=True))
    mine = permissions.authority_ids(user)
    if mine:
        ids |= set(
            Submission.objects.filter(local_authority_id__in=mine).values_list("page_id", flat=True)
        )
    acting = organisations.acting_ids(user)
    if acting:
        ids |= set(
            Submission.objects.filter(organisation_id__in=acting).values_list("page_id", flat=True)
        )
    return (
        Page.objects.filter(pk__in=ids)
        .select_related("latest_revision")
        .order_by("-latest_revision_created_at", "-pk")
        .specific()
    )


def visible_submission(user, page_id):
    """The page of a submission the user follows: one of `submissions_of(user)`, one whose step
    waits for their decision, or, for ANCT staff, any submission; None otherwise."""
    if not user or not user.is_authenticated:
        return None
    page = submissions_of(user).filter(pk=page_id).first()
    if page is None and (
        (is_anct_staff(user) and Submission.objects.filter(page_id=page_id).exists())
        or TaskState.objects.reviewable_by(user)
        .filter(workflow_state__object_id=str(page_id))
        .exists()
    ):
        page = Page.objects.filter(pk=page_id).specific().first()
    return page


def latest_workflow_state(page):
    return (
        WorkflowState.objects.filter(
            base_content_type=page.get_base_content_type(), object_id=str(page.pk)
        )
        .select_related("current_task_state__task", "workflow")
        .order_by("-created_at", "-pk")
        .first()
    )


def status_of(page, state=None):
    state = state if state is not None else latest_workflow_state(page)
    if hasattr(page, "_submission"):
        submission = page._submission
    else:
        submission = Submission.objects.filter(page_id=page.pk).first()
    if submission and submission.rejected:
        return REJECTED
    if state is not None:
        if state.status == WorkflowState.STATUS_IN_PROGRESS:
            return IN_REVIEW
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return CHANGES_REQUESTED
        if state.status == WorkflowState.STATUS_CANCELLED and not page.live:
            return WITHDRAWN
    if page.live and not page.has_unpublished_changes:
        return PUBLISHED
    if page.live:
        return PUBLISHED
    return DRAFT


def _comment_states(pages):
    """Finished task states with a comment, per page id, oldest first (specific, in bulk)."""
    if not pages:
        return {}
    states = (
        TaskState.objects.filter(
            workflow_state__base_content_type=pages[0].get_base_content_type(),
            workflow_state__object_id__in=[str(page.pk) for page in pages],
            finished_at__isnull=False,
        )
        .exclude(comment="")
        .select_related("task", "finished_by", "workflow_state")
        .order_by("finished_at", "pk")
        .specific()
    )
    found = {}
    for state in states:
        found.setdefault(int(state.workflow_state.object_id), []).append(state)
    return found


STEP_OUTCOMES = {
    TaskState.STATUS_APPROVED: "Approuvé",
    # Wagtail calls a request for changes "rejected": for the agent it is not a refusal.
    TaskState.STATUS_REJECTED: "Modifications demandées",
    TaskState.STATUS_CANCELLED: "Annulé",
    TaskState.STATUS_SKIPPED: "Étape passée",
    TaskState.STATUS_IN_PROGRESS: "En cours",
}


def _step_outcome(task_state, page):
    if task_state.status == TaskState.STATUS_CANCELLED:
        submission = getattr(page, "_submission", None)
        if submission is None:
            submission = Submission.objects.filter(page_id=page.pk).first()
        if submission is not None and submission.rejected:
            return "Refusé définitivement"
    return STEP_OUTCOMES.get(task_state.status, task_state.status)


def comments_of(page):
    """Moderators' comments on the page, oldest first (reasons included)."""
    if hasattr(page, "_comment_states"):
        states = page._comment_states
    else:
        states = _comment_states([page]).get(page.pk, [])
    found = []
    for state in states:
        reasons = getattr(state, "reasons", []) or []
        found.append(
            {
                "task": state.task.name,
                "status": state.status,
                "author": (state.finished_by.get_full_name() or state.finished_by.get_username())
                if state.finished_by
                else "",
                "comment": state.get_comment(),
                "reasons": [str(CHANGE_REASON_LABELS.get(r, r)) for r in reasons],
                "reason_codes": [r for r in reasons if r in CHANGE_REASON_LABELS],
                "status_label": _step_outcome(state, page),
                "created_at": state.finished_at,
            }
        )
    return found


def history_of(page):
    """Audit-log entries of the page, oldest first."""
    from wagtail.models import PageLogEntry

    if hasattr(page, "_history"):
        return page._history
    return list(
        PageLogEntry.objects.filter(page_id=page.pk)
        .select_related("user")
        .order_by("timestamp", "pk")
    )


def waiting_since(task_state):
    return task_state.started_at


def waiting_for(task_state, now=None):
    from django.utils import timezone

    now = now or timezone.now()
    return now - task_state.started_at if task_state.started_at else datetime.timedelta(0)


def moderation_queue(user):
    """Pages whose current step waits for this user's decision, oldest first."""
    states = (
        TaskState.objects.reviewable_by(user)
        .select_related("workflow_state")
        .order_by("started_at")
    )
    ids = [int(state.workflow_state.object_id) for state in states]
    pages = Page.objects.filter(pk__in=ids).specific().in_bulk()
    return [pages[pk] for pk in ids if pk in pages]


def load_submission_details(pages):
    """Fetch, in a few queries for the whole list, what `Submission` resolvers read per page."""
    from wagtail.models import PageLogEntry

    from inspiration.models import ExperienceLocalAuthority

    pages = list(pages)
    if not pages:
        return pages
    ids = [page.pk for page in pages]
    states = {}
    for state in (
        WorkflowState.objects.filter(
            base_content_type=pages[0].get_base_content_type(),
            object_id__in=[str(pk) for pk in ids],
        )
        .select_related("current_task_state__task", "workflow")
        .order_by("created_at", "pk")
    ):
        states[int(state.object_id)] = state  # the latest wins
    submissions = {
        s.page_id: s
        for s in Submission.objects.filter(page_id__in=ids).select_related(
            "local_authority", "organisation"
        )
    }
    links = {}
    for link in ExperienceLocalAuthority.objects.filter(page_id__in=ids).select_related(
        "local_authority"
    ):
        links.setdefault(link.page_id, link.local_authority)
    history = {}
    for entry in (
        PageLogEntry.objects.filter(page_id__in=ids)
        .select_related("user")
        .order_by("timestamp", "pk")
    ):
        history.setdefault(entry.page_id, []).append(entry)
    comment_states = _comment_states(pages)
    from wagtail.models import Revision

    titles = dict(
        Revision.objects.filter(pk__in=[p.latest_revision_id for p in pages]).values_list(
            "pk", "object_str"
        )
    )
    for page in pages:
        page._batch = pages
        page._latest_title = titles.get(page.latest_revision_id) or page.title
        page._workflow_state = states.get(page.pk)
        page._submission = submissions.get(page.pk)
        submission = page._submission
        page._authority = submission.local_authority if submission else links.get(page.pk)
        page._organisation = submission.organisation if submission else None
        page._history = history.get(page.pk, [])
        page._comment_states = comment_states.get(page.pk, [])
    return pages


def load_drafts(pages):
    """The fields of each page's latest revision (`_draft`, read from the revision's stored
    content, not rebuilt as a page) and the files it carries (`_files`), in three queries for the
    whole list: what the author's edit form prefills."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Revision

    pages = [page for page in pages if not hasattr(page, "_draft")]
    if not pages:
        return
    contents = dict(
        Revision.objects.filter(
            pk__in=[p.latest_revision_id for p in pages if p.latest_revision_id]
        ).values_list("pk", "content")
    )
    wanted = {"image": [], "document": []}
    for page in pages:
        content = contents.get(page.latest_revision_id)
        page._draft = dict(content) if content else {}
        body = page._draft.get("body") if content else None
        if isinstance(body, str):
            body = json.loads(body or "[]")
        if body is None:
            body = list(getattr(getattr(page, "body", None), "raw_data", None) or [])
        page._draft["body"] = body
        refs = []
        for kind in ("image", "document"):
            pk = page._draft.get(kind) if content else getattr(page, f"{kind}_id", None)
            if pk:
                refs.append((kind, "MAIN", pk, {}))
        for block in page._draft["body"]:
            value = block.get("value")
            kind = block.get("type")
            if kind in ("image", "document") and isinstance(value, dict) and value.get(kind):
                refs.append((block["type"], "BODY", value[block["type"]], value))
        page._file_refs = refs
        for kind, _, pk, _ in refs:
            wanted[kind].append(pk)
    found = {
        "image": get_image_model().objects.in_bulk(wanted["image"]),
        "document": get_document_model().objects.in_bulk(wanted["document"]),
    }
    for page in pages:
        page._files = [
            {"kind": kind, "place": place, "file": found[kind][pk], "block": block}
            for kind, place, pk, block in page._file_refs
            if pk in found[kind]
        ]


def draft_of(page):
    """The fields of the page's latest revision ({name: stored value}), batch-loaded with the
    pages listed alongside it."""
    if not hasattr(page, "_draft"):
        load_drafts(getattr(page, "_batch", None) or [page])
    return page._draft


def files_of(page):
    draft_of(page)
    return page._files


def body_text(page):
    """The body's paragraphs as plain text, a blank line between paragraphs: what `body` (TEXT)
    takes back unchanged."""
    texts = []
    for block in draft_of(page)["body"]:
        if block.get("type") == "paragraph":
            source = re.sub(r"<br\s*/?>", "\n", block.get("value") or "")
            source = re.sub(r"</(p|h[1-6]|li)>", "\n\n", source)
            texts.append(html.unescape(plain_text(source)))
    return re.sub(r"\n{3,}", "\n\n", "\n\n".join(text for text in texts if text)).strip()
