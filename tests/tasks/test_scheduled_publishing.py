"""Scheduled publishing: the periodic task publishes what reached its go-live date and
unpublishes what expired (issue 13, finding 9)."""

import datetime

from django.utils import timezone

from cms.tasks import publish_scheduled
from search.models import SearchDocument
from tests.api.conftest import GraphQLClient
from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory

EXPERIENCES = "{ experiences { edges { node { title } } } }"


def titles(gql):
    return {edge["node"]["title"] for edge in gql(EXPERIENCES)["experiences"]["edges"]}


def test_the_task_publishes_due_pages_and_unpublishes_expired_ones(client, home):
    gql = GraphQLClient(client)
    index = InspirationIndexPageFactory(parent=home)
    past = timezone.now() - datetime.timedelta(minutes=5)
    scheduled = ExperiencePageFactory(parent=index, title="Fête des voisins", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = scheduled.save_revision()
    revision.publish()  # approved for later: not live yet
    revision.refresh_from_db()
    scheduled.refresh_from_db()
    assert not scheduled.live
    # The hour has passed.
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    expired = ExperiencePageFactory(parent=index, title="Consultation close", expire_at=past)
    assert "Fête des voisins" not in titles(gql)

    result = publish_scheduled.enqueue()
    assert result.status == "SUCCESSFUL", result.errors

    scheduled.refresh_from_db()
    expired.refresh_from_db()
    assert scheduled.live and not expired.live and expired.expired
    assert {"Fête des voisins"} <= titles(gql)
    assert "Consultation close" not in titles(gql)
    assert SearchDocument.objects.filter(page=scheduled).exists()
    assert not SearchDocument.objects.filter(page=expired).exists()
