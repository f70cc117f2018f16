"""The search service: one entry point over every engine, for GraphQL and the admin.

    result = search("démocratie participative", filters={"theme": ["sante"]}, sort="date")
    result.hits[0].page, .score, .highlights["title"], result.facets["theme"], result.total

Only live, public pages are ever found: the engines index `SearchDocument`s, which exist for
those pages only (search/documents.py keeps them in step). Errors a person can fix come out as
`SearchError(message in French, code)`; an engine that does not answer is logged and reported as
`SEARCH_UNAVAILABLE`, never as a crash.
"""

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Count, Exists, OuterRef
from django.utils.html import escape
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cms.visibility import scheduled_q
from search import french, ranking, thesaurus, typo
from search.facets import DATE, FACET_KEYS, MAX_FACET_VALUES, RELEVANCE, FacetValue
from search.french import WORD_RE
from search.models import SearchDocument, SearchFacet
from search.query import SlotQuery
from search.query import parse as parse_query

logger = logging.getLogger("search")

BAD_USER_INPUT = "BAD_USER_INPUT"
SEARCH_UNAVAILABLE = "SEARCH_UNAVAILABLE"

MAX_FILTER_VALUES = 20
EXCERPT_LENGTH = 240


class SearchError(Exception):
    def __init__(self, message, code=BAD_USER_INPUT):
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass
class Hit:
    document: SearchDocument
    page: Page
    score: float | None
    highlights: dict

    @property
    def content_type(self):
        return f"{self.page._meta.app_label}.{type(self.page).__name__}"


@dataclass
class Promotion:
    title: str
    url: str
    description: str
    page: Page | None = None


@dataclass
class SearchResult:
    query: str
    hits: list
    total: int
    offset: int
    has_next: bool
    facets: dict = field(default_factory=dict)
    corrected_query: str | None = None
    promotions: list = field(default_factory=list)
    expansions: list = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Input


def clean_query(query, name="query"):
    """The query as searched, or a SearchError saying what is wrong with it."""
    limit = settings.SEARCH_MAX_QUERY_LENGTH
    if query is not None and len(query) > limit:
        raise SearchError(
            f"« {name} » : {limit} caractères au plus ({len(query)} reçus). "
            "Raccourcissez votre recherche."
        )
    text = french.clean_query(query)
    if not text:
        raise SearchError("La recherche est vide : saisissez au moins un mot.")
    if not re.search(r"\w", text):
        raise SearchError(
            "La recherche ne contient aucun mot : saisissez des lettres ou des chiffres."
        )
    if not french.terms(text):
        raise SearchError(
            "La recherche ne contient que des mots trop courants (le, de, et…) : "
            "ajoutez un mot plus précis."
        )
    return text


def clean_filters(filters):
    """{key: [values]} with known keys and values that exist; a SearchError otherwise."""
    cleaned = {}
    for key, values in (filters or {}).items():
        if values is None or values == []:
            continue
        if key not in FACET_KEYS:
            raise SearchError(f"Filtre inconnu « {key} » : utilisez {', '.join(FACET_KEYS)}.")
        if not isinstance(values, list | tuple | set):
            values = [values]
        values = [str(value) for value in values]
        if len(values) > MAX_FILTER_VALUES:
            raise SearchError(f"Filtre « {key} » : {MAX_FILTER_VALUES} valeurs au plus.")
        if any(len(value) > 150 for value in values):
            raise SearchError(f"Filtre « {key} » : valeur trop longue.")
        cleaned[key] = sorted(set(values))
    if cleaned:
        known = set(
            SearchFacet.objects.filter(
                key__in=list(cleaned), value__in=[v for vs in cleaned.values() for v in vs]
            )
            .values_list("key", "value")
            .distinct()
        )
        for key, values in cleaned.items():
            unknown = [value for value in values if (key, value) not in known]
            if unknown:
                raise SearchError(
                    f"Filtre « {key} » : valeur inconnue « {unknown[0]} ». "
                    "Reprenez une valeur des facettes d'une recherche."
                )
    return cleaned


