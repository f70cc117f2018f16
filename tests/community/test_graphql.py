"""The exchange through the API, with the operations the site sends (graphql/operations/)."""

import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cms.tokens import create_token
from community import services
from community.models import Message, Thread
from tests.api.test_operations import operation
from tests.ids import gid

pytestmark = pytest.mark.django_db


def open_question(gql, world, token, **variables):
    return gql(
        operation("OpenThread"),
        {
            "project": gid(world.project),
            "kind": "QUESTION",
            "title": "Comment mobiliser ?",
            "body": "Vos idées ?",
            **variables,
        },
        token,
    )["openThread"]


def test_a_question_is_answered_solved_and_read_by_whom_it_may_concern(gql, world):
    alice, bruno = create_token(world.alice), create_token(world.bruno)
    expert, olga = create_token(world.expert), create_token(world.olga)
    opened = open_question(gql, world, alice, visibility="OBSERVERS", stage=gid(world.stage))
    assert opened["errors"] == []
    thread_id = opened["thread"]["id"]
    for token, body in ((bruno, "Des balades urbaines."), (expert, "Voir @[Alice Le Goff].")):
        replied = gql(operation("ReplyToThread"), {"thread": thread_id, "body": body}, token)
        assert replied["reply"]["errors"] == []
    solved = gql(operation("MarkResolved"), {"thread": thread_id}, alice)["markResolved"]
    assert solved["errors"] == [] and solved["thread"]["resolved"]
    open_question(gql, world, bruno, title="Entre parties prenantes")

    listing = gql(operation("CommunityThreads"), {"slug": world.project.slug}, olga)
    assert listing["communityStanding"]["role"] == "OBSERVER"
    assert not listing["communityStanding"]["canPost"]
    titles = [e["node"]["title"] for e in listing["communityThreads"]["edges"]]
    assert titles == ["Comment mobiliser ?"]
    thread = gql(operation("CommunityThread"), {"id": thread_id}, olga)["communityThread"]
    assert [m["node"]["author"]["role"] for m in thread["messages"]["edges"]] == [
        "PARTICIPANT",
        "PARTICIPANT",
        "EXPERT",
    ]
    assert thread["messages"]["edges"][0]["node"]["author"]["localAuthority"]["name"] == "Lorient"
    assert not thread["viewerCanReply"]
    refused = gql(operation("ReplyToThread"), {"thread": thread_id, "body": "Merci"}, olga)
    assert refused["reply"]["errors"][0]["code"] == "OBSERVER_CANNOT_POST"

    listing = gql(operation("CommunityThreads"), {"slug": world.project.slug}, bruno)
    assert listing["communityThreads"]["totalCount"] == 2


def test_a_stranger_and_an_anonymous_reader_read_nothing(gql, world):
    thread_id = open_question(gql, world, create_token(world.alice), visibility="OBSERVERS")[
        "thread"
    ]["id"]
    for token in (create_token(world.stranger), None):
        listing = gql(operation("CommunityThreads"), {"slug": world.project.slug}, token)
        assert listing["communityThreads"]["edges"] == []
        assert listing["communityStanding"]["role"] == "NONE"
        assert (
            gql(operation("CommunityThread"), {"id": thread_id}, token)["communityThread"] is None
        )
        data = gql("query($id: ID!) { node(id: $id) { id } }", {"id": thread_id}, token)
        assert data["node"] is None
    refused = gql(
        operation("ReplyToThread"),
        {"thread": thread_id, "body": "Bonjour"},
        create_token(world.stranger),
    )
    assert refused["reply"]["errors"][0]["code"] == "NOT_FOUND"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("", "REQUIRED"),
        ("a" * 100_000, "TOO_LONG"),
        ("Et @[Personne Inconnue] ?", "UNKNOWN_MENTION"),
    ],
)
def test_bad_input_is_a_typed_french_error(gql, world, body, code):
    answer = open_question(gql, world, create_token(world.alice), body=body)
    assert answer["thread"] is None
    assert answer["errors"][0]["code"] == code and answer["errors"][0]["field"] == "body"
    assert not Thread.objects.exists()


