"""Races on PostgreSQL with real threads: the project's row lock and the constraints keep the
rules. On SQLite every write transaction is serialised (transaction_mode IMMEDIATE), so these
tests only run against PostgreSQL."""

import threading

import pytest
from django.conf import settings
from django.db import connections, transaction

from cms.services import ServiceError
from projects import services
from projects.models import Enrollment, ThemeVote
from tests.factories import LocalAuthorityFactory, SharedProjectPageFactory
from tests.projects.factories import ThemeProposalFactory, VotingCampaignFactory, member_of

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith(".postgresql"),
        reason=(
            "Concurrence testée sur PostgreSQL : scripts/postgres start, puis "
            "DATABASE_URL=$(scripts/postgres url) make test"
        ),
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def run_at_once(calls):
    """Run each call in its own thread and database connection, all released together.
    Returns (results, unexpected exceptions)."""
    barrier = threading.Barrier(len(calls))
    results, crashes = [None] * len(calls), []

    def worker(index, call):
        try:
            barrier.wait(timeout=30)
            with transaction.atomic():
                results[index] = call()
        except ServiceError as refusal:
            results[index] = refusal
        except Exception as error:  # noqa: BLE001 — a crash is what the test looks for
            crashes.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results, crashes


def test_fifty_collectivites_enrol_at_once_into_five_places():
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=5)
    users = [member_of(LocalAuthorityFactory()) for _ in range(50)]
    results, crashes = run_at_once(
        [lambda u=u: services.enroll(u, project, "participant") for u in users]
    )
    assert crashes == []
    assert not [r for r in results if isinstance(r, ServiceError)]
    enrollments = Enrollment.objects.filter(project=project)
    assert enrollments.filter(status="confirmed").count() == 5
    assert enrollments.filter(status="waiting").count() == 45
    positions = list(enrollments.values_list("position", flat=True))
    assert sorted(positions) == list(range(1, 51))
    # The five confirmed are the first five to have got the lock.
    confirmed = set(enrollments.filter(status="confirmed").values_list("position", flat=True))
    assert confirmed == {1, 2, 3, 4, 5}


def test_twenty_identical_votes_at_once_give_one_vote():
    authority = LocalAuthorityFactory()
    proposal = ThemeProposalFactory(campaign=VotingCampaignFactory(vote_limit=1))
    users = [member_of(authority) for _ in range(20)]
    results, crashes = run_at_once([lambda u=u: services.vote(u, proposal) for u in users])
    assert crashes == []
    assert ThemeVote.objects.filter(proposal=proposal, local_authority=authority).count() == 1
    # Every caller either got the vote or a typed ALREADY_VOTED refusal: never a crash.
    for result in results:
        assert not isinstance(result, ServiceError) or result.code == services.ALREADY_VOTED


def test_racing_votes_on_different_themes_respect_the_limit():
    authority = LocalAuthorityFactory()
    campaign = VotingCampaignFactory(vote_limit=2)
    proposals = [ThemeProposalFactory(campaign=campaign) for _ in range(6)]
    user = member_of(authority)
    results, crashes = run_at_once([lambda p=p: services.vote(user, p) for p in proposals])
    assert crashes == []
    assert ThemeVote.objects.filter(local_authority=authority).count() == 2
    refusals = [r.code for r in results if isinstance(r, ServiceError)]
    assert refusals == [services.VOTE_LIMIT_REACHED] * 4


def test_withdrawals_racing_enrolments_keep_the_capacity():
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=3)
    first = [member_of(LocalAuthorityFactory()) for _ in range(3)]
    for user in first:
        services.enroll(user, project, "participant")
    newcomers = [member_of(LocalAuthorityFactory()) for _ in range(10)]
    calls = [lambda u=u: services.withdraw_enrollment(u, project) for u in first]
    calls += [lambda u=u: services.enroll(u, project, "participant") for u in newcomers]
    results, crashes = run_at_once(calls)
    assert crashes == []
    enrollments = Enrollment.objects.filter(project=project)
    assert enrollments.filter(status="confirmed").count() == 3
    assert enrollments.filter(status="waiting").count() == 7
    assert enrollments.filter(status="withdrawn").count() == 3