def filtered_documents(filters):
    # A document lives as long as its page is live; an expired page is live until Wagtail's
    # publish_scheduled runs, but no longer visible.
    documents = SearchDocument.objects.filter(scheduled_q("page__"))
    for key, values in filters.items():
        documents = documents.filter(
            Exists(SearchFacet.objects.filter(document=OuterRef("pk"), key=key, value__in=values))
        )
    return documents


# ---------------------------------------------------------------------------------------------
# Engines


def _is_database_backend(backend):
    return type(backend).__module__.startswith(
        ("search.backends.sqlite", "search.backends.postgres", "modelsearch.backends.database")
    )


def _results(backend, text, documents, order_by_relevance, autocomplete=False):
    compiler_class = (
        backend.autocomplete_query_compiler_class if autocomplete else backend.query_compiler_class
    )
    # The database compilers filter with the queryset itself; skip modelsearch's check that every
    # filtered column is a FilterField (the facet filter is an EXISTS subquery).
    compiler = compiler_class(
        documents, text, operator="and", order_by_relevance=order_by_relevance
    )
    if not _is_database_backend(backend):
        compiler.check()
    return backend.results_class(backend, compiler)


def _engine_errors():
    errors = [DatabaseError]
    try:
        from opensearchpy.exceptions import OpenSearchException

        errors.append(OpenSearchException)
    except ImportError:  # pragma: no cover - opensearch-py is optional
        pass
    try:
        from elasticsearch.exceptions import ApiError, TransportError

        errors += [ApiError, TransportError]
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def _unavailable(error):
    logger.error("Moteur de recherche indisponible", exc_info=error)
    return SearchError(
        "La recherche est momentanément indisponible. Réessayez dans quelques minutes.",
        SEARCH_UNAVAILABLE,
    )


def _database_facets(results):
    """Counts of every facet over all matching documents, in one query."""
    matching = results.get_queryset() if hasattr(results, "get_queryset") else None
    if matching is None:
        return {}
    rows = (
        SearchFacet.objects.filter(document__in=matching.values("pk"))
        .values("key", "value", "label")
        .annotate(count=Count("document"))
        .order_by("key", "-count", "label")
    )
    facets = {key: [] for key in FACET_KEYS}
    for row in rows:
        if len(facets[row["key"]]) < MAX_FACET_VALUES:
            facets[row["key"]].append(FacetValue(row["value"], row["label"], row["count"]))
    return facets


def _search_engine(backend, parsed, filters, sort, offset, limit, with_facets):
    """(documents with `_score`, total, facets) from the configured engine."""
    if hasattr(backend, "faceted_search"):  # OpenSearch / Elasticsearch, see search/backends/
        return backend.faceted_search(parsed, filters, sort, offset, limit, with_facets)
    if ranking.has_entry_search(backend):  # the project's SQLite and PostgreSQL backends
        current, hits = ranking.matches(backend, parsed, filters)
        total = len(hits)
        facets = current.facets(hits) if with_facets else {}
        if not total:
            return [], 0, facets
        if sort == RELEVANCE:
            found = ranking.ranked_page(backend, parsed, current, hits, total, offset, limit)
            return found, total, facets
        return ranking.dated_page(current, hits, offset, limit), total, facets
    documents = filtered_documents(filters)
    if sort == DATE:
        documents = documents.order_by("-date", "-pk")
    results = _results(backend, SlotQuery(parsed), documents, order_by_relevance=sort == RELEVANCE)
    results = results.annotate_score("_score")
    found = list(results[offset : offset + limit])
    total = results.count()
    facets = _database_facets(results) if with_facets else {}
    return found, total, facets


# ---------------------------------------------------------------------------------------------
# Highlights


def _query_stems(text):
    stems = set(french.terms(text))
    for slot in parse_query(text, thesaurus.get()).slots:
        stems.update(term for alternative in slot.alternatives for term in alternative)
    return stems


@lru_cache(maxsize=50_000)
def _folded(token):
    return french.fold(token)


def _stem_of(token):
    """The stem of a word as written ("" for a stop word): search/french.py caches the stems of
    folded words, the folding of written ones is cached here."""
    return french.term(_folded(token))