def test_scripts_are_removed_and_bad_ids_refused(gql, world):
    token = create_token(world.alice)
    answer = open_question(gql, world, token, body="<script>alert(1)</script><p>Bonjour</p>")
    thread = gql(operation("CommunityThread"), {"id": answer["thread"]["id"]}, token)
    assert thread["communityThread"]["messages"]["edges"][0]["node"]["body"] == "Bonjour"
    refused = gql(operation("ReplyToThread"), {"thread": gid(world.project), "body": "x"}, token)
    assert refused["reply"]["errors"][0]["code"] == "INVALID_ID"


def test_a_report_leads_a_moderator_to_hide_a_message(gql, world):
    thread_id = open_question(gql, world, create_token(world.alice), visibility="OBSERVERS")[
        "thread"
    ]["id"]
    bruno = create_token(world.bruno)
    message_id = gql(
        operation("ReplyToThread"), {"thread": thread_id, "body": "Propos limite"}, bruno
    )["reply"]["message"]["id"]
    olga, anct = create_token(world.olga), create_token(world.anct)
    reported = gql(operation("ReportMessage"), {"message": message_id, "reason": "Blessant"}, olga)
    assert reported["reportMessage"] == {"errors": [], "reported": True}
    refused = gql(operation("HideMessage"), {"message": message_id, "reason": "Non"}, bruno)
    assert refused["hideMessage"]["errors"][0]["code"] == "FORBIDDEN"
    hidden = gql(operation("HideMessage"), {"message": message_id, "reason": "Blessant"}, anct)
    assert hidden["hideMessage"]["message"] == {
        "id": message_id,
        "hidden": True,
        "hiddenReason": "Blessant",
    }
    seen = gql(operation("CommunityThread"), {"id": thread_id}, olga)["communityThread"]
    last = seen["messages"]["edges"][-1]["node"]
    assert last["hidden"] and last["body"] is None and last["hiddenReason"] is None
    answer = gql(
        operation("ReplyToThread"),
        {"thread": thread_id, "body": "Réponse", "replyTo": message_id},
        create_token(world.alice),
    )["reply"]
    assert answer["errors"][0]["code"] == "MESSAGE_HIDDEN"


