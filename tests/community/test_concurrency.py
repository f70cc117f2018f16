"""Two posts of one author at the same moment are counted one after the other."""

import contextlib
import threading

import pytest
from django.db import connection, connections

from cms.services import ServiceError
from community import services
from community.models import Message
from community.services import messages

pytestmark = [
    # Serialised rollback as tests/projects/test_concurrency.py: a plain flush re-runs post_migrate
    # (content types, the home page of the data migrations) and the next serialised test failed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL (DATABASE_URL=postgres://…; `scripts/postgres start`): SQLite "
        "serialises writers anyway",
    ),
]


def test_two_simultaneous_posts_cannot_both_pass_the_limit(world, settings, monkeypatch):
    settings.COMMUNITY_RATE_LIMIT = 1
    thread = services.open_thread(
        world.expert, world.project, kind="question", title="Calendrier", body="Quand ?"
    )
    # Each post waits, after counting, for the other to have counted too: without the lock both
    # see 0 messages of Alice and both pass. With it, the second counts only once the first has
    # committed (the barrier then gives up waiting).
    barrier = threading.Barrier(2, timeout=3)
    counted = messages.check_rate

    def check_then_wait(user):
        counted(user)
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()

    monkeypatch.setattr(messages, "check_rate", check_then_wait)
    outcomes = []

    def post(text):
        try:
            services.reply(world.alice, thread, body=text)
            outcomes.append("published")
        except ServiceError as error:
            outcomes.append(error.code)
        finally:
            connections.close_all()

    posts = [threading.Thread(target=post, args=(f"Réponse {n}",)) for n in (1, 2)]
    for item in posts:
        item.start()
    for item in posts:
        item.join()
    assert sorted(outcomes) == ["RATE_LIMITED", "published"]
    assert Message.objects.filter(author=world.alice).count() == 1
