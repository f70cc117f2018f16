"""The in-memory cache of anonymous answers: served again without touching the content, dropped
as soon as a change commits, never used for what is personal or must be counted."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.contrib.search_promotions.models import Query

from cms.api.response_cache import current_version, responses
from cms.tokens import create_token
from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory, ThemeFactory

LIST = "query { experiences(first: 10) { totalCount edges { node { title themes { name } } } } }"


@pytest.fixture(autouse=True)
def cache_on():
    responses.clear()
    with override_settings(GRAPHQL_RESPONSE_CACHE_SIZE=100, GRAPHQL_RESPONSE_CACHE_TTL=60):
        yield
    responses.clear()


@pytest.fixture
def experience(home):
    index = InspirationIndexPageFactory(parent=home, title="Expériences", slug="experiences")
    theme = ThemeFactory(name="Jeunesse")
    return ExperiencePageFactory(parent=index, title="Conseil des jeunes", themes=[theme])


def titles(data):
    return [edge["node"]["title"] for edge in data["experiences"]["edges"]]


def queries_for(gql, query, variables=None, token=None):
    with CaptureQueriesContext(connection) as ctx:
        data = gql(query, variables, token)
    return data, len(ctx.captured_queries)


@pytest.mark.django_db
def test_a_repeated_query_reads_only_the_content_version(gql, experience):
    first, cold = queries_for(gql, LIST)
    again, warm = queries_for(gql, LIST)
    assert again == first and titles(again) == ["Conseil des jeunes"]
    assert cold > 3
    assert warm == 1
    # Other variables, another answer.
    _, other = queries_for(
        gql, "query($n: Int) { experiences(first: $n) { totalCount } }", {"n": 1}
    )
    assert other > 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_published_change_is_seen_at_once(gql, experience):
    assert titles(gql(LIST)) == ["Conseil des jeunes"]
    page = experience.specific
    page.title = "Conseil municipal des jeunes"
    page.save_revision().publish()
    assert titles(gql(LIST)) == ["Conseil municipal des jeunes"]
    page.unpublish()
    assert titles(gql(LIST)) == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_snippet_change_is_seen_once_committed(gql, experience):
    gql(LIST)
    before = current_version()
    with transaction.atomic():
        theme = experience.themes.get()
        theme.name = "Jeunesse et citoyenneté"
        theme.save()
        theme.save()
        assert current_version() == before  # not before the commit
    assert current_version() == before + 1  # one bump per transaction, not per save
    node = gql(LIST)["experiences"]["edges"][0]["node"]
    assert node["themes"] == [{"name": "Jeunesse et citoyenneté"}]


@pytest.mark.django_db
def test_a_rolled_back_change_does_not_bump(experience, django_capture_on_commit_callbacks):
    before = current_version()
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                ThemeFactory(name="Annulée")
                raise RuntimeError
        except RuntimeError:
            pass
    assert current_version() == before


@pytest.mark.django_db
def test_signed_in_users_are_never_served_from_the_cache(gql, experience):
    user = get_user_model().objects.create_user("lectrice", password="x")  # noqa: S106
    token = create_token(user)
    gql(LIST, token=token)
    _, second = queries_for(gql, LIST, token=token)
    assert second > 1
    # Their answer was not stored for anonymous readers either.
    _, anonymous = queries_for(gql, LIST)
    assert anonymous > 1


@pytest.mark.django_db
def test_preview_answers_are_never_stored(gql, experience):
    page = experience.specific
    page.title = "Titre en relecture"
    token = page.create_page_preview().token
    query = "query($t: String) { page(previewToken: $t) { title } }"
    assert gql(query, {"t": token})["page"]["title"] == "Titre en relecture"
    _, second = queries_for(gql, query, {"t": token})
    assert second > 1


@pytest.mark.django_db
def test_every_search_is_counted(gql, experience):
    query = 'query { search(query: "jeunes") { totalCount } }'
    gql(query)
    gql(query)
    assert Query.get("jeunes").hits == 2


@pytest.mark.django_db
def test_answers_expire(gql, experience):
    with override_settings(GRAPHQL_RESPONSE_CACHE_TTL=0):
        gql(LIST)
        _, second = queries_for(gql, LIST)
    assert second > 1


@pytest.mark.django_db
def test_cache_off_by_setting(gql, experience):
    with override_settings(GRAPHQL_RESPONSE_CACHE_SIZE=0):
        gql(LIST)
        _, second = queries_for(gql, LIST)
    assert second > 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_task_queue_and_lockout_bookkeeping_keep_the_cache(settings):
    from axes.models import AccessAttempt
    from django_tasks_db.models import DBTaskResult

    from cms.tasks import send_email

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    before = current_version()
    send_email.enqueue("Objet", "Corps", ["agente@example.org"])
    AccessAttempt.objects.create(
        username="agente", ip_address="127.0.0.1", user_agent="test", failures_since_start=1
    )
    assert DBTaskResult.objects.count() == 1
    assert current_version() == before


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sign_in_and_newsletter_bookkeeping_keep_the_cache():
    from datetime import timedelta

    from django.utils import timezone

    from cms.models import AgentSession
    from newsletter.models import Subscriber

    user = get_user_model().objects.create_user("agente", password="x")  # noqa: S106
    before = current_version()
    AgentSession.objects.create(
        user=user, key_hash="0" * 64, expires_at=timezone.now() + timedelta(hours=1)
    )
    Subscriber.objects.create(email="lectrice@example.org", consent_at=timezone.now())
    assert current_version() == before
