"""Every field of every type, on a site that holds every kind of content (tests/api/content.py):
one query per root field selecting everything reachable (unions and interfaces through each of their
types), not a single error back, and every type of content met on the way."""

import graphql
import pytest
from wagtail.models import Page, get_page_models

from cms.api.schema import schema
from tests.api import content
from tests.ids import gid

MAX_DEPTH = 3
PROJECT = content.PROJECT_SLUG
# Values for required arguments, by root field (global ids once the content is built).
REQUIRED = {
    "sharedProject": {"slug": PROJECT},
    "communityStanding": {"slug": PROJECT},
    "communityThreads": {"slug": PROJECT},
}
# Root fields that need data or a caller this walk does not have; covered by their own tests.
SKIPPED_ROOTS = {
    "me",
    "myNewsletterSubscription",
    "communityNotifications",
    "search",
    "autocomplete",
}


def _literal(value):
    return f'"{value}"' if isinstance(value, str) else str(value)


def selection(graphql_type, depth, seen_types=(), alias=False):
    named = graphql.get_named_type(graphql_type)
    if isinstance(named, graphql.GraphQLScalarType | graphql.GraphQLEnumType):
        return ""
    if depth >= MAX_DEPTH:
        return "{ __typename }"
    if isinstance(named, graphql.GraphQLUnionType | graphql.GraphQLInterfaceType):
        if named.name in seen_types:  # the Page interface under a page: its own fields only
            return "{ __typename }"
        seen_types = (*seen_types, named.name)
        possible = schema.graphql_schema.get_possible_types(named)
        parts = [
            f"... on {t.name} {selection(t, depth, seen_types, alias=True)}"
            for t in possible
            if t.name not in seen_types
        ]
        return "{ __typename " + " ".join(parts) + " }"
    fields = []
    for name, field in named.fields.items():
        if any(
            graphql.is_non_null_type(arg.type) and arg.default_value is graphql.Undefined
            for arg in field.args.values()
        ):
            continue
        args = "(first: 2)" if "first" in field.args else ""
        # Relay wrappers do not count as a level: the nodes are what must be walked.
        step = 0 if name in ("edges", "node") else 1
        sub = selection(field.type, depth + step, (*seen_types, named.name))
        label = f"{named.name}_{name}: {name}" if alias else name
        fields.append(f"{label}{args} {sub}")
    return "{ __typename " + " ".join(fields) + " }"


def root_queries(required):
    query_type = schema.graphql_schema.query_type
    for name, field in query_type.fields.items():
        if name in SKIPPED_ROOTS:
            continue
        args = dict(required.get(name, {}))
        missing = [
            a
            for a, arg in field.args.items()
            if graphql.is_non_null_type(arg.type) and a not in args
        ]
        if missing:
            continue
        if "first" in field.args:
            args["first"] = 2
        if name == "page":
            args["urlPath"] = "/"
        yield name, query(name, field, args)
        if name == "pages":
            # `pages(first: 2)` stops at the first sections: one walk per page type reaches them all.
            for model in get_page_models():
                if model is not Page:
                    label = f"{model._meta.app_label}.{model.__name__}"
                    yield name, query(name, field, {**args, "contentType": label})


def query(name, field, args):
    rendered = "(" + ", ".join(f"{k}: {_literal(v)}" for k, v in args.items()) + ")" if args else ""
    return f"query {{ {name}{rendered} {selection(field.type, 1)} }}"


@pytest.mark.django_db
def test_every_field_resolves_on_every_kind_of_content(gql, settings, tmp_path):
    # All through the `settings` fixture: with an @override_settings decorator as well, the
    # fixture's teardown would restore the decorator's limits for the tests that follow.
    settings.GRAPHQL_MAX_COST = 1_000_000
    settings.GRAPHQL_MAX_DEPTH = 30
    settings.GRAPHQL_MAX_ALIASES = 100_000
    settings.GRAPHQL_MAX_QUERY_LENGTH = 10_000_000
    settings.GRAPHQL_MAX_TOKENS = 10_000_000
    settings.MEDIA_ROOT = str(tmp_path)
    site = content.build()
    required = {
        **REQUIRED,
        "journalEntries": {"project": gid(site.project)},
        "node": {"id": gid(site.experiences.sene)},
    }
    walked, met = [], set()
    for name, text in root_queries(required):
        data = gql(text)
        assert data[name] is not None, name
        walked.append(name)
        met |= typenames(data)
    assert {
        "experiences",
        "sharedProject",
        "newsletters",
        "page",
        "node",
        "localAuthorities",
    } <= set(walked)
    # The walk proves something only where there was data: every page type, every block a front
    # end can receive and every inline record came back at least once.
    page_types = set(
        schema.graphql_schema.get_possible_types(schema.graphql_schema.get_type("Page"))
    )
    expected = {t.name for t in page_types} | {
        t.name
        for union in ("BodyBlock", "NewsletterSection")
        for t in schema.graphql_schema.get_type(union).types
    }
    expected -= {"BodyEmbed"}  # an embed would fetch its oEmbed provider, out of reach here
    expected |= {
        "ConceptLevel",
        "SharedProjectStage",
        "SharedProjectExpert",
        "Action",
        "EngagementYearlyPlan",
        "EngagementMilestone",
        "EngagementReview",
        "ThemeRankingEntry",
        "Image",
        "Document",
    }
    assert expected - met == set()


def typenames(value):
    """Every __typename in a response."""
    if isinstance(value, dict):
        found = {value["__typename"]} if "__typename" in value else set()
        for item in value.values():
            found |= typenames(item)
        return found
    if isinstance(value, list):
        return set().union(*(typenames(item) for item in value)) if value else set()
    return set()
