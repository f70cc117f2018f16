"""Who hears of a message, and when: at once, or in the weekly digest, as each person chose.

E-mails leave through the task worker (`cms.mail.send_later`, one task per address, enqueued when
the message commits: a refused or rolled back message sends nothing). The weekly digest is
recorded per (person, week) so that no week is sent twice (`community.tasks`).
"""

import datetime
import zoneinfo
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from cms.mail import send_later
from cms.models import LocalAuthorityMembership
from cms.roles import ROLE_MODERATORS, ROLE_NAMES
from community.models import CommunityDigest, Message, NotificationPreference, Thread
from community.services.access import OBSERVER, project_members
from community.services.errors import INVALID, ServiceError

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
Frequency = NotificationPreference.Frequency


def frequency(user):
    preference = NotificationPreference.objects.filter(user_id=user.pk).first()
    return preference.frequency if preference else Frequency.WEEKLY


def set_frequency(user, value):
    if value not in Frequency.values:
        raise ServiceError("Fréquence de notification inconnue.", INVALID, "frequency")
    preference, _ = NotificationPreference.objects.update_or_create(
        user=user, defaults={"frequency": value}
    )
    return preference


def exchange_url(thread):
    return (
        f"{settings.FRONTEND_URL.rstrip('/')}/mon-espace/projets/{thread.project.slug}/echanges/"
        f"{thread.pk}/"
    )


def readers(thread):
    """The project's members who may read the thread."""
    members = project_members(thread.project)
    if thread.visibility == Thread.Visibility.OBSERVERS:
        return set(members)
    return {user for user, role in members.items() if role != OBSERVER}


def _concerned(message, named, opening):
    thread = message.thread
    can_read = readers(thread)
    if opening:
        concerned = set(can_read)
    else:
        ids = set(thread.messages.values_list("author_id", flat=True)) | {thread.author_id}
        concerned = {user for user in can_read if user.pk in ids}
    authorities = [item.local_authority.pk for item in named if item.local_authority]
    mentioned_ids = {item.user.pk for item in named if item.user}
    if authorities:
        mentioned_ids |= set(
            LocalAuthorityMembership.objects.filter(
                local_authority_id__in=authorities,
                status=LocalAuthorityMembership.Status.APPROVED,
            ).values_list("user_id", flat=True)
        )
    concerned |= {user for user in can_read if user.pk in mentioned_ids}
    return {user for user in concerned if user.pk != message.author_id and user.email}


def _author_label(message):
    author = message.author
    name = (author.get_full_name() or author.get_username()) if author else "Un membre"
    return f"{name} ({message.author_authority.name})" if message.author_authority else name


def message_posted(message, named, opening):
    """E-mail at once those who chose it; the others will find it in their digest."""
    thread = message.thread
    recipients = _concerned(message, named, opening)
    if not recipients:
        return 0
    preferences = dict(
        NotificationPreference.objects.filter(user__in=recipients).values_list(
            "user_id", "frequency"
        )
    )
    immediate = [u.email for u in recipients if preferences.get(u.pk) == Frequency.IMMEDIATE]
    if not immediate:
        return 0
    what = "a ouvert un fil" if opening else "a répondu"
    subject = f"[{thread.project.title}] {thread.title}"
    body = "\n".join(
        [
            f"{_author_label(message)} {what} dans les échanges du projet partagé "
            f"« {thread.project.title} » ({thread.get_kind_display().lower()}) :",
            "",
            message.body,
            "",
            f"Lire et répondre : {exchange_url(thread)}",
            "",
            "Vous recevez ce courriel parce que vous avez choisi d'être prévenu à chaque message "
            "(« Mon espace › Notifications »).",
        ]
    )
    return send_later(subject, body, immediate)


def message_reported(report):
    User = get_user_model()
    moderators = User.objects.filter(
        is_active=True, groups__name=ROLE_NAMES[ROLE_MODERATORS]
    ).exclude(email="")
    message = report.message
    body = "\n".join(
        [
            f"Un message du fil « {message.thread.title} » (projet « "
            f"{message.thread.project.title} ») a été signalé :",
            "",
            f"Motif : {report.reason}",
            "",
            f"Message : {message.body[:1000]}",
            "",
            f"Masquez-le (avec un motif) ou laissez-le depuis la page du fil : "
            f"{exchange_url(message.thread)}",
            "Les signalements sont listés dans l'administration (Échanges › Signalements).",
        ]
    )
    return send_later("Signalement d'un message des échanges", body, [u.email for u in moderators])


def last_complete_week(today=None):
    today = today or datetime.datetime.now(PARIS).date()
    return today - datetime.timedelta(days=today.weekday() + 7)


def week_bounds(day):
    monday = day - datetime.timedelta(days=day.weekday())
    start = datetime.datetime.combine(monday, datetime.time.min, tzinfo=PARIS)
    return monday, start, start + datetime.timedelta(days=7)


def build_digests(week_day):
    """{user: [(thread, [messages])]} of the week, for those who chose the weekly digest."""
    _, start, end = week_bounds(week_day)
    messages = list(
        Message.objects.filter(created_at__gte=start, created_at__lt=end, hidden_at__isnull=True)
        .select_related("thread__project", "author", "author_authority")
        .order_by("thread_id", "created_at")
    )
    by_thread = defaultdict(list)
    for message in messages:
        by_thread[message.thread].append(message)
    not_weekly = set(
        NotificationPreference.objects.exclude(frequency=Frequency.WEEKLY).values_list(
            "user_id", flat=True
        )
    )
    digests = defaultdict(list)
    members_of = {}
    for thread, thread_messages in by_thread.items():
        if thread.project_id not in members_of:
            members_of[thread.project_id] = project_members(thread.project)
        for user, role in members_of[thread.project_id].items():
            if user.pk in not_weekly or not user.email:
                continue
            if role == OBSERVER and thread.visibility != Thread.Visibility.OBSERVERS:
                continue
            others = [m for m in thread_messages if m.author_id != user.pk]
            if others:
                digests[user].append((thread, others))
    return digests


def render_digest(user, monday, sections):
    lines = [
        f"Bonjour {user.get_full_name() or user.get_username()},",
        "",
        f"Les échanges de vos projets partagés, semaine du {monday:%d/%m/%Y} :",
    ]
    for thread, messages in sections:
        lines += [
            "",
            f"■ {thread.project.title} — {thread.get_kind_display()} : {thread.title}",
            exchange_url(thread),
        ]
        for message in messages:
            lines.append(f"  • {_author_label(message)} : {message.body[:300]}")
    lines += [
        "",
        "Vous recevez ce récapitulatif chaque semaine ; changez ce choix dans « Mon espace ».",
    ]
    return "\n".join(lines)


def send_digests(week_day=None):
    """Send the digest of the week containing `week_day` (default: last complete week) to whoever
    has not had it; returns (sent, skipped)."""
    week_day = week_day or last_complete_week()
    monday, _, _ = week_bounds(week_day)
    sent = skipped = 0
    for user, sections in build_digests(week_day).items():
        count = sum(len(messages) for _, messages in sections)
        try:
            with transaction.atomic():
                CommunityDigest.objects.create(
                    recipient=user, week_start=monday, message_count=count
                )
                send_later(
                    f"Les échanges de vos projets partagés — semaine du {monday:%d/%m/%Y}",
                    render_digest(user, monday, sections),
                    [user.email],
                )
        except IntegrityError:
            skipped += 1
            continue
        sent += 1
    return sent, skipped
