"""Writing a checked COG source: one transaction, bulk queries, only what changed."""

import logging
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from tqdm import tqdm
from wagtail.search.backends import get_search_backends_with_name

from cms.cog.reader import read_source
from cms.cog.source import (
    COMMUNE,
    DEPARTEMENT,
    EPCI,
    FILENAMES,
    LABELS,
    REGION,
    SLUG_MAX_LENGTH,
    CogImportError,
)
from cms.content_version import content_changed
from cms.models import LocalAuthority

# The fields the import owns, per kind. Every other field (slug, territory types, a
# population typed by hand for a région…) is never touched on an existing row.
MANAGED_FIELDS = {
    REGION: ("name", "siren"),
    DEPARTEMENT: ("name", "region", "siren"),
    EPCI: ("name", "epci_type", "population", "department", "region", "siren"),
    COMMUNE: ("name", "population", "department", "region", "epci", "siren"),
}

# What is preloaded of every existing row: its identity and the managed fields, by attname.
ROW_FIELDS = ("id", "kind", "code", "slug", "name", "epci_type", "population", "siren")
ROW_FIELDS += ("department_id", "region_id", "epci_id")

BATCH_SIZE = 1000

logger = logging.getLogger("cms.cog")


@dataclass
class KindCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    written_ids: list[int] = field(default_factory=list, repr=False)  # created or updated

    @property
    def total(self):
        return self.created + self.updated + self.unchanged


@dataclass
class ImportResult:
    directory: Path
    counts: dict[str, KindCounts] = field(default_factory=dict)  # in KINDS order
    skipped_communes: int = 0


def _check_references(source, existing):
    """Every parent an entry points to must be imported now or already be in the database."""
    errors = []

    def problem(kind, code):
        """None when the (kind, code) parent is available, else the French reason why not."""
        if kind in source.kinds and code in source.entries[kind]:
            return None
        if (kind, code) in existing:
            return None
        label = LABELS[kind]
        if kind in source.kinds:
            return (
                f"{label.singular} « {code} » {label.agree('inconnu')} : "
                f"{label.agree('absent')} du fichier {FILENAMES[kind]} et de la base."
            )
        return (
            f"{label.singular} « {code} » {label.agree('absent')} de la base : importez d'abord "
            f"les {label.plural} (--kinds {kind})."
        )

    def check(entry, kind, code, suffix=""):
        reason = problem(kind, code)
        if reason:
            errors.append(f"{entry.label} : {reason[:-1]}{suffix}.")

    for kind in source.kinds:
        for entry in source.entries[kind].values():
            if kind == DEPARTEMENT:
                check(entry, REGION, entry.region)
            elif kind == EPCI and entry.members:
                first = source.entries[COMMUNE][entry.members[0]]
                suffix = f" (rattachement déduit de la commune membre « {first.code} »)"
                check(entry, DEPARTEMENT, first.department, suffix)
                check(entry, REGION, first.region, suffix)
            elif kind == COMMUNE:
                check(entry, DEPARTEMENT, entry.department)
                check(entry, REGION, entry.region)
                epci_code = source.epci_by_commune.get(entry.code)
                if epci_code:
                    check(entry, EPCI, epci_code)
    if errors:
        raise CogImportError(errors)


def _target_values(entry, source, existing):
    """The managed fields of `entry`, by attname, with parents resolved to primary keys."""

    def pk(kind, code):
        return existing[(kind, code)]["id"] if code else None

    if entry.kind == REGION:
        return {"name": entry.name}
    if entry.kind == DEPARTEMENT:
        return {"name": entry.name, "region_id": pk(REGION, entry.region)}
    if entry.kind == EPCI:
        first = source.entries[COMMUNE][entry.members[0]] if entry.members else None
        return {
            "name": entry.name,
            "epci_type": entry.epci_type,
            "population": entry.population,
            "department_id": pk(DEPARTEMENT, first.department) if first else None,
            "region_id": pk(REGION, first.region) if first else None,
        }
    return {
        "name": entry.name,
        "population": entry.population,
        "department_id": pk(DEPARTEMENT, entry.department),
        "region_id": pk(REGION, entry.region),
        "epci_id": pk(EPCI, source.epci_by_commune.get(entry.code)),
    }


def _unique_slug(entry, slugs):
    slug = LocalAuthority.build_slug(entry.kind, entry.code, entry.name)
    rank = 1
    candidate = slug
    while candidate in slugs:  # only when a row's kind or code was edited by hand
        rank += 1
        suffix = f"-{rank}"
        candidate = slug[: SLUG_MAX_LENGTH - len(suffix)] + suffix
    slugs.add(candidate)
    return candidate


