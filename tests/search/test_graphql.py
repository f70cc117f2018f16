"""GraphQL `search` and `autocomplete`: shape, typed errors, constant query count."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.conftest import GraphQLClient
from tests.ids import gid

SEARCH = """
query (
  $query: String!, $filter: SearchFilter, $first: Int, $after: String, $sort: SearchSort,
  $spellcheck: Boolean
) {
  search(
    query: $query, filter: $filter, first: $first, after: $after, sort: $sort,
    spellcheck: $spellcheck
  ) {
    totalCount
    correctedQuery
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      contentType title urlPath score
      highlights { title summary excerpt }
      page { id title ... on ExperiencePage { themes { name } } }
    } }
    facets {
      contentType { value label count }
      theme { value label count }
      territoryType { value label count }
      department { value label count }
      participationLevel { value label count }
      year { value label count }
    }
    promotions { title url }
  }
}
"""


def post(client, query, variables):
    return GraphQLClient(client).post(query, variables).json()


def test_search(client, corpus):
    data = post(client, SEARCH, {"query": "habitantes", "first": 5})["data"]["search"]
    assert data["totalCount"] == 1
    node = data["edges"][0]["node"]
    assert node["contentType"] == "inspiration.ExperiencePage"
    assert (
        node["title"]
        == node["page"]["title"]
        == "Assemblée des habitantes et habitants de Saillans"
    )
    assert node["highlights"]["title"].count("<mark>") == 2
    assert node["page"]["themes"] == [{"name": "Démocratie locale"}]
    assert data["facets"]["department"] == [{"value": "26", "label": "Drôme", "count": 1}]


def test_search_filter_and_pagination(client, corpus):
    variables = {"query": "quartier", "first": 1, "filter": {"territoryType": ["qpv"]}}
    first = post(client, SEARCH, variables)["data"]["search"]
    assert first["totalCount"] == 2 and first["pageInfo"]["hasNextPage"]
    variables["after"] = first["pageInfo"]["endCursor"]
    second = post(client, SEARCH, variables)["data"]["search"]
    assert not second["pageInfo"]["hasNextPage"]
    assert first["edges"][0]["node"]["title"] != second["edges"][0]["node"]["title"]


def test_typo_corrected_unless_the_exact_words_are_asked(client, corpus):
    corrected = post(client, SEARCH, {"query": "démocrasie"})["data"]["search"]
    # Shown as « Vouliez-vous dire « démocratie » ? »: a word of the results, not a stem.
    assert corrected["correctedQuery"] in {"démocratie", "démocratique"}
    assert corrected["totalCount"] > 0
    # The site's « Rechercher plutôt « démocrasie » » link: the words as typed, nothing found.
    exact = post(client, SEARCH, {"query": "démocrasie", "spellcheck": False})["data"]["search"]
    assert exact["correctedQuery"] is None
    assert exact["totalCount"] == 0 and exact["edges"] == []


def test_editors_pick_gives_its_page(client, corpus):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    guide = corpus["Guide de l'engagement bénévole"]
    SearchPromotion.objects.create(query=Query.get("démocratie"), page=guide, sort_order=0)
    query = """query ($query: String!) {
      search(query: $query) { promotions { title page { __typename urlPath } } }
    }"""
    data = post(client, query, {"query": "démocratie"})["data"]["search"]
    # The site links to the page by its path: a null page left it only the absolute URL.
    [promotion] = data["promotions"]
    assert promotion["title"] == "Guide de l'engagement bénévole"
    assert promotion["page"]["__typename"] == "ResourcePage"
    assert promotion["page"]["urlPath"].endswith(f"/{guide.slug}/")


def test_search_errors_are_typed(client, corpus):
    for variables, message in [
        ({"query": "x" * 10_000}, "200 caractères au plus"),
        ({"query": ""}, "La recherche est vide"),
        ({"query": "les des"}, "mots trop courants"),
        ({"query": "quartier", "filter": {"theme": ["nope"]}}, "valeur inconnue"),
        ({"query": "quartier", "after": "bad"}, "Curseur"),
        ({"query": "quartier", "first": -1}, "négatif"),
    ]:
        payload = post(client, SEARCH, variables)
        assert payload["data"] is None
        error = payload["errors"][0]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", (variables, error)
        assert message in error["message"]


def test_query_count_does_not_grow_with_page_size(client, corpus):
    def count(first):
        with CaptureQueriesContext(connection) as queries:
            data = post(client, SEARCH, {"query": "démocratie", "first": first})
        assert "errors" not in data
        return len(data["data"]["search"]["edges"]), len(queries)

    # Same content types on both pages of results: only the page size changes.
    small = count(1)
    large = count(10)
    assert large[0] > small[0]
    assert large[1] <= small[1] + 3, (small, large)


AUTOCOMPLETE = """
query ($prefix: String!) { autocomplete(prefix: $prefix) { title urlPath contentType page { id } } }
"""


def test_autocomplete(client, corpus):
    data = post(client, AUTOCOMPLETE, {"prefix": "Jard"})["data"]["autocomplete"]
    assert data == [
        {
            "title": "Jardins partagés dans les quartiers prioritaires",
            "urlPath": "/ressources/jardins-partages-dans-les-quartiers-prioritaires/",
            "contentType": "inspiration.ExperiencePage",
            "page": {"id": gid(corpus["Jardins partagés dans les quartiers prioritaires"])},
        }
    ]
    payload = post(client, AUTOCOMPLETE, {"prefix": "x" * 300})
    assert payload["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
