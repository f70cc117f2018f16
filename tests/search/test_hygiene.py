"""Only live, public pages are in the search documents, at once after each change."""

from wagtail.models import PageViewRestriction

from search import services
from search.models import SearchDocument
from tests.factories import ExperiencePageFactory


def found(query):
    return [
        hit.page.title for hit in services.search(query, record_stats=False, correct=False).hits
    ]


def test_unpublish_removes_at_once(corpus, refresh):
    page = corpus["Jardins partagés dans les quartiers prioritaires"]
    page.unpublish()
    refresh()
    assert found("jardins") == []
    assert not SearchDocument.objects.filter(page=page).exists()
    page.save_revision().publish()
    refresh()
    assert found("jardins") == [page.title]


def test_delete_removes_at_once(corpus, refresh):
    page = corpus["Jardins partagés dans les quartiers prioritaires"]
    page.delete()
    refresh()
    assert found("jardins") == []


def test_move_under_a_private_page_removes_at_once(corpus, refresh):
    page = corpus["Jardins partagés dans les quartiers prioritaires"]
    page.move(corpus["private_index"], pos="last-child")
    refresh()
    assert found("jardins") == []
    page.refresh_from_db()
    page.move(corpus["index"], pos="last-child")
    refresh()
    assert found("jardins") == [page.title]


def test_restricting_a_section_removes_its_pages(corpus, refresh):
    restriction = PageViewRestriction.objects.create(
        page=corpus["index"], restriction_type=PageViewRestriction.LOGIN
    )
    refresh()
    assert found("démocratie") == []
    restriction.delete()
    refresh()
    assert "Rencontre nationale de la démocratie délibérative" in found("démocratie")


def test_a_draft_of_a_live_page_is_not_searched(corpus, refresh):
    page = corpus["Jardins partagés dans les quartiers prioritaires"]
    page.title = "Vergers solidaires"
    page.save_revision()
    refresh()
    assert found("vergers") == []
    assert found("jardins") == ["Jardins partagés dans les quartiers prioritaires"]
    page.get_latest_revision().publish()
    refresh()
    assert found("vergers") == ["Vergers solidaires"]


def test_publishing_a_draft_makes_it_searchable(corpus, refresh):
    draft = corpus["draft"]
    assert found("téléphérique") == []
    draft.save_revision().publish()
    refresh()
    assert found("téléphérique") == ["Projet de téléphérique urbain"]


def test_new_live_page_and_renamed_theme(corpus, refresh):
    from cms.models import Theme

    ExperiencePageFactory(
        parent=corpus["index"],
        title="Ressourcerie solidaire",
        summary="Réemploi des objets.",
        period_end=None,
        themes=[Theme.objects.get(slug="ecologie")],
    )
    refresh()
    assert found("ressourcerie") == ["Ressourcerie solidaire"]
    theme = Theme.objects.get(slug="ecologie")
    theme.name = "Écologie"
    theme.save()
    refresh()
    facets = services.search("ressourcerie", record_stats=False).facets["theme"]
    assert [(f.value, f.label) for f in facets] == [("ecologie", "Écologie")]


def test_rebuild_command_restores_documents_and_drops_stale_ones(corpus, refresh):
    from django.core.management import call_command

    SearchDocument.objects.filter(page=corpus["Conseil citoyen de Grigny"]).delete()
    stale = SearchDocument.objects.get(
        page=corpus["Jardins partagés dans les quartiers prioritaires"]
    )
    # A document left behind by a page that is no longer live (e.g. changed in raw SQL).
    type(corpus["draft"]).objects.filter(pk=stale.page_id).update(live=False)
    call_command("rebuild_search_index", documents_only=True, verbosity=0)
    refresh()
    assert found("grigny") == ["Conseil citoyen de Grigny"]
    assert found("jardins") == []
    assert SearchDocument.objects.count() == 9  # the ten live public pages but one
