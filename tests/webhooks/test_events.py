"""What the site is told: each change of content produces one message per transaction, listing the
objects, the paths and the cache tags the site must revalidate."""

import pytest
from django.db import transaction
from django.test.utils import isolate_apps
from graphene.relay import Node
from wagtail.contrib.settings.models import BaseSiteSetting

from tests.cms.factories import ThemeFactory
from tests.inspiration.factories import ExperiencePageFactory, InspirationIndexPageFactory
from webhooks import signals
from webhooks.models import EventType, WebhookDelivery, WebhookEndpoint


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run `action` as a committed transaction: the webhooks leave, the worker runs at once.

    The test's own transaction never commits: whatever the test changes outside `commit` would
    wait for it forever (and take the changes that follow with it), so the setup goes through it.
    """

    def run(action):
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            return action()

    return run


@pytest.fixture
def tree(db, home, commit, receiver):
    def build():
        experiences = InspirationIndexPageFactory(
            parent=home, title="Expériences", slug="experiences"
        )
        resources = InspirationIndexPageFactory(parent=home, title="Ressources", slug="ressources")
        page = ExperiencePageFactory(parent=experiences, title="Budget participatif", slug="budget")
        return experiences, resources, page

    built = commit(build)
    receiver.requests.clear()
    WebhookDelivery.objects.all().delete()
    return built


def gid(type_name, pk):
    return Node.to_global_id(type_name, pk)


def bodies(receiver):
    return [request.json for request in receiver.requests]


def test_publish_tells_the_page_its_parent_its_type_and_the_sitemap(
    endpoint, receiver, tree, commit
):
    _, _, page = tree
    commit(lambda: page.save_revision().publish())
    (body,) = bodies(receiver)
    page_id = gid("ExperiencePage", page.pk)
    assert body["type"] == "page.published"
    assert body["objects"] == [
        {
            "kind": "page",
            "type": "ExperiencePage",
            "id": page_id,
            "pk": page.pk,
            "urlPath": "/experiences/budget/",
        }
    ]
    assert body["paths"] == ["/experiences/budget/", "/experiences/"]
    assert body["tags"] == sorted(
        [
            "path:/experiences/budget/",
            "path:/experiences/",
            "type:ExperiencePage",
            f"page:{page_id}",
            "sitemap",
        ]
    )
    assert body["truncated"] is False
    assert body["occurredAt"].endswith("+00:00")


def test_unpublish(endpoint, receiver, tree, commit):
    _, _, page = tree
    commit(lambda: page.unpublish())

    (body,) = bodies(receiver)
    assert body["type"] == "page.unpublished"
    assert [item["urlPath"] for item in body["objects"]] == ["/experiences/budget/"]
    assert {"path:/experiences/budget/", "path:/experiences/", "sitemap"} <= set(body["tags"])


def test_move_tells_old_and_new_paths_and_both_parents(endpoint, receiver, tree, commit):
    _, resources, page = tree
    commit(lambda: page.move(resources, pos="last-child"))

    (body,) = bodies(receiver)
    assert body["type"] == "page.moved"
    (item,) = body["objects"]
    assert item["urlPath"] == "/ressources/budget/"
    assert item["oldUrlPath"] == "/experiences/budget/"
    assert body["paths"] == [
        "/ressources/budget/",
        "/ressources/",
        "/experiences/budget/",
        "/experiences/",
    ]
    assert {f"path:{path}" for path in body["paths"]} | {"sitemap", "type:ExperiencePage"} <= set(
        body["tags"]
    )


def test_moving_a_section_moves_its_live_pages_too(endpoint, receiver, tree, home, commit):
    experiences, resources, page = tree
    draft = commit(lambda: ExperiencePageFactory(parent=experiences, slug="brouillon", live=False))
    receiver.requests.clear()
    commit(lambda: experiences.move(resources, pos="last-child"))

    (body,) = bodies(receiver)
    moved = {item["pk"]: (item["oldUrlPath"], item["urlPath"]) for item in body["objects"]}
    assert moved == {
        experiences.pk: ("/experiences/", "/ressources/experiences/"),
        page.pk: ("/experiences/budget/", "/ressources/experiences/budget/"),
    }
    assert draft.pk not in moved
    assert "path:/experiences/budget/" in body["tags"]
    assert "path:/ressources/experiences/budget/" in body["tags"]


def test_a_slug_changed_on_publish_moves_the_page(endpoint, receiver, tree, commit):
    _, _, page = tree

    def rename():
        page.slug = "budget-2025"
        page.save_revision().publish()

    commit(rename)

    by_type = {body["type"]: body for body in bodies(receiver)}
    assert set(by_type) == {"page.moved", "page.published"}
    (moved,) = by_type["page.moved"]["objects"]
    assert (moved["oldUrlPath"], moved["urlPath"]) == (
        "/experiences/budget/",
        "/experiences/budget-2025/",
    )
    assert "path:/experiences/budget/" in by_type["page.moved"]["tags"]


def test_delete_lists_every_live_page_of_the_subtree(endpoint, receiver, tree, commit):
    """One message: Wagtail unpublishes the pages it deletes, the deletion says it all."""
    experiences, _, page = tree
    commit(lambda: ExperiencePageFactory(parent=experiences, slug="brouillon", live=False))
    receiver.requests.clear()
    commit(lambda: experiences.delete())
    (body,) = bodies(receiver)
    assert body["type"] == "page.deleted"
    assert {(item["type"], item["urlPath"]) for item in body["objects"]} == {
        ("InspirationIndexPage", "/experiences/"),
        ("ExperiencePage", "/experiences/budget/"),
    }
    assert {"path:/", "path:/experiences/", "path:/experiences/budget/", "sitemap"} <= set(
        body["tags"]
    )


def test_a_page_in_the_menus_tags_the_whole_site(endpoint, receiver, tree, commit):
    experiences, _, _ = tree
    experiences.show_in_menus = True
    experiences.save()
    commit(lambda: experiences.save_revision().publish())

    (body,) = bodies(receiver)
    assert "site" in body["tags"]


def test_a_page_taken_out_of_the_menus_tags_the_whole_site(endpoint, receiver, tree, commit):
    experiences, _, _ = tree
    experiences.show_in_menus = True
    experiences.save()
    commit(lambda: experiences.save_revision().publish())
    receiver.requests.clear()

    experiences = experiences.specific_class.objects.get(pk=experiences.pk)
    experiences.show_in_menus = False
    commit(lambda: experiences.save_revision().publish())

    (body,) = bodies(receiver)
    assert "site" in body["tags"]


def test_a_page_never_in_the_menus_leaves_the_site_tag_out(endpoint, receiver, tree, commit):
    experiences, _, _ = tree
    commit(lambda: experiences.save_revision().publish())

    (body,) = bodies(receiver)
    assert "site" not in body["tags"]


def test_one_message_per_event_type_and_transaction(endpoint, receiver, tree, commit):
    experiences, _, page = tree
    other = commit(lambda: ExperiencePageFactory(parent=experiences, slug="autre", live=False))
    receiver.requests.clear()

    def publish_both_twice():
        for _ in range(2):
            page.save_revision().publish()
            other.save_revision().publish()

    commit(publish_both_twice)

    (body,) = bodies(receiver)
    assert [item["pk"] for item in body["objects"]] == [page.pk, other.pk]
    assert WebhookDelivery.objects.filter(event="page.published").count() == 1


def test_a_rolled_back_change_sends_nothing(
    endpoint, receiver, tree, django_capture_on_commit_callbacks
):
    _, _, page = tree
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        page.save_revision().publish()
        raise RuntimeError("annulé")
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_snippet_saved_then_deleted(endpoint, receiver, commit):
    theme = ThemeFactory.build(name="Démocratie alimentaire")
    commit(theme.save)
    pk = theme.pk
    commit(theme.delete)

    saved, deleted = bodies(receiver)
    expected = {"kind": "snippet", "type": "Theme", "id": gid("Theme", pk), "pk": pk}
    assert (saved["type"], saved["objects"], saved["tags"]) == (
        "snippet.changed",
        [expected],
        ["snippet:cms.Theme"],
    )
    assert (deleted["type"], deleted["objects"], deleted["tags"]) == (
        "snippet.deleted",
        [expected],
        ["snippet:cms.Theme"],
    )
    assert saved["paths"] == deleted["paths"] == []


def test_a_site_wide_snippet_tags_the_site(endpoint, receiver, commit, settings):
    settings.WEBHOOKS_SITE_WIDE_MODELS = ["cms.Theme"]
    commit(ThemeFactory)
    (body,) = bodies(receiver)
    assert body["tags"] == ["site", "snippet:cms.Theme"]


def test_ignored_models_send_nothing(endpoint, receiver, commit, settings):
    settings.WEBHOOKS_IGNORED_MODELS = ["cms.Theme"]
    commit(ThemeFactory)
    assert receiver.requests == []


@isolate_apps("webhooks")
def test_a_setting_changed_tags_the_site(endpoint, receiver, commit, home):
    class SiteSettings(BaseSiteSetting):
        class Meta:
            app_label = "webhooks"

    assert signals.kind_of(SiteSettings) == "setting"
    setting = SiteSettings(pk=3, site_id=1)
    commit(lambda: signals.on_object_saved(sender=SiteSettings, instance=setting, created=False))

    (body,) = bodies(receiver)
    assert body["type"] == "setting.changed"
    assert body["objects"] == [
        {"kind": "setting", "type": "SiteSettings", "id": gid("SiteSettings", 3), "pk": 3}
    ]
    assert body["tags"] == ["site"]


def test_a_disabled_endpoint_gets_nothing(endpoint, receiver, tree, commit):
    endpoint.active = False
    endpoint.save()
    _, _, page = tree
    commit(lambda: page.save_revision().publish())
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_an_endpoint_gets_only_the_events_it_subscribed_to(endpoint, receiver, tree, commit):
    endpoint.events = [EventType.SNIPPET_CHANGED]
    endpoint.save()
    _, _, page = tree
    commit(lambda: page.save_revision().publish())
    commit(ThemeFactory)
    assert [body["type"] for body in bodies(receiver)] == ["snippet.changed"]


def test_without_endpoint_nothing_is_recorded(db, tree, commit):
    _, _, page = tree
    commit(lambda: page.save_revision().publish())
    assert not WebhookDelivery.objects.exists()
    assert not WebhookEndpoint.objects.exists()


def test_too_many_pages_in_one_message_tags_the_whole_site(
    endpoint, receiver, tree, commit, settings
):
    settings.WEBHOOKS_MAX_OBJECTS = 2
    experiences, _, page = tree
    others = commit(
        lambda: [ExperiencePageFactory(parent=experiences, live=False) for _ in range(2)]
    )
    receiver.requests.clear()

    def publish_all():
        for item in [page, *others]:
            item.save_revision().publish()

    commit(publish_all)

    (body,) = bodies(receiver)
    assert body["truncated"] is True
    assert len(body["objects"]) == 2
    assert "site" in body["tags"] and "sitemap" in body["tags"]
    assert not [tag for tag in body["tags"] if tag.startswith(("path:", "page:"))]
