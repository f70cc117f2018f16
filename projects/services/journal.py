"""The journal of a shared project: who writes it, and posting an entry."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from wagtail.rich_text import RichText

from cms.models import LocalAuthority
from cms.text import free_slug, paragraphs
from projects.models import Enrollment, JournalEntryPage
from projects.services.common import (
    FORBIDDEN,
    INVALID,
    OBSERVER_CANNOT_POST,
    REQUIRED,
    ServiceError,
    acting_authority,
    is_anct_staff,
    is_expert,
    once,
)
from projects.services.enrolment import current_project


def journal_author(user, project, local_authority=None):
    """Who the user writes the journal as: (collectivité or None). Participants (members of a
    confirmed participant collectivité), the project's experts and ANCT staff may write;
    observers and others are refused."""
    participating = LocalAuthority.objects.filter(
        pk__in=Enrollment.objects.filter(project_id=project.pk)
        .confirmed_participants()
        .values("local_authority_id")
    )
    if local_authority is not None:
        authority = acting_authority(user, local_authority)
        if not participating.filter(pk=authority.pk).exists():
            _refuse_non_participant(project, authority)
        return authority
    mine = list(
        participating.filter(
            memberships__user_id=user.pk, memberships__status="approved"
        ).distinct()[:2]
    )
    if len(mine) == 1:
        return mine[0]
    if len(mine) > 1:
        raise ServiceError(
            "Vous représentez plusieurs collectivités de ce projet : précisez laquelle.",
            REQUIRED,
            "local_authority",
        )
    if is_expert(user, project) or is_anct_staff(user):
        return None
    observer = (
        Enrollment.objects.filter(
            project_id=project.pk,
            local_authority__memberships__user_id=user.pk,
            local_authority__memberships__status="approved",
        )
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .select_related("local_authority")
        .first()
    )
    _refuse_non_participant(project, observer.local_authority if observer else None)


def _refuse_non_participant(project, authority):
    enrollment = (
        Enrollment.objects.filter(project_id=project.pk, local_authority=authority).first()
        if authority
        else None
    )
    if enrollment and enrollment.role == Enrollment.Role.OBSERVER:
        raise ServiceError(
            "Une collectivité observatrice suit le journal de bord mais n'y écrit pas : "
            "seules les parties prenantes et l'équipe d'experts y publient.",
            OBSERVER_CANNOT_POST,
            "project",
        )
    if enrollment and enrollment.status == Enrollment.Status.WAITING:
        raise ServiceError(
            "Votre collectivité est en liste d'attente : elle écrira dans le journal de bord "
            "quand une place de partie prenante lui reviendra.",
            FORBIDDEN,
            "project",
        )
    raise ServiceError(
        "Seules les collectivités parties prenantes et l'équipe d'experts écrivent dans le "
        "journal de bord de ce projet.",
        FORBIDDEN,
        "project",
    )


def text_to_body(text):
    """Plain text (paragraphs separated by blank lines) as a one-block-per-paragraph body."""
    return [("paragraph", RichText(paragraph)) for paragraph in paragraphs(text)]


def post_journal_entry(user, project, *, idempotency_key=None, **kwargs):
    """A participant or an expert posts a journal entry, tied to a stage of the project (its
    current stage by default), published at once under the project."""
    return once(
        user,
        idempotency_key,
        "post_journal_entry",
        JournalEntryPage,
        lambda: _post(user, project, **kwargs),
    )


def _post(
    user,
    project,
    *,
    title,
    summary,
    body="",
    stage=None,
    date=None,
    local_authority=None,
):
    """A participant or an expert posts a journal entry, tied to a stage of the project (its
    current stage by default), published at once under the project."""
    project = current_project(project)
    author = journal_author(user, project, local_authority)
    title = (title or "").strip()
    summary = (summary or "").strip()
    if not title:
        raise ServiceError("Donnez un titre à l'entrée du journal.", REQUIRED, "title")
    if len(title) > 255:
        raise ServiceError("Le titre tient en 255 caractères au plus.", INVALID, "title")
    if not summary:
        raise ServiceError("Résumez l'entrée en quelques lignes.", REQUIRED, "summary")
    if len(summary) > 600:
        raise ServiceError("Le résumé tient en 600 caractères au plus.", INVALID, "summary")
    if stage is not None and stage.project_id != project.pk:
        raise ServiceError("Cette étape appartient à un autre projet partagé.", INVALID, "stage")
    if stage is None:
        stage = project.current_stage
    date = date or timezone.localdate()
    entry = JournalEntryPage(
        title=title,
        slug=free_slug(project, f"{date:%Y-%m-%d}-{title}", "entree"),
        date=date,
        stage=stage,
        author_authority=author,
        summary=summary,
        body=text_to_body(body),
        owner=user,
    )
    entry._parent_for_validation = project
    project.add_child(instance=entry)
    entry.save_revision(user=user, log_action=True).publish(user=user, skip_permission_checks=True)
    entry.refresh_from_db()
    return entry


def journal_feed_url(project):
    """Absolute URL of the project's Atom journal feed, on the CMS's public host (feed readers
    follow it from the site, which does not serve it)."""
    return settings.API_BASE_URL.rstrip("/") + reverse("projects:journal_feed", args=[project.slug])
