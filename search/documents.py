"""Keep one `SearchDocument` per live, public page of a searchable type, and none for the others."""

import datetime
import logging
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Manager
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from search import french
from search.models import FacetKey, SearchDocument, SearchFacet, SearchWord

logger = logging.getLogger("search")

# Fields read as the date of a content, in this order; else its first publication.
DATE_FIELDS = ("publication_date", "start", "month", "edition_month", "date", "period_start")
SUMMARY_FIELDS = ("summary", "intro")


def is_searchable(model):
    """Content pages are searched; the home page and section indexes are navigation."""
    return (
        issubclass(model, Page)
        and model is not Page
        and not model._meta.abstract
        and not model.__name__.endswith("IndexPage")
        and model.__name__ != "HomePage"
    )


def searchable_models():
    from django.apps import apps

    return [model for model in apps.get_models() if is_searchable(model)]


def content_type_label(model):
    return f"{model._meta.app_label}.{model.__name__}"


def _text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return strip_tags(value) if "<" in value else value
    if isinstance(value, list | tuple):
        return " ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text(item) for item in value.values())
    return _text(force_str(value))


def _field_texts(obj, fields, skip=()):
    for field in fields:
        if isinstance(field, index.SearchField):
            if field.field_name in skip:
                continue
            try:
                yield _text(field.get_value(obj))
            except Exception:  # a broken block must not keep a page out of search
                logger.exception("Champ %s illisible pour la recherche", field.field_name)
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            if isinstance(related, Manager):
                related = related.all()
            elif callable(related):
                related = related()
            else:
                related = [related]
            for item in related:
                yield from _field_texts(item, field.fields)


def _as_datetime(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time()))


def _content_date(page):
    for name in DATE_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, datetime.date):
            return _as_datetime(value)
    return page.first_published_at or page.last_published_at


def _local_authorities(page):
    found = []
    if hasattr(page, "authority_links"):
        found.extend(link.local_authority for link in page.authority_links.all())
    for name in ("local_authority", "author_authority"):
        authority = getattr(page, name, None)
        if authority is not None:
            found.append(authority)
    return found


def _departments(page):
    departments = {}
    for authority in _local_authorities(page):
        department = authority if authority.kind == "departement" else authority.department
        if department is not None:
            departments[department.code] = department.name
    return departments


def facets_of(page):
    """(key, value, label) of every facet a page is counted under."""
    model = type(page)
    facets = [
        (FacetKey.CONTENT_TYPE, content_type_label(model), force_str(model._meta.verbose_name))
    ]
    themes = list(page.themes.all()) if hasattr(page, "themes") else []
    if getattr(page, "theme", None) is not None:
        themes.append(page.theme)
    facets += [(FacetKey.THEME, theme.slug, theme.name) for theme in themes]
    if hasattr(page, "territory_types"):
        facets += [(FacetKey.TERRITORY_TYPE, t.slug, t.name) for t in page.territory_types.all()]
    facets += [(FacetKey.DEPARTMENT, code, name) for code, name in _departments(page).items()]
    level = getattr(page, "participation_level", None)
    if level:
        facets.append(
            (
                FacetKey.PARTICIPATION_LEVEL,
                str(level),
                force_str(page.get_participation_level_display()),
            )
        )
    date = _content_date(page)
    if date:
        year = str(timezone.localtime(date).year)
        facets.append((FacetKey.YEAR, year, year))
    unique = {}
    for key, value, label in facets:
        unique[(str(key), value)] = label[:255]
    return unique


def document_fields(page):
    summary = ""
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, None)
        if value:
            summary = _text(value)
            break
    summary = summary or page.search_description or ""
    body = " ".join(
        text
        for text in _field_texts(page, page.get_search_fields(), skip={"title", *SUMMARY_FIELDS})
        if text
    )
    date = _content_date(page)
    return {
        "content_type": ContentType.objects.get_for_model(type(page)),
        "title": page.title[:255],
        "summary": summary.strip(),
        "body": " ".join(body.split()),
        "date": date,
        "year": timezone.localtime(date).year if date else None,
    }


def visible_searchable_pages():
    models = searchable_models()
    content_types = ContentType.objects.get_for_models(*models).values()
    return Page.objects.live().public().filter(content_type__in=list(content_types))


def sync_page(page_id):
    """Create, update or delete the document of one page, from what is published in the database."""
    page = visible_searchable_pages().filter(pk=page_id).first()
    if page is None:
        remove_pages([page_id])
        return None
    return upsert(page.specific)


@transaction.atomic
def upsert(page):
    document, _created = SearchDocument.objects.update_or_create(
        page_id=page.pk, defaults=document_fields(page)
    )
    wanted = facets_of(page)
    existing = {(f.key, f.value): f for f in document.facets.all()}
    stale = [f.pk for k, f in existing.items() if k not in wanted or f.label != wanted[k]]
    if stale:
        SearchFacet.objects.filter(pk__in=stale).delete()
    SearchFacet.objects.bulk_create(
        [
            SearchFacet(document=document, key=key, value=value, label=label)
            for (key, value), label in wanted.items()
            if (key, value) not in existing or existing[(key, value)].pk in stale
        ]
    )
    # Index once the facets are in place (the save above indexed the document without them).
    index.insert_or_update_object(document)
    remember_words([document])
    return document


def remember_words(documents):
    """Add the documents' words to the typo corrector's vocabulary (search/typo.py). Words are
    never removed one by one: `rebuild` recounts them all."""
    counts = Counter()
    for document in documents:
        counts.update(_vocabulary(document))
    known = set(SearchWord.objects.filter(word__in=list(counts)).values_list("word", flat=True))
    SearchWord.objects.bulk_create(
        [
            SearchWord(word=word, stem=french.stem(word), documents=count)
            for word, count in counts.items()
            if word not in known
        ],
        ignore_conflicts=True,
    )


def _vocabulary(document):
    """The distinct words of a document worth correcting into (each checked once, not per use)."""
    found = set(french.words(f"{document.title}\n{document.summary}\n{document.body}"))
    found -= french.STOP_WORDS
    return {word for word in found if 2 < len(word) <= 60 and not word.isdigit()}


def recount_words():
    """The vocabulary from every document, with its document counts."""
    counts = Counter()
    for document in SearchDocument.objects.only("title", "summary", "body").iterator(2000):
        counts.update(_vocabulary(document))
    with transaction.atomic():
        SearchWord.objects.all().delete()
        SearchWord.objects.bulk_create(
            [SearchWord(word=w, stem=french.stem(w), documents=c) for w, c in counts.items()],
            batch_size=2000,
        )


def remove_pages(page_ids):
    """Delete the documents of these pages (and so their index entries)."""
    for document in SearchDocument.objects.filter(page_id__in=list(page_ids)):
        document.delete()


def sync_subtree(page):
    """After a move or a change of view restriction: the page and its descendants, at once."""
    ids = list(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
    visible = set(visible_searchable_pages().filter(pk__in=ids).values_list("pk", flat=True))
    remove_pages([pk for pk in ids if pk not in visible])
    for page_id in visible:
        sync_page(page_id)


def rebuild(progress=None):
    """Rebuild every document from the pages; returns (kept, removed)."""
    visible = visible_searchable_pages().specific().iterator(chunk_size=200)
    kept = set()
    for page in visible:
        upsert(page)
        kept.add(page.pk)
        if progress:
            progress(1)
    stale = list(
        SearchDocument.objects.exclude(page__in=visible_searchable_pages()).values_list(
            "page_id", flat=True
        )
    )
    remove_pages(stale)
    recount_words()
    return len(kept), len(stale)
