"""Submissions and moderation: the business rules behind the GraphQL mutations and the admin.

Every function takes the acting user, checks `workflows.permissions`, and raises `ServiceError`
(French message, stable code, field), `ValidationError` or `PermissionDenied`; callers run them in
a transaction so that nothing is half-saved.
"""

import datetime
import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.html import escape, strip_tags
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.rich_text import RichText

from cms.blocks import RICH_TEXT_FEATURES
from cms.models import LocalAuthority, TerritoryType, Theme
from cms.services import ServiceError
from workflows import permissions
from workflows.models import CHANGE_REASON_LABELS, Submission
from workflows.setup import contribution_workflow

NOT_FOUND = "NOT_FOUND"
CONFLICT = "CONFLICT"
FORBIDDEN = "FORBIDDEN"
REQUIRED = "REQUIRED"
INVALID = "INVALID"
WORKFLOW_FINISHED = "WORKFLOW_FINISHED"

APPROVE, REQUEST_CHANGES, REJECT = "APPROVE", "REQUEST_CHANGES", "REJECT"

# Statuses of a submission, as the submitter sees them.
DRAFT = "DRAFT"
IN_REVIEW = "IN_REVIEW"
CHANGES_REQUESTED = "CHANGES_REQUESTED"
PUBLISHED = "PUBLISHED"
REJECTED = "REJECTED"
WITHDRAWN = "WITHDRAWN"

TITLE_MAX = 255
SUMMARY_MAX = 800
BODY_MAX = 100_000

# --- Input cleaning -------------------------------------------------------------------------


def plain_text(value):
    """Text without markup: tags removed, so that script or HTML is neutralised."""
    text = strip_tags(value or "")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)
    return text.strip()


def sanitised_rich_text(html):
    """Rich text through Wagtail's whitelist (the editor's features): no script, no attributes."""
    from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

    return EditorHTMLConverter(features=RICH_TEXT_FEATURES).to_database_format(html or "")


def plain_to_html(text):
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", plain_text(text)) if p.strip()]
    return "".join(f"<p>{escape(p).replace(chr(10), '<br/>')}</p>" for p in paragraphs)


def body_value(body, body_format):
    """A BodyStreamBlock value with one paragraph block (empty body: no block)."""
    if body is None:
        return None
    if len(body) > BODY_MAX:
        raise ServiceError(f"Le texte dépasse {BODY_MAX} caractères.", code=INVALID, field="body")
    html = sanitised_rich_text(body) if body_format == "HTML" else plain_to_html(body)
    if not plain_text(html):
        return []
    return [("paragraph", RichText(html))]


def _authority_for(user, code):
    """The collectivité named by `code` on whose behalf the user may submit."""
    mine = permissions.authority_ids(user)
    if not code:
        if len(mine) == 1:
            return LocalAuthority.objects.get(pk=next(iter(mine)))
        raise ServiceError(
            "Indiquez le code officiel de la collectivité.", code=REQUIRED, field="local_authority"
        )
    candidates = LocalAuthority.objects.filter(code=code.strip().upper())
    if not permissions.is_staff_anct(user):
        candidates = candidates.filter(pk__in=mine)
        if (
            not candidates.exists()
            and LocalAuthority.objects.filter(code=code.strip().upper()).exists()
        ):
            raise ServiceError(
                "Vous ne contribuez pas au nom de cette collectivité.",
                code=FORBIDDEN,
                field="local_authority",
            )
    authority = candidates.order_by("kind").first()
    if authority is None:
        raise ServiceError(
            f"Aucune collectivité n'a le code « {code} ».", code=NOT_FOUND, field="local_authority"
        )
    return authority


def _by_slugs(model, slugs, field):
    if slugs is None:
        return None
    slugs = list(dict.fromkeys(s.strip() for s in slugs if s and s.strip()))
    found = list(model.objects.filter(slug__in=slugs))
    missing = set(slugs) - {item.slug for item in found}
    if missing:
        raise ServiceError(
            f"Identifiant(s) inconnu(s) : {', '.join(sorted(missing))}.",
            code=NOT_FOUND,
            field=field,
        )
    return found