def _batches(items):
    for start in range(0, len(items), BATCH_SIZE):
        yield items[start : start + BATCH_SIZE]


def _write_kind(kind, source, existing, slugs, progress):
    entries = source.entries[kind]
    counts = KindCounts()
    to_create, to_update = [], []
    for entry in entries.values():
        values = _target_values(entry, source, existing)
        current = existing.get((kind, entry.code))
        # A source without SIREN (départements, régions) keeps the one already recorded.
        values["siren"] = entry.siren or (current["siren"] if current else "")
        if current is None:
            slug = _unique_slug(entry, slugs)
            to_create.append(LocalAuthority(kind=kind, code=entry.code, slug=slug, **values))
            continue
        if any(current[attname] != value for attname, value in values.items()):
            current.update(values)
            to_update.append(LocalAuthority(id=current["id"], kind=kind, code=entry.code, **values))
        else:
            counts.unchanged += 1

    label = LABELS[kind].plural[:1].upper() + LABELS[kind].plural[1:]
    with _progress_bar(len(entries), label, progress) as bar:
        bar.update(counts.unchanged)
        for batch in _batches(to_create):
            LocalAuthority.objects.bulk_create(batch)
            bar.update(len(batch))
        if any(obj.pk is None for obj in to_create):  # databases that return no ids
            ids = dict(LocalAuthority.objects.filter(kind=kind).values_list("code", "pk"))
            for obj in to_create:
                obj.pk = ids[obj.code]
        for obj in to_create:
            existing[(kind, obj.code)] = {"id": obj.pk, "slug": obj.slug} | {
                attname: getattr(obj, attname) for attname in ROW_FIELDS if attname != "id"
            }
        for batch in _batches(to_update):
            LocalAuthority.objects.bulk_update(batch, MANAGED_FIELDS[kind])
            bar.update(len(batch))

    counts.created = len(to_create)
    counts.updated = len(to_update)
    counts.written_ids = [obj.pk for obj in to_create] + [obj.pk for obj in to_update]
    return counts


def _progress_bar(total, label, progress):
    terminal = shutil.get_terminal_size()
    return tqdm(
        total=total,
        desc=label,
        unit=" entrées",
        file=sys.stderr,
        disable=None if progress is None else not progress,
        # tqdm draws nothing on a terminal that reports no size (some pseudo-terminals);
        # shutil falls back to 80 × 24 there.
        ncols=terminal.columns,
        nrows=terminal.lines,
    )


def _update_search_index(ids, progress):
    """Index the rows written: bulk_create and bulk_update send no post_save signal.

    Run inside the import transaction: with the database search backend a failure rolls the
    whole import back, so that running it again indexes everything. A backend that talks to
    an external service (OpenSearch) only logs its errors, as on an ordinary save.
    """
    backends = list(get_search_backends_with_name(with_auto_update=True))
    if not ids or not backends:
        return
    with _progress_bar(len(ids), "Index de recherche", progress) as bar:
        for batch in _batches(ids):
            objects = list(LocalAuthority.objects.filter(pk__in=batch))
            for name, backend in backends:
                try:
                    backend.add_bulk(LocalAuthority, objects)
                except Exception:
                    if not backend.catch_indexing_errors:
                        raise
                    logger.exception("Indexation des collectivités impossible (index « %s »)", name)
            bar.update(len(batch))


def import_cog(directory, kinds=None, progress=None, update_search_index=True):
    """Import (create or update) the collectivités of `kinds` from the COG folder `directory`.

    `progress`: None shows a progress bar on stderr only when it is a terminal, True always,
    False never. Raises CogImportError, with nothing written, when the source is not valid.
    The rows created or updated are (re)indexed for search unless `update_search_index` is
    False; unchanged rows are not.
    """
    source = read_source(directory, kinds)
    result = ImportResult(directory=source.directory, skipped_communes=source.skipped_communes)
    with transaction.atomic():
        # Plain dicts: building 37,000 model instances would double the time of a re-run.
        existing = {
            (row["kind"], row["code"]): row
            for row in LocalAuthority.objects.order_by().values(*ROW_FIELDS).iterator(5000)
        }
        _check_references(source, existing)
        slugs = {row["slug"] for row in existing.values()}
        for kind in source.kinds:
            result.counts[kind] = _write_kind(kind, source, existing, slugs, progress)
        if update_search_index:
            ids = [pk for counts in result.counts.values() for pk in counts.written_ids]
            _update_search_index(ids, progress)
        # bulk_create and bulk_update send no signal: the API's cached answers must go.
        content_changed()
    if COMMUNE not in source.kinds:
        result.skipped_communes = 0
    return result
