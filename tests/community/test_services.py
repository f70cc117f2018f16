"""Peer exchange: who posts and reads what, bad input, moderation, notifications."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import ModelLogEntry

from cms.services import ServiceError
from community import services
from community.models import Message, MessageRevision, NotificationPreference, Thread
from community.services.notifications import send_digests

pytestmark = pytest.mark.django_db


def refused(code, func, *args, **kwargs):
    with pytest.raises(ServiceError) as caught:
        func(*args, **kwargs)
    assert caught.value.code == code, caught.value.message
    return caught.value


def question(world, user=None, **kwargs):
    return services.open_thread(
        user or world.alice,
        world.project,
        kind=kwargs.pop("kind", "question"),
        title=kwargs.pop("title", "Comment mobiliser les habitants ?"),
        body=kwargs.pop("body", "Nous cherchons des idées pour le diagnostic."),
        **kwargs,
    )


def test_two_collectivites_and_the_expert_exchange_and_the_question_is_solved(world):
    thread = question(world, stage=world.stage)
    assert thread.author_authority == world.lorient and thread.stage == world.stage
    services.reply(world.bruno, thread, body="À Séné, nous avons fait des balades urbaines.")
    answer = services.reply(world.expert, thread, body="@[Alice Le Goff] voyez la fiche n° 3.")
    assert answer.author_authority is None
    assert [m.user for m in answer.mentions.all()] == [world.alice]
    services.mark_resolved(world.alice, thread)
    thread.refresh_from_db()
    assert thread.is_resolved and thread.resolved_by == world.alice
    assert [m.author for m in thread.messages.all()] == [world.alice, world.bruno, world.expert]


def test_an_observer_reads_only_what_is_open_to_observers_and_cannot_post(world):
    private = question(world)
    public = question(world, title="Retour d'expérience", kind="success", visibility="observers")
    assert list(services.readable_threads(world.olga, world.project)) == [public]
    assert set(services.readable_threads(world.bruno, world.project)) == {private, public}
    error = refused("OBSERVER_CANNOT_POST", services.reply, world.olga, public, body="Merci !")
    assert "observatrice" in error.message
    refused("OBSERVER_CANNOT_POST", question, world, world.olga)
    assert not Message.objects.filter(author=world.olga).exists()


def test_a_non_member_reads_nothing_and_cannot_post(world):
    question(world, visibility="observers")
    assert not services.readable_threads(world.stranger, world.project).exists()
    assert not services.readable_threads(None, world.project).exists()
    refused("FORBIDDEN", question, world, world.stranger)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("", "REQUIRED"),
        ("   \n ", "REQUIRED"),
        ("<b></b>", "REQUIRED"),
        ("x" * 100_000, "TOO_LONG"),
    ],
)
def test_empty_or_huge_messages_are_refused_in_french(world, body, code):
    error = refused(code, question, world, body=body)
    assert error.field == "body"
    assert not Thread.objects.exists()


def test_html_and_scripts_are_removed(world):
    thread = question(
        world,
        title="<i>Titre</i>",
        body='Bonjour <script>alert("x")</script><b>gras</b> <a href="javascript:x">lien</a> 3 < 4',
    )
    message = thread.messages.get()
    assert thread.title == "Titre"
    assert message.body == "Bonjour gras lien 3 < 4"


def test_an_unknown_mention_is_refused_and_a_collectivite_is_mentioned(world):
    error = refused("UNKNOWN_MENTION", question, world, body="Qu'en pense @[Quimper] ?")
    assert "« Quimper »" in error.message
    assert not Thread.objects.exists()
    thread = question(world, body="@Séné et @[Claire Expert], qu'en pensez-vous ? a@b.fr")
    mentioned = thread.messages.get().mentions.all()
    assert {m.local_authority for m in mentioned} == {world.sene, None}
    assert {m.user for m in mentioned} == {world.expert, None}


def test_no_reply_to_a_hidden_message(world):
    thread = question(world)
    message = services.reply(world.bruno, thread, body="Hors sujet.")
    services.hide_message(world.anct, message, reason="Hors sujet")
    refused("MESSAGE_HIDDEN", services.reply, world.alice, thread, body="Hein ?", reply_to=message)
    services.hide_message(world.anct, thread.messages.first(), reason="Données personnelles")
    refused("MESSAGE_HIDDEN", services.reply, world.alice, thread, body="Et maintenant ?")
    assert thread.messages.count() == 2


def test_a_flood_is_refused(world, settings):
    settings.COMMUNITY_RATE_LIMIT = 3
    thread = question(world)
    services.reply(world.alice, thread, body="Deux")
    services.reply(world.alice, thread, body="Trois")
    error = refused("RATE_LIMITED", services.reply, world.alice, thread, body="Quatre")
    assert "patientez" in error.message
    assert thread.messages.count() == 3
    services.reply(world.bruno, thread, body="Un autre auteur passe.")


def test_only_the_author_or_the_anct_marks_a_question_solved(world):
    thread = question(world)
    refused("FORBIDDEN", services.mark_resolved, world.bruno, thread)
    services.mark_resolved(world.anct, thread)
    refused("ALREADY_RESOLVED", services.mark_resolved, world.alice, thread)
    success = question(world, kind="success")
    refused("NOT_A_QUESTION", services.mark_resolved, world.alice, success)


def test_the_author_edits_within_the_delay_and_the_history_is_kept(world, settings):
    thread = question(world, body="Première version")
    message = thread.messages.get()
    refused("FORBIDDEN", services.edit_message, world.bruno, message, body="Piratage")
    services.edit_message(world.alice, message, body="Seconde <b>version</b>")
    message.refresh_from_db()
    assert message.body == "Seconde version" and message.edited_at
    assert list(MessageRevision.objects.values_list("body", flat=True)) == ["Première version"]
    Message.objects.filter(pk=message.pk).update(
        created_at=timezone.now() - datetime.timedelta(seconds=settings.COMMUNITY_EDIT_DELAY + 1)
    )
    message.refresh_from_db()
    refused("EDIT_WINDOW_CLOSED", services.edit_message, world.alice, message, body="Trop tard")


def test_a_report_leads_a_moderator_to_hide_then_restore_with_the_audit_log(world):
    thread = question(world, visibility="observers")
    message = services.reply(world.bruno, thread, body="Un message limite.")
    services.report_message(world.olga, message, reason="Propos blessants")
    refused("ALREADY_REPORTED", services.report_message, world.olga, message, reason="Encore")
    refused("NOT_FOUND", services.report_message, world.stranger, message, reason="x")
    refused("FORBIDDEN", services.hide_message, world.alice, message, reason="Je n'aime pas")
    refused("REQUIRED", services.hide_message, world.anct, message, reason=" ")
    services.hide_message(world.anct, message, reason="Propos blessants")
    assert message.is_hidden and message.reports.get().handled_at
    services.restore_message(world.anct, message, reason="Après relecture, acceptable")
    message.refresh_from_db()
    assert not message.is_hidden
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(message.pk))
        .order_by("timestamp")
        .values_list("action", "data")
    )
    assert [a for a, _ in actions] == [
        "community.message_reported",
        "community.message_hidden",
        "community.message_restored",
    ]
    assert actions[1][1]["reason"] == "Propos blessants"


def test_immediate_notifications_go_through_the_worker_to_the_smtp_server(
    world, smtp, django_capture_on_commit_callbacks
):
    NotificationPreference.objects.create(user=world.bruno, frequency="immediate")
    NotificationPreference.objects.create(user=world.expert, frequency="never")
    with django_capture_on_commit_callbacks(execute=True):
        thread = question(world)
    assert smtp.recipients() == [world.bruno.email]
    _, message = smtp.messages[0]
    assert "Comment mobiliser les habitants ?" in message["Subject"]
    assert "/mon-espace/projets/" in message.get_content()
    # Olga and Vannes (observers) cannot read this thread: naming them is refused, not silently
    # lost; nothing is written nor sent.
    for body in ("Précision : @Olga n'a pas accès.", "Et @Vannes ?"):
        error = refused("MENTION_CANNOT_READ", services.reply, world.alice, thread, body=body)
        assert "ne lit pas ce fil" in error.message and error.field == "body"
    assert thread.messages.count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(world.alice, thread, body="Précision pour @Bruno.")
    assert smtp.recipients() == [world.bruno.email, world.bruno.email]
    # In a thread open to the observers, they may be named, and hear of it.
    NotificationPreference.objects.create(user=world.olga, frequency="immediate")
    with django_capture_on_commit_callbacks(execute=True):
        public = question(world, visibility="observers", body="Qu'en pense @Vannes ?")
    assert public.messages.get().mentions.get().local_authority == world.vannes
    assert world.olga.email in smtp.recipients()


def test_the_weekly_digest_is_sent_once(world, django_capture_on_commit_callbacks):
    thread = question(world, visibility="observers")
    services.reply(world.bruno, thread, body="Voici notre retour.")
    NotificationPreference.objects.create(user=world.expert, frequency="immediate")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        sent, skipped = send_digests(timezone.localdate())
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([world.alice.email, world.bruno.email, world.olga.email])
    digest = next(m for m in mail.outbox if m.to == [world.olga.email])
    assert "Comment mobiliser les habitants ?" in digest.body
    assert send_digests(timezone.localdate()) == (0, 3)


def test_a_report_tells_the_moderators_by_e_mail(world, django_capture_on_commit_callbacks):
    thread = question(world, visibility="observers")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.report_message(world.olga, thread.messages.get(), reason="Hors sujet")
    assert [m.to for m in mail.outbox] == [[world.anct.email]]
    assert "Hors sujet" in mail.outbox[0].body
    assert f"/echanges/{thread.pk}/" in mail.outbox[0].body


def test_only_the_projects_named_experts_are_its_experts(world):
    from django.contrib.auth.models import Group

    from cms.roles import ROLE_EXPERTS, ROLE_NAMES
    from projects.models import SharedProjectExpert
    from tests.factories import SharedProjectPageFactory
    from tests.projects.factories import UserFactory

    group, _ = Group.objects.get_or_create(name=ROLE_NAMES[ROLE_EXPERTS])
    world.expert.groups.add(group)
    other = UserFactory(username="autre-expert", first_name="Paul", last_name="Ailleurs")
    other.groups.add(group)
    thread = question(world)
    # In the experts' group, but named on another project: reads nothing, writes nothing here,
    # cannot be mentioned and hears nothing.
    SharedProjectExpert.objects.create(
        project=SharedProjectPageFactory(), name="Paul Ailleurs", user=other
    )
    assert services.standing(other, world.project).role == "none"
    assert not services.readable_threads(other, world.project).exists()
    refused("FORBIDDEN", services.reply, other, thread, body="Je passe.")
    refused("UNKNOWN_MENTION", services.reply, world.alice, thread, body="@[Paul Ailleurs] ?")
    NotificationPreference.objects.create(user=other, frequency="immediate")
    mail.outbox.clear()
    services.reply(world.bruno, thread, body="Une idée.")
    assert other.email not in [address for m in mail.outbox for address in m.to]
    # Named on this project (the admin's « Équipe d'experts »): reads, writes, is mentioned.
    SharedProjectExpert.objects.create(project=world.project, name="Paul Ailleurs", user=other)
    assert services.standing(other, world.project).role == "expert"
    services.reply(world.alice, thread, body="@[Paul Ailleurs] qu'en pensez-vous ?")
    services.reply(other, thread, body="Volontiers.")
