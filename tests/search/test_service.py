"""The search service: facets, filters, sort, highlights, bad input, an unreachable engine."""

import logging

import pytest
from django.conf import settings
from django.test import override_settings

from search import services
from search.services import SearchError


def titles(result):
    return [hit.page.title for hit in result.hits]


def facet(result, key):
    return {value.value: (value.label, value.count) for value in result.facets[key]}


def test_facets_count_every_result(corpus):
    # « participation » also finds « participatif » (same stem).
    result = services.search("participation", record_stats=False)
    assert result.total == 3
    assert facet(result, "content_type") == {
        "inspiration.ExperiencePage": ("expérience territoriale", 2),
        "inspiration.ConceptPage": ("concept", 1),
    }
    assert facet(result, "theme")["democratie"] == ("Démocratie locale", 3)
    assert facet(result, "theme")["jeunesse"] == ("Jeunesse", 1)
    assert facet(result, "territory_type") == {
        "ruralites": ("Ruralités", 1),
        "villes": ("Villes", 1),
    }
    assert facet(result, "department") == {"26": ("Drôme", 1), "56": ("Morbihan", 1)}
    assert facet(result, "participation_level") == {
        "6": ("6 — Partenariat", 1),
        "7": ("7 — Délégation de pouvoir", 1),
    }
    assert {"2014", "2022"} <= set(facet(result, "year"))


def test_facets_are_counted_over_all_pages_of_results(corpus):
    result = services.search("quartier", first=1, record_stats=False)
    assert len(result.hits) == 1 and result.has_next
    assert sum(count for _, count in facet(result, "content_type").values()) == result.total == 3


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            {"theme": ["democratie"]},
            {"Conseil citoyen de Grigny", "Budget participatif des enfants à Sène"},
        ),
        (
            {"territory_type": ["qpv"]},
            {"Conseil citoyen de Grigny", "Jardins partagés dans les quartiers prioritaires"},
        ),
        ({"department": ["93"]}, {"Jardins partagés dans les quartiers prioritaires"}),
        ({"participation_level": [4]}, {"Conseil citoyen de Grigny"}),
        (
            {"content_type": ["inspiration.ExperiencePage"], "year": [2022]},
            {"Budget participatif des enfants à Sène"},
        ),
        (
            {"department": ["91", "56"]},
            {"Conseil citoyen de Grigny", "Budget participatif des enfants à Sène"},
        ),
    ],
)
def test_filters(corpus, filters, expected):
    result = services.search("quartier", filters=filters, record_stats=False)
    assert set(titles(result)) == expected
    assert result.total == len(expected)


def test_sort_by_date(corpus):
    result = services.search("quartier", sort=services.DATE, record_stats=False)
    assert titles(result) == [
        "Conseil citoyen de Grigny",  # 2024-09
        "Jardins partagés dans les quartiers prioritaires",  # 2023-01
        "Budget participatif des enfants à Sène",  # 2022-03
    ]


@pytest.mark.parametrize("direct_limit", [2000, 0])
def test_sort_by_date_pages_through_every_match_newest_first(corpus, monkeypatch, direct_limit):
    """Both ways of the database engines (search/ranking.py `dated_page`): few matches read by
    key, many by walking the documents newest first; the same pages either way."""
    from search import ranking

    monkeypatch.setattr(ranking, "DIRECT_LIMIT", direct_limit)
    everything = services.search("démocratie", sort=services.DATE, first=100, record_stats=False)
    dates = [hit.document.date for hit in everything.hits]
    assert len(dates) == everything.total >= 4
    assert dates == sorted(dates, reverse=True)
    paged = []
    for offset in range(0, everything.total, 2):
        page = services.search(
            "démocratie", sort=services.DATE, first=2, offset=offset, record_stats=False
        )
        paged += titles(page)
    assert paged == titles(everything)
    narrowed = services.search(
        "quartier", filters={"theme": ["democratie"]}, sort=services.DATE, record_stats=False
    )
    assert titles(narrowed) == [
        t
        for t in titles(services.search("quartier", sort=services.DATE, record_stats=False))
        if t in titles(narrowed)
    ]
    assert narrowed.total == len(titles(narrowed)) >= 1