def _clean_fields(data, page_class, creating):
    """Check and clean the common input; returns {model field: value} for what was given."""
    from inspiration.models import ExperiencePage, ResourcePage

    errors = {}
    values = {}

    if "title" in data or creating:
        title = plain_text(data.get("title"))
        if not title:
            errors["title"] = ValidationError("Le titre est obligatoire.", code="required")
        elif len(title) > TITLE_MAX:
            errors["title"] = ValidationError(
                f"Le titre ne dépasse pas {TITLE_MAX} caractères.", code="invalid"
            )
        values["title"] = title
    if "summary" in data or creating:
        summary = plain_text(data.get("summary"))
        if not summary:
            errors["summary"] = ValidationError("Le résumé est obligatoire.", code="required")
        elif len(summary) > SUMMARY_MAX:
            errors["summary"] = ValidationError(
                f"Le résumé ne dépasse pas {SUMMARY_MAX} caractères.", code="invalid"
            )
        values["summary"] = summary
    if page_class is ExperiencePage and ("participation_level" in data or creating):
        level = data.get("participation_level")
        if level is None:
            errors["participation_level"] = ValidationError(
                "Le niveau de participation est obligatoire (1 à 8).", code="required"
            )
        elif not 1 <= int(level) <= 8:
            errors["participation_level"] = ValidationError(
                "Le niveau de participation va de 1 (manipulation) à 8 (contrôle citoyen).",
                code="invalid",
            )
        values["participation_level"] = level
    if page_class is ResourcePage:
        if "resource_type" in data or creating:
            kind = (data.get("resource_type") or "").lower()
            if kind not in ResourcePage.ResourceType.values:
                errors["resource_type"] = ValidationError(
                    "Type de ressource attendu : study, guide, tool, article ou video.",
                    code="required" if not kind else "invalid",
                )
            values["resource_type"] = kind
        if "external_url" in data or creating:
            url = (data.get("external_url") or "").strip()
            if not re.match(r"^https?://[^\s<>\"']+$", url):
                errors["external_url"] = ValidationError(
                    "Indiquez le lien (http:// ou https://) vers la ressource.",
                    code="required" if not url else "invalid",
                )
            values["external_url"] = url
        for name in ("organisation", "authors"):
            if name in data:
                values[name] = plain_text(data.get(name))[:300]
    if errors:
        raise ValidationError(errors)
    return values


def _unique_slug(parent, title, exclude_pk=None):
    base = slugify(title)[:200] or "contribution"
    slug, n = base, 1
    siblings = parent.get_children()
    if exclude_pk:
        siblings = siblings.exclude(pk=exclude_pk)
    while siblings.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _apply(page, data, values):
    for name, value in values.items():
        setattr(page, name, value)
    if "body" in data:
        body = body_value(data.get("body"), data.get("body_format") or "TEXT")
        if body is not None:
            page.body = body
    themes = _by_slugs(Theme, data.get("themes"), "themes")
    if themes is not None:
        page.themes = themes
    territory_types = _by_slugs(TerritoryType, data.get("territory_types"), "territory_types")
    if territory_types is not None:
        page.territory_types = territory_types


# --- Submitting -----------------------------------------------------------------------------


