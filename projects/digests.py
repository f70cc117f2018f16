"""The weekly e-mail digest of shared projects' journals, for the members of every collectivité
enrolled in a project (observers, participants, waiting list).

Idempotent: each (recipient, week) is recorded in `JournalDigest` under a unique constraint,
and its e-mail enqueued (`cms.mail.send_later`) when that record commits; a second run, or a
concurrent one, skips it. Run weekly by the scheduler (`projects.tasks.send_weekly_digests`).
"""

import datetime
import zoneinfo
from collections import defaultdict

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from cms.visibility import front_end_url, visible_pages
from projects.models import Enrollment, JournalDigest, JournalEntryPage, SharedProjectPage
from projects.services.notify import send_message

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def week_bounds(day):
    """Monday of `day`'s week and the following Monday, as aware datetimes in Paris time."""
    monday = day - datetime.timedelta(days=day.weekday())
    start = datetime.datetime.combine(monday, datetime.time.min, tzinfo=PARIS)
    return monday, start, start + datetime.timedelta(days=7)


def last_complete_week(today=None):
    today = today or datetime.datetime.now(PARIS).date()
    return today - datetime.timedelta(days=today.weekday() + 7)


def entries_of_week(week_day):
    _, start, end = week_bounds(week_day)
    return list(
        visible_pages(JournalEntryPage)
        .filter(first_published_at__gte=start, first_published_at__lt=end)
        .select_related("stage", "author_authority")
        .order_by("path")
    )


def _projects_by_path():
    return {p.path: p for p in visible_pages(SharedProjectPage)}


def build_digests(week_day):
    """{user: [(project, [entries])]} for the week containing `week_day`."""
    entries = entries_of_week(week_day)
    if not entries:
        return {}
    projects = _projects_by_path()
    by_project = defaultdict(list)
    for entry in entries:
        project = projects.get(entry.path[:-4])
        if project is not None:
            by_project[project].append(entry)
    followers = defaultdict(set)
    enrollments = Enrollment.objects.filter(project__in=list(by_project)).exclude(
        status=Enrollment.Status.WITHDRAWN
    )
    User = get_user_model()
    for project_id, authority_id in enrollments.values_list("project_id", "local_authority_id"):
        followers[authority_id].add(project_id)
    users = (
        User.objects.filter(
            is_active=True,
            authority_memberships__local_authority_id__in=list(followers),
            authority_memberships__status="approved",
        )
        .exclude(email="")
        .distinct()
        .prefetch_related("authority_memberships")
    )
    digests = {}
    for user in users:
        project_ids = set()
        for membership in user.authority_memberships.all():
            if membership.status != "approved":
                continue
            project_ids |= followers.get(membership.local_authority_id, set())
        sections = [(p, by_project[p]) for p in by_project if p.pk in project_ids]
        if sections:
            digests[user] = sections
    return digests


def render(user, monday, sections):
    lines = [
        f"Bonjour {user.get_full_name() or user.get_username()},",
        "",
        f"Voici les nouvelles des projets partagés que suit votre collectivité, semaine du "
        f"{monday:%d/%m/%Y} :",
    ]
    for project, entries in sections:
        lines += ["", f"■ {project.title}", front_end_url(project)]
        for entry in entries:
            stage = f" — {entry.stage}" if entry.stage_id else ""
            lines += [f"  • {entry.date:%d/%m/%Y}{stage} : {entry.title}", f"    {entry.summary}"]
    lines += [
        "",
        "Vous recevez ce courriel parce que votre collectivité est inscrite à ces projets sur "
        "Territoires en commun.",
    ]
    return "\n".join(lines)


def send_digests(week_day=None, *, dry_run=False):
    """Send the digest of the week containing `week_day` (default: last complete week).
    Returns (sent, skipped) counts."""
    week_day = week_day or last_complete_week()
    monday, _, _ = week_bounds(week_day)
    sent = skipped = 0
    for user, sections in build_digests(week_day).items():
        if JournalDigest.objects.filter(recipient=user, week_start=monday).exists():
            skipped += 1
            continue
        if dry_run:
            sent += 1
            continue
        entries = [entry for _, project_entries in sections for entry in project_entries]
        try:
            with transaction.atomic():
                digest = JournalDigest.objects.create(
                    recipient=user, week_start=monday, entry_count=len(entries)
                )
                digest.entries.set(entries)
                send_message(
                    f"Journal de bord des projets partagés — semaine du {monday:%d/%m/%Y}",
                    render(user, monday, sections),
                    [user.email],
                )
        except IntegrityError:
            skipped += 1  # a concurrent run recorded it first
            continue
        sent += 1
    return sent, skipped
