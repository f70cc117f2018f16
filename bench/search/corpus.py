"""The corpus of the search benchmark, built in a child process: bench/generate.py's seeded
experience pages, then one search document per page in bulk, plus a seeded vocabulary
(« budget » in ~80 % of the documents, « téléphérique » in ~0.5 %)."""

import functools
import random
import sys
import time

from bench.search.engines import setup

WORDS = [
    "démocratie",
    "participation",
    "habitants",
    "habitantes",
    "citoyenne",
    "citoyens",
    "quartier",
    "commune",
    "territoire",
    "école",
    "enfants",
    "jeunesse",
    "associations",
    "engagement",
    "bénévoles",
    "mobilité",
    "ruralité",
    "santé",
    "numérique",
    "rénovation",
    "urbaine",
    "jardin",
    "partagé",
    "concertation",
    "délibération",
    "assemblée",
    "conseil",
    "projet",
    "action",
    "plan",
    "diagnostic",
    "élus",
    "agents",
    "services",
    "publics",
    "transition",
    "écologique",
    "énergie",
    "logement",
    "emploi",
    "culture",
    "patrimoine",
    "sport",
    "solidarité",
    "inclusion",
    "accessibilité",
    "tiers-lieu",
    "marché",
    "village",
    "ville",
]


def _vocabulary(rng, words, with_budget=False, with_rare=False):
    chosen = rng.choices(WORDS, k=words)
    if with_budget:
        chosen.insert(rng.randrange(len(chosen)), "budget")
    if with_rare:
        chosen.insert(rng.randrange(len(chosen)), "téléphérique")
    return " ".join(chosen)


SAMPLE = 200


class _FastFields:
    """What search/documents.py's `document_fields` and `facets_of` give bench/generate.py's
    experience pages, from their columns read in bulk (one query per table, not per page): the
    same texts in the same order (`_check_fast_fields` compares them on a sample)."""

    def __init__(self, index):
        from django.contrib.contenttypes.models import ContentType
        from django.utils import timezone

        from cms.models import LocalAuthority, TerritoryType, Theme
        from inspiration.models import ExperienceLocalAuthority, ExperiencePage
        from search import documents
        from search.models import FacetKey

        self.index = index
        self.content_type = ContentType.objects.get_for_model(ExperiencePage)
        self.type_facet = (
            FacetKey.CONTENT_TYPE,
            documents.content_type_label(ExperiencePage),
            str(ExperiencePage._meta.verbose_name),
        )
        self.levels = dict(ExperiencePage._meta.get_field("participation_level").flatchoices)
        self.themes = {t.pk: t for t in Theme.objects.all()}
        self.types = {t.pk: t for t in TerritoryType.objects.all()}
        self.rank = {obj: i for i, obj in enumerate([*self.themes.values(), *self.types.values()])}
        self.authorities = {
            a.pk: a for a in LocalAuthority.objects.select_related("department").all()
        }
        self.ExperiencePage = ExperiencePage
        self.links = ExperienceLocalAuthority
        self.documents = documents
        self.timezone = timezone

    def _children(self):
        return self.ExperiencePage.objects.filter(
            path__startswith=self.index.path, depth=self.index.depth + 1
        )

    def _related(self, ids):
        through_themes = self.ExperiencePage.themes.through
        through_types = self.ExperiencePage.territory_types.through
        themes, types, authorities = {}, {}, {}
        for page_id, theme_id in (
            through_themes.objects.filter(experiencepage_id__in=ids)
            .values_list("experiencepage_id", "theme_id")
            .order_by("pk")
        ):
            themes.setdefault(page_id, []).append(self.themes[theme_id])
        for page_id, type_id in (
            through_types.objects.filter(experiencepage_id__in=ids)
            .values_list("experiencepage_id", "territorytype_id")
            .order_by("pk")
        ):
            types.setdefault(page_id, []).append(self.types[type_id])
        for page_id, authority_id in (
            self.links.objects.filter(page_id__in=ids)
            .values_list("page_id", "local_authority_id")
            .order_by("sort_order", "pk")
        ):
            authorities.setdefault(page_id, []).append(self.authorities[authority_id])
        return themes, types, authorities

    def pages(self, ids=None, chunk=2000):
        """((document fields, facets) of every page, or of the pages `ids`), in path order."""
        rows = self._children().order_by("path")
        if ids is not None:
            rows = rows.filter(pk__in=ids)
        columns = (
            "pk",
            "title",
            "summary",
            "body",
            "actors",
            "results",
            "participation_level",
            "period_start",
            "search_description",
        )
        batch = []
        for row in rows.values_list(*columns).iterator(chunk_size=chunk):
            batch.append(row)
            if len(batch) >= chunk:
                yield from self._build(batch)
                batch = []
        if batch:
            yield from self._build(batch)

    def _build(self, rows):
        from search.models import FacetKey

        text = self.documents._text
        themes, types, authorities = self._related([row[0] for row in rows])
        for pk, title, summary, body, actors, results, level, start, description in rows:
            body_texts = [
                _rich_text(block["value"])
                for block in (body.raw_data if hasattr(body, "raw_data") else body)
                if block["type"] == "paragraph"
            ]
            # The managers' default ordering, as `page.themes.all()` gives them.
            page_themes = sorted(themes.get(pk, []), key=self.rank.__getitem__)
            page_types = sorted(types.get(pk, []), key=self.rank.__getitem__)
            page_authorities = authorities.get(pk, [])
            parts = [
                " ".join(body_texts),
                text(actors),
                text(results),
                " ".join(t.name for t in page_themes),
                " ".join(t.name for t in page_types),
                " ".join(a.name for a in page_authorities),
            ]
            date = self.documents._as_datetime(start)
            fields = {
                "page_id": pk,
                "content_type": self.content_type,
                "title": title[:255],
                "summary": (text(summary) or description or "").strip(),
                "body": " ".join(" ".join(p for p in parts if p).split()),
                "date": date,
                "year": self.timezone.localtime(date).year if date else None,
            }
            facets = [self.type_facet]
            facets += [(FacetKey.THEME, t.slug, t.name) for t in page_themes]
            facets += [(FacetKey.TERRITORY_TYPE, t.slug, t.name) for t in page_types]
            departments = {}
            for authority in page_authorities:
                department = authority if authority.kind == "departement" else authority.department
                if department is not None:
                    departments[department.code] = department.name
            facets += [(FacetKey.DEPARTMENT, c, n) for c, n in departments.items()]
            if level:
                facets.append((FacetKey.PARTICIPATION_LEVEL, str(level), str(self.levels[level])))
            if date:
                year = str(fields["year"])
                facets.append((FacetKey.YEAR, year, year))
            yield fields, {(str(k), v): label[:255] for k, v, label in facets}