def test_a_pdf_is_attached_and_downloaded_by_readers_only(client, gql, world, attachments_root):
    token = create_token(world.alice)
    query = operation("OpenThread")

    def send(upload):
        variables = {
            "project": gid(world.project),
            "kind": "RESOURCE",
            "title": "Notre grille",
            "body": "La grille d'entretien.",
            "attachments": [{"file": None, "title": "Grille"}],
        }
        return client.post(
            "/graphql/",
            {
                "operations": json.dumps({"query": query, "variables": variables}),
                "map": json.dumps({"0": ["variables.attachments.0.file"]}),
                "0": upload,
            },
            HTTP_AUTHORIZATION=f"Bearer {token}",
        ).json()["data"]["openThread"]

    refused = send(SimpleUploadedFile("grille.pdf", b"MZ\x90\x00" + b"\x00" * 200))
    assert refused["errors"][0]["code"] == "FILE_TYPE_NOT_ALLOWED"
    assert not Message.objects.exists()
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    answer = send(SimpleUploadedFile("grille.pdf", pdf, content_type="application/pdf"))
    assert answer["errors"] == []
    thread = gql(operation("CommunityThread"), {"id": answer["thread"]["id"]}, token)
    (attachment,) = thread["communityThread"]["messages"]["edges"][0]["node"]["attachments"]
    assert attachment["title"] == "Grille" and attachment["name"] == "grille.pdf"
    assert attachment["contentType"] == "application/pdf" and not attachment["isImage"]
    path = attachment["url"][attachment["url"].index("/echanges/") :]

    download = client.get(path, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert download.status_code == 200 and b"".join(download.streaming_content) == pdf
    assert download["Content-Disposition"] == 'attachment; filename="grille.pdf"'
    assert download["Cache-Control"] == "private, no-store"
    stored = Path(Message.objects.get().attachments.get().file.path)
    assert stored.is_relative_to(attachments_root)  # outside MEDIA_ROOT: no direct address

    # The thread is kept to the participants: the observer, a stranger, nobody gets the file,
    # not even by its address; nor does anyone once the message is hidden (but the moderators).
    for reader in (world.olga, world.stranger):
        seen = gql(
            operation("CommunityThread"), {"id": answer["thread"]["id"]}, create_token(reader)
        )
        assert seen["communityThread"] is None
        denied = client.get(path, HTTP_AUTHORIZATION=f"Bearer {create_token(reader)}")
        assert denied.status_code == 404
    assert client.get(path).status_code == 404
    assert client.get(path, HTTP_AUTHORIZATION="Bearer wagtail_faux").status_code == 404
    services.hide_message(world.anct, Message.objects.get(), reason="Hors sujet")
    assert client.get(path, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 404
    moderator = client.get(path, HTTP_AUTHORIZATION=f"Bearer {create_token(world.anct)}")
    assert moderator.status_code == 200


def test_the_atom_feed_lists_open_threads_for_a_reader_only(gql, client, world):
    alice = create_token(world.alice)
    open_question(gql, world, alice, title="Ouvert aux observatrices", visibility="OBSERVERS")
    open_question(gql, world, alice, title="Entre parties prenantes")
    standing = gql(
        operation("CommunityThreads"), {"slug": world.project.slug}, create_token(world.olga)
    )
    url = standing["communityStanding"]["feedUrl"]
    path = url[url.index("/echanges/") :]
    feed = client.get(path)
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert "Ouvert aux observatrices" in body and "Entre parties prenantes" not in body
    assert client.get(path.replace("jeton=", "jeton=x")).status_code == 404
    stranger = gql(
        operation("CommunityThreads"), {"slug": world.project.slug}, create_token(world.stranger)
    )
    assert stranger["communityStanding"]["feedUrl"] is None


def test_a_reply_quotes_its_parent_and_the_notification_choice_reads_back(gql, world):
    alice, bruno = create_token(world.alice), create_token(world.bruno)
    thread_id = open_question(gql, world, alice)["thread"]["id"]
    thread = gql(operation("CommunityThread"), {"id": thread_id}, bruno)["communityThread"]
    parent = thread["messages"]["edges"][0]["node"]["id"]
    replied = gql(
        operation("ReplyToThread"),
        {"thread": thread_id, "body": "Des balades urbaines.", "replyTo": parent},
        bruno,
    )["reply"]
    assert replied["errors"] == []
    thread = gql(operation("CommunityThread"), {"id": thread_id}, alice)["communityThread"]
    answer = thread["messages"]["edges"][1]["node"]
    assert answer["replyTo"] == parent
    assert answer["inReplyTo"]["body"] == "Vos idées ?"
    assert answer["inReplyTo"]["author"]["localAuthority"]["name"] == "Lorient"

    def chosen(token):
        return gql(operation("CommunityThreads"), {"slug": world.project.slug}, token)[
            "communityNotifications"
        ]

    assert chosen(alice) == "WEEKLY"
    saved = gql(operation("SetCommunityNotifications"), {"frequency": "IMMEDIATE"}, alice)
    assert saved["setCommunityNotifications"]["errors"] == []
    assert chosen(alice) == "IMMEDIATE" and chosen(bruno) == "WEEKLY"
    assert (
        gql(operation("CommunityThreads"), {"slug": world.project.slug})["communityNotifications"]
        is None
    )