def _submit(user, page_class, data):
    from inspiration.models import ExperienceLocalAuthority, ExperiencePage

    if not (permissions.is_contributor(user) or permissions.is_staff_anct(user)):
        raise PermissionDenied(
            "Seuls les contributeurs des collectivités déposent des contributions."
        )
    values = _clean_fields(data, page_class, creating=True)
    authority = _authority_for(user, data.get("local_authority"))
    section = permissions.section_for(page_class)
    if section is None:
        raise ServiceError(
            "La rubrique qui accueille ce type de contribution n'existe pas encore : "
            "prévenez l'équipe de l'ANCT.",
            code=NOT_FOUND,
        )
    page = page_class(owner=user, live=False, has_unpublished_changes=True)
    _apply(page, data, values)
    page.slug = _unique_slug(section, page.title)
    if page_class is ExperiencePage:
        page.authority_links = [ExperienceLocalAuthority(local_authority=authority)]
    section.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    Submission.objects.create(page=page, local_authority=authority, submitted_by=user)
    contribution_workflow().start(page, user)
    return page


@transaction.atomic
def submit_experience(user, data):
    from inspiration.models import ExperiencePage

    return _submit(user, ExperiencePage, data)


@transaction.atomic
def submit_resource(user, data):
    from inspiration.models import ResourcePage

    return _submit(user, ResourcePage, data)


def _page_for(user, page_id, lock=False):
    """The page, if the user may see its drafts; NOT_FOUND otherwise (nothing leaks)."""
    queryset = Page.objects.all()
    if lock:
        queryset = queryset.select_for_update()
    try:
        page = queryset.get(pk=int(page_id)).specific
    except (Page.DoesNotExist, ValueError, TypeError):
        page = None
    if page is None or not permissions.can_view_draft(user, page):
        raise ServiceError("Contribution introuvable.", code=NOT_FOUND, field="id")
    return page


@transaction.atomic
def update_submission(user, page_id, base_revision_id, data):
    """Save a new revision from `base_revision_id` and resubmit it; CONFLICT if another landed."""
    from inspiration.models import ExperienceLocalAuthority, ExperiencePage

    page = _page_for(user, page_id, lock=True)
    if not permissions.is_submission_type(page):
        raise ServiceError(
            "Seules les expériences et les ressources se modifient ainsi.", code=INVALID, field="id"
        )
    if not permissions.can_edit(user, page):
        raise PermissionDenied("Vous ne pouvez pas modifier cette contribution.")
    submission = Submission.objects.filter(page=page).first()
    if submission and submission.rejected:
        raise ServiceError(
            "Cette contribution a été refusée : elle ne peut plus être modifiée.",
            code=WORKFLOW_FINISHED,
        )
    latest_id = page.latest_revision_id
    if str(base_revision_id) != str(latest_id):
        raise ServiceError(
            "Une autre version a été enregistrée depuis celle que vous avez modifiée "
            f"(version {latest_id}) : rechargez-la, reportez vos changements, puis réessayez.",
            code=CONFLICT,
            field="base_revision_id",
        )
    draft = page.get_latest_revision_as_object()
    values = _clean_fields(data, type(page), creating=False)
    _apply(draft, data, values)
    if "local_authority" in data and data.get("local_authority"):
        authority = _authority_for(user, data["local_authority"])
        if isinstance(draft, ExperiencePage):
            draft.authority_links = [ExperienceLocalAuthority(local_authority=authority)]
        if submission:
            submission.local_authority = authority
            submission.save(update_fields=["local_authority"])
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
    try:
        page = Page.objects.select_for_update().get(pk=int(page_id)).specific
    except (Page.DoesNotExist, ValueError, TypeError):
        raise ServiceError(
            "Contribution introuvable.", code=NOT_FOUND, field="submission"
        ) from None
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
    return (
        Page.objects.filter(pk__in=ids)
        .select_related("latest_revision")
        .order_by("-latest_revision_created_at", "-pk")
        .specific()
    )


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
        for s in Submission.objects.filter(page_id__in=ids).select_related("local_authority")
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
        page._latest_title = titles.get(page.latest_revision_id) or page.title
        page._workflow_state = states.get(page.pk)
        page._submission = submissions.get(page.pk)
        submission = page._submission
        page._authority = submission.local_authority if submission else links.get(page.pk)
        page._history = history.get(page.pk, [])
        page._comment_states = comment_states.get(page.pk, [])
    return pages
