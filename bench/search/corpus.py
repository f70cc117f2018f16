"""The corpus of the search benchmark, built in a child process: bench/generate.py's seeded
experience pages, then one search document per page in bulk, plus a seeded vocabulary
(« budget » in ~80 % of the documents, « téléphérique » in ~0.5 %)."""

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

    for page in pages_qs.iterator(chunk_size=1000):
        fields = documents.document_fields(page)
        fields["summary"] = (
            f"{fields['summary']} "
            + _vocabulary(rng, 30, rng.random() < 0.8, rng.random() < 0.005).capitalize()
        )
        fields["body"] = f"{fields['body']} {_vocabulary(rng, 150)}"
        batch_docs.append(SearchDocument(page_id=page.pk, **fields))
        batch_facets.append(documents.facets_of(page))
        if len(batch_docs) >= 1000:
            flush()
    if batch_docs:
        flush()
    timings["documents_s"] = round(time.perf_counter() - started, 1)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    timings["documents"] = SearchDocument.objects.count()
    timings["facets"] = SearchFacet.objects.count()
    return timings