def test_relevance_scores_are_decreasing(corpus):
    result = services.search("démocratie", record_stats=False)
    scores = [hit.score for hit in result.hits]
    assert len(scores) >= 3 and all(score is not None for score in scores)
    assert scores == sorted(scores, reverse=True)


def test_pagination_does_not_repeat_or_skip(corpus):
    everything = titles(services.search("démocratie", first=100, record_stats=False))
    pages, offset = [], 0
    while True:
        result = services.search("démocratie", first=2, offset=offset, record_stats=False)
        pages += titles(result)
        offset += 2
        if not result.has_next:
            break
    assert pages == everything


def test_highlights_mark_every_form_and_escape_html(corpus):
    hit = services.search("habitant", record_stats=False).hits[0]
    assert hit.highlights["title"] == (
        "Assemblée des <mark>habitantes</mark> et <mark>habitants</mark> de Saillans"
    )
    assert "<mark>habitantes</mark>" in hit.highlights["summary"]
    hit = services.search("démocratie", filters={"theme": ["jeunesse"]}, record_stats=False).hits[0]
    assert "La <mark>démocratie</mark> commence à l&#x27;école." in hit.highlights["summary"]


def test_highlight_escapes_markup_in_content(corpus):
    page = corpus["Conseil citoyen de Grigny"]
    page.summary = "Les citoyens <script>alert(1)</script> & la rénovation."
    page.save_revision().publish()
    hit = services.search("citoyens", record_stats=False).hits[0]
    assert "<script>" not in hit.highlights["summary"]
    assert "&amp; la rénovation" in hit.highlights["summary"]
    assert "<mark>citoyens</mark>" in hit.highlights["summary"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "La recherche est vide"),
        ("   ", "La recherche est vide"),
        (None, "La recherche est vide"),
        ("?!… ;", "aucun mot"),
        ("le la les de des et", "mots trop courants"),
        ("l' d'", "La recherche est vide"),
        ("x" * 10_000, "200 caractères au plus (10000 reçus)"),
        ("démocratie " * 19, "200 caractères au plus"),
    ],
)
def test_bad_queries_are_refused_clearly(db, query, message):
    with pytest.raises(SearchError) as error:
        services.search(query)
    assert message in error.value.message
    assert error.value.code == services.BAD_USER_INPUT


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"theme": ["inexistante"]}, "valeur inconnue « inexistante »"),
        ({"color": ["rouge"]}, "Filtre inconnu « color »"),
        ({"year": list(range(1990, 2020))}, "20 valeurs au plus"),
    ],
)
def test_unknown_filters_are_refused(corpus, filters, message):
    with pytest.raises(SearchError) as error:
        services.search("quartier", filters=filters)
    assert message in error.value.message


def test_unreachable_engine_is_reported_and_logged(db, caplog):
    backends = {
        "default": {
            "BACKEND": "search.backends.opensearch_french",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
        }
    }
    with (
        override_settings(
            WAGTAILSEARCH_BACKENDS=backends, WAGTAILSEARCH_BACKENDS_AUTO_UPDATE=False
        ),
        caplog.at_level(logging.ERROR, logger="search"),
    ):
        with pytest.raises(SearchError) as error:
            services.search("démocratie")
        with pytest.raises(SearchError):
            services.autocomplete("démo")
    assert error.value.code == services.SEARCH_UNAVAILABLE
    assert "momentanément indisponible" in error.value.message
    assert "Moteur de recherche indisponible" in caplog.text


def test_queries_are_counted_in_search_statistics(corpus):
    from wagtail.contrib.search_promotions.models import Query

    services.search("Démocratie")
    services.search("démocratie")
    assert Query.get("démocratie").hits == 2


def test_editors_picks_come_first(corpus):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    guide = corpus["Guide de l'engagement bénévole"]
    query = Query.get("démocratie")
    SearchPromotion.objects.create(
        query=query, page=guide, description="À lire d'abord.", sort_order=0
    )
    SearchPromotion.objects.create(query=query, page=corpus["draft"], sort_order=1)
    result = services.search("Démocratie", record_stats=False)
    assert [(p.title, p.description) for p in result.promotions] == [
        ("Guide de l'engagement bénévole", "À lire d'abord.")
    ]
    assert services.search("démocratie", offset=1, record_stats=False).promotions == []


def test_max_length_is_a_setting():
    assert settings.SEARCH_MAX_QUERY_LENGTH == 200
