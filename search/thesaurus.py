"""The thesaurus « Synonymes et sigles » as the query analysis reads it.

    {("qpv",): [(("quarti", "priorit", "polit", "vill"), "quartier prioritaire de la politique de la ville")], …}

Built from the `Synonym` entries once, cached, and dropped from the cache when an entry is saved or
deleted: an edit applies to the next search on every engine, with no reindex (the engines index
the texts' own words; expansions are added to the query).
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from search import french

CACHE_KEY = "search:thesaurus:v1"
CACHE_SECONDS = 3600
# A huge entry is cut, not refused at query time (the admin form already refuses it).
MAX_ENTRIES = 5000


def build():
    from search.models import Synonym

    mapping = {}
    for entry in Synonym.objects.order_by("pk")[:MAX_ENTRIES]:
        analysed = []
        for term in entry.term_list()[: Synonym.MAX_TERMS]:
            terms = tuple(french.terms(term[: Synonym.MAX_TERM_LENGTH]))
            if terms:
                analysed.append((terms, term))
        sources = analysed[:1] if entry.one_way else analysed
        for source, _readable in sources:
            targets = mapping.setdefault(source, [])
            for terms, readable in analysed:
                if terms != source and all(terms != known for known, _ in targets):
                    targets.append((terms, readable))
    return mapping


def get():
    mapping = cache.get(CACHE_KEY)
    if mapping is None:
        mapping = build()
        cache.set(CACHE_KEY, mapping, CACHE_SECONDS)
    return mapping


def invalidate(**kwargs):
    cache.delete(CACHE_KEY)


def connect():
    from search.models import Synonym

    post_save.connect(invalidate, sender=Synonym, dispatch_uid="search_thesaurus_saved")
    post_delete.connect(invalidate, sender=Synonym, dispatch_uid="search_thesaurus_deleted")