@functools.lru_cache(maxsize=4096)
def _rich_text(value):
    from wagtail.rich_text import get_text_for_indexing

    return get_text_for_indexing(value)


def _check_fast_fields(fields_of, sample):
    """None when the bulk builder gives what search/documents.py gives on these pages; else
    what differs (page, field)."""
    from search import documents

    pages = list(sample)
    built = {
        fields["page_id"]: (fields, facets)
        for fields, facets in fields_of.pages(ids=[p.pk for p in pages])
    }
    for page in pages:
        expected = documents.document_fields(page) | {"page_id": page.pk}
        fields, facets = built.get(page.pk, ({}, {}))
        for name, value in expected.items():
            if fields.get(name) != value:
                return f"page {page.pk}, champ {name}"
        if facets != documents.facets_of(page):
            return f"page {page.pk}, facettes"
    return None


def child_generate(pages, reuse=False):
    """Migrate, generate the pages, build their search documents in bulk; report the timings."""
    setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.db.models import Prefetch

    from bench.generate import generate
    from inspiration.models import ExperienceLocalAuthority, ExperiencePage, InspirationIndexPage
    from search import documents
    from search.models import SearchDocument, SearchFacet

    timings = {}
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    timings["migrate_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    index = InspirationIndexPage.objects.filter(slug=f"banc-{pages}").first() if reuse else None
    if index is None or index.get_children_count() != pages:  # reuse: no write, no lock
        index = generate(pages, stdout=lambda message: print(message, file=sys.stderr))
    timings["pages_s"] = round(time.perf_counter() - started, 1)

    # The documents search/documents.py would write (same fields, same facets), in bulk: upsert()
    # one page at a time also indexes each document, which is what is measured afterwards.
    started = time.perf_counter()
    if reuse and SearchDocument.objects.filter(page__path__startswith=index.path).count() == pages:
        timings["documents_s"] = 0.0  # kept from the previous run (same seed, same documents)
        timings["documents"] = SearchDocument.objects.count()
        timings["facets"] = SearchFacet.objects.count()
        return timings
    rng = random.Random(7)
    SearchDocument.objects.all().delete()
    pages_qs = (
        ExperiencePage.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        .order_by("path")
        .prefetch_related(
            "themes",
            "territory_types",
            Prefetch(
                "authority_links",
                ExperienceLocalAuthority.objects.select_related("local_authority__department"),
            ),
        )
    )
    batch_docs, batch_facets = [], []

    def flush():
        with transaction.atomic():
            SearchDocument.objects.bulk_create(batch_docs, batch_size=500)
            pks = dict(
                SearchDocument.objects.filter(
                    page_id__in=[d.page_id for d in batch_docs]
                ).values_list("page_id", "pk")
            )
            SearchFacet.objects.bulk_create(
                [
                    SearchFacet(
                        document_id=pks[document.page_id], key=key, value=value, label=label
                    )
                    for document, facets in zip(batch_docs, batch_facets, strict=True)
                    for (key, value), label in facets.items()
                ],
                batch_size=1000,
            )
        batch_docs.clear()
        batch_facets.clear()

    fields_of = _FastFields(index)
    mismatch = _check_fast_fields(fields_of, pages_qs[:SAMPLE])
    timings["documents_path"] = f"en masse (vérifié sur {SAMPLE} pages)"
    if mismatch:  # the builder no longer says what search/documents.py says: the slow way
        timings["documents_path"] = f"page par page (écart en masse : {mismatch})"
        print(f"  documents page par page : {mismatch}", file=sys.stderr)
        fields_of = None
    pages = pages_qs.iterator(chunk_size=1000) if fields_of is None else fields_of.pages()
    for page in pages:
        if fields_of is None:
            fields, facets = documents.document_fields(page), documents.facets_of(page)
            fields["page_id"] = page.pk
        else:
            fields, facets = page
        fields["summary"] = (
            f"{fields['summary']} "
            + _vocabulary(rng, 30, rng.random() < 0.8, rng.random() < 0.005).capitalize()
        )
        fields["body"] = f"{fields['body']} {_vocabulary(rng, 150)}"
        batch_docs.append(SearchDocument(**fields))
        batch_facets.append(facets)
        if len(batch_docs) >= 1000:
            flush()
    if batch_docs:
        flush()
    timings["documents_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    documents.recount_words()  # the typo corrector's vocabulary, as `rebuild` leaves it
    timings["words_s"] = round(time.perf_counter() - started, 1)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    timings["documents"] = SearchDocument.objects.count()
    timings["facets"] = SearchFacet.objects.count()
    return timings