def _mark(text, stems):
    """`text` escaped, with the words whose stem is searched inside <mark>; and whether one was."""
    parts, found, last = [], False, 0
    for match in WORD_RE.finditer(text):
        if _stem_of(match.group()) in stems:
            parts.append(escape(text[last : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            last, found = match.end(), True
    parts.append(escape(text[last:]))
    return "".join(parts), found


def _window(text, stems, length=EXCERPT_LENGTH):
    """The part of a long text around its first matching word."""
    if len(text) <= length:
        return text, False
    for match in WORD_RE.finditer(text):
        if _stem_of(match.group()) in stems:
            start = max(0, match.start() - length // 3)
            start = text.rfind(" ", 0, start) + 1 if start else 0
            end = min(len(text), start + length)
            cut = text.rfind(" ", start, end) if end < len(text) else end
            end = cut if cut > start else end
            return ("… " if start else "") + text[start:end] + (
                " …" if end < len(text) else ""
            ), True
    end = text.rfind(" ", 0, length)
    return text[: end if end > 0 else length] + " …", False


def highlight(document, stems):
    """Title, summary and an excerpt of the text, HTML-escaped, the words of `stems` (the
    query's, `_query_stems`) in <mark>."""
    title, _ = _mark(document.title, stems)
    summary_window, _ = _window(document.summary, stems)
    summary, in_summary = _mark(summary_window, stems)
    excerpt = ""
    if not in_summary and document.body:
        body_window, in_body = _window(document.body, stems)
        if in_body:
            excerpt, _ = _mark(body_window, stems)
    return {"title": title, "summary": summary, "excerpt": excerpt}


def readable_correction(corrected, documents, fixes):
    """The corrected query in words a person reads: the corrector's words are folded
    (« democratie »); each becomes its commonest written form in the results (« démocratie »),
    or stays as it is when none has it."""
    replacements = set(fixes.values())
    forms = {}
    for document in documents:
        for text in (document.title, document.summary, document.body[:5000]):
            for token in WORD_RE.findall(text or ""):
                folded = _folded(token)
                if folded in replacements:
                    counts = forms.setdefault(folded, {})
                    counts[token.lower()] = counts.get(token.lower(), 0) + 1

    def readable(match):
        counts = forms.get(match.group())
        return max(counts, key=counts.get) if counts else match.group()

    return re.sub(r"\w+", readable, corrected)


# ---------------------------------------------------------------------------------------------
# Editor's picks and statistics


def promotions(text):
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    from cms.visibility import front_end_url, visible_pages

    picks = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order")
    )
    # The specific pages: GraphQL gives `page` only for the page types it exposes. No pick, no
    # query (`public()` reads every view restriction).
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    visible = (
        {page.pk: page for page in visible_pages().filter(pk__in=page_ids).specific()}
        if page_ids
        else {}
    )
    found = []
    for pick in picks:
        if pick.page_id:
            page = visible.get(pick.page_id)
            if page is None:
                continue
            found.append(
                Promotion(
                    page.title,
                    front_end_url(page),
                    pick.description or page.search_description,
                    page,
                )
            )
        elif pick.external_link_url:
            found.append(
                Promotion(
                    pick.external_link_text or pick.external_link_url,
                    pick.external_link_url,
                    pick.description,
                )
            )
    return found


def record(text, total):
    """Count the query in Wagtail's search statistics (search_promotions' Query and daily hits)."""
    from wagtail.contrib.search_promotions.models import Query

    try:
        Query.get(text[:255]).add_hit()
    except DatabaseError:
        logger.warning("Statistique de recherche non enregistrée", exc_info=True)


# ---------------------------------------------------------------------------------------------
# Entry points


def search(
    query,
    filters=None,
    sort=RELEVANCE,
    first=None,
    offset=0,
    with_facets=True,
    record_stats=True,
    correct=True,
):
    text = clean_query(query)
    filters = clean_filters(filters)
    if sort not in (RELEVANCE, DATE):
        raise SearchError("Tri inconnu : « relevance » ou « date ».")
    first = settings.GRAPHQL_DEFAULT_PAGE_SIZE if first is None else first
    if first < 0 or offset < 0:
        raise SearchError("« first » et le curseur ne peuvent pas être négatifs.")
    first = min(first, settings.GRAPHQL_MAX_PAGE_SIZE)

    backend = get_search_backend()
    synonyms = thesaurus.get()
    parsed = parse_query(text, synonyms)
    corrected = None
    fixes = typo.correct(parsed, synonyms) if correct and offset == 0 else {}
    if fixes:
        corrected = typo.corrected_text(text, fixes)
        parsed = parse_query(corrected, synonyms)
    try:
        found, total, facets = _search_engine(
            backend, parsed, filters, sort, offset, first + 1, with_facets
        )
        if total == 0 and parsed.minimum > 1:
            parsed = parsed.relax()
            found, total, facets = _search_engine(
                backend, parsed, filters, sort, offset, first + 1, with_facets
            )
    except SearchError:
        raise
    except _engine_errors() as error:
        raise _unavailable(error) from error

    has_next = len(found) > first
    found = found[:first]
    pages = {
        page.pk: page
        for page in Page.objects.filter(scheduled_q(), pk__in=[d.page_id for d in found]).specific()
    }
    stems = _query_stems(corrected or text)
    hits = [
        Hit(
            document=document,
            page=pages[document.page_id],
            score=getattr(document, "_score", None),
            highlights=highlight(document, stems),
        )
        for document in found
        if document.page_id in pages
    ]
    if corrected:
        corrected = readable_correction(corrected, [hit.document for hit in hits], fixes)
    result = SearchResult(
        query=text,
        hits=hits,
        total=total,
        offset=offset,
        has_next=has_next,
        facets=facets,
        corrected_query=corrected,
        promotions=promotions(text) if offset == 0 else [],
        expansions=parsed.expansions,
    )
    if record_stats and offset == 0:
        record(text, total)
    return result


# Most pages the admin's page search lists (best first): it lists, it does not page through.
MAX_MATCHES = 500


def search_pages(query, pages, limit=MAX_MATCHES):
    """Ids of `pages` matching `query`, best first; a `SearchError` (French) otherwise.

    Full words go through the French analysis (« democraties » → « démocratie »); the words as
    typed also match title prefixes (« démoc »), as Wagtail's admin search always did.
    """
    text = clean_query(query)
    backend = get_search_backend()
    pages = pages.order_by()
    ids, seen = [], set()
    # Folded for the prefixes, as autocomplete does: the engines fold the index side.
    passes = [(text, False), (" ".join(french.words(text)), True)]
    try:
        for searched, prefixes in passes:
            if not searched:
                continue
            results = _results(
                backend, searched, pages, order_by_relevance=True, autocomplete=prefixes
            )
            for page in results[:limit]:
                if page.pk not in seen:
                    seen.add(page.pk)
                    ids.append(page.pk)
    except _engine_errors() as error:
        raise _unavailable(error) from error
    return ids[:limit]


def autocomplete(prefix, first=10):
    """Titles of published content starting with the words typed, best first."""
    limit = settings.SEARCH_MAX_QUERY_LENGTH
    if prefix is not None and len(prefix) > limit:
        raise SearchError(f"« prefix » : {limit} caractères au plus ({len(prefix)} reçus).")
    words = french.words(prefix)
    if not words:
        raise SearchError("Saisissez au moins une lettre.")
    first = max(0, min(first, 20))
    backend = get_search_backend()
    # Folded on every engine: the autocomplete analyzers fold the index side.
    text = " ".join(words)
    try:
        documents = (
            SearchDocument.objects.filter(scheduled_q("page__"))
            if _is_database_backend(backend)
            else SearchDocument.objects.all()
        )
        results = _results(backend, text, documents, True, autocomplete=True)
        found = list(results[:first])
    except _engine_errors() as error:
        raise _unavailable(error) from error
    pages = {
        page.pk: page
        for page in Page.objects.filter(scheduled_q(), pk__in=[d.page_id for d in found]).specific()
    }
    return [pages[d.page_id] for d in found if d.page_id in pages]
