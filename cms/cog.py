"""Import of the Code officiel géographique (COG) into `LocalAuthority`.

The source is the `data/` folder of the npm package `@etalab/decoupage-administratif`
(version 6.0.0): regions.json, departements.json, epci.json and communes.json.

The import runs in two phases. First every file is read and every entry checked (JSON
syntax, keys, official codes, references between files and to the database); any problem
raises `CogImportError` and nothing is written. Then everything is written in a single
transaction with bulk queries, creating what is new and updating only what changed, so that
running it again is cheap and never duplicates anything.
"""

import json
import logging
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from tqdm import tqdm
from wagtail.search.backends import get_search_backends_with_name

from cms.content_version import content_changed
from cms.models import LocalAuthority
from cms.validators import validate_official_code

REGION = LocalAuthority.Kind.REGION.value
DEPARTEMENT = LocalAuthority.Kind.DEPARTEMENT.value
EPCI = LocalAuthority.Kind.EPCI.value
COMMUNE = LocalAuthority.Kind.COMMUNE.value

# Parents before children: each kind only points to kinds written before it.
KINDS = (REGION, DEPARTEMENT, EPCI, COMMUNE)

FILENAMES = {
    REGION: "regions.json",
    DEPARTEMENT: "departements.json",
    EPCI: "epci.json",
    COMMUNE: "communes.json",
}

CURRENT_COMMUNE = "commune-actuelle"
COMMUNE_TYPES = {
    CURRENT_COMMUNE,
    "commune-deleguee",
    "commune-associee",
    "arrondissement-municipal",
}

# The fields the import owns, per kind. Every other field (slug, territory types, a
# population typed by hand for a région…) is never touched on an existing row.
MANAGED_FIELDS = {
    REGION: ("name",),
    DEPARTEMENT: ("name", "region"),
    EPCI: ("name", "epci_type", "population", "department", "region"),
    COMMUNE: ("name", "population", "department", "region", "epci"),
}

# What is preloaded of every existing row: its identity and the managed fields, by attname.
ROW_FIELDS = ("id", "kind", "code", "slug", "name", "epci_type", "population")
ROW_FIELDS += ("department_id", "region_id", "epci_id")

BATCH_SIZE = 1000
MAX_LISTED_ERRORS = 20
MAX_POPULATION = 2_147_483_647  # PositiveIntegerField upper bound on PostgreSQL

logger = logging.getLogger(__name__)

NAME_MAX_LENGTH = LocalAuthority._meta.get_field("name").max_length
EPCI_TYPE_MAX_LENGTH = LocalAuthority._meta.get_field("epci_type").max_length
SLUG_MAX_LENGTH = LocalAuthority._meta.get_field("slug").max_length


@dataclass(frozen=True)
class KindLabel:
    singular: str
    plural: str
    feminine: bool

    def agree(self, word):
        """`word` (a masculine adjective) agreed with this kind: inconnu → inconnue."""
        return f"{word}e" if self.feminine else word


LABELS = {
    REGION: KindLabel("région", "régions", feminine=True),
    DEPARTEMENT: KindLabel("département", "départements", feminine=False),
    EPCI: KindLabel("EPCI", "EPCI", feminine=False),
    COMMUNE: KindLabel("commune", "communes", feminine=True),
}


class CogImportError(Exception):
    """The COG source cannot be imported; `errors` lists every problem found, in French."""

    def __init__(self, errors):
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__(self._format())

    def _format(self):
        header = "Import du COG annulé, rien n'a été enregistré"
        if len(self.errors) == 1:
            return f"{header} : {self.errors[0]}"
        lines = [f"{header} ({len(self.errors)} erreurs) :"]
        lines += [f"- {error}" for error in self.errors[:MAX_LISTED_ERRORS]]
        if len(self.errors) > MAX_LISTED_ERRORS:
            lines.append(f"… et {len(self.errors) - MAX_LISTED_ERRORS} autres erreurs.")
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Entry:
    """One checked entry of a source file."""

    kind: str
    code: str
    name: str
    position: int  # 1-based rank in its file
    region: str | None = None
    department: str | None = None
    epci_type: str = ""
    population: int | None = None
    members: tuple[str, ...] = ()

    @property
    def label(self):
        return f"{FILENAMES[self.kind]}, entrée n° {self.position} (code « {self.code} »)"


@dataclass
class CogSource:
    """The checked content of a source folder."""

    directory: Path
    kinds: tuple[str, ...]  # the kinds to write
    entries: dict[str, dict[str, Entry]] = field(default_factory=dict)  # kind → code → entry
    epci_by_commune: dict[str, str] = field(default_factory=dict)  # commune code → EPCI code
    skipped_communes: int = 0  # communes déléguées, associées, arrondissements municipaux


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


# Reading and checking ------------------------------------------------------------------


def parse_kinds(kinds):
    """Normalize a list (or comma-separated string) of kinds into KINDS order."""
    if kinds is None:
        return KINDS
    if isinstance(kinds, str):
        kinds = kinds.split(",")
    wanted = {kind.strip() for kind in kinds if kind.strip()}
    unknown = sorted(wanted - set(KINDS))
    if unknown:
        raise CogImportError(
            f"type de collectivité inconnu : {', '.join(f'« {kind} »' for kind in unknown)} "
            f"(choisir parmi {', '.join(KINDS)})."
        )
    if not wanted:
        raise CogImportError(f"aucun type de collectivité choisi (parmi {', '.join(KINDS)}).")
    return tuple(kind for kind in KINDS if kind in wanted)


def _json_type(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "un booléen"
    if isinstance(value, int | float):
        return "un nombre"
    if isinstance(value, str):
        return "un texte"
    if isinstance(value, list):
        return "une liste"
    return "un objet"


def _load_list(directory, kind, errors):
    """The top-level list of one file, or None (with an error recorded)."""
    filename = FILENAMES[kind]
    path = directory / filename
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        errors.append(f"{filename} : fichier introuvable dans {directory}.")
        return None
    except UnicodeDecodeError:
        errors.append(f"{filename} : le fichier n'est pas encodé en UTF-8.")
        return None
    except OSError as error:
        errors.append(f"{filename} : lecture impossible ({error.strerror or error}).")
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        errors.append(
            f"{filename} : JSON mal formé à la ligne {error.lineno}, colonne {error.colno}."
        )
        return None
    if not isinstance(data, list):
        errors.append(
            f"{filename} : une liste d'entrées est attendue au premier niveau, pas {_json_type(data)}."
        )
        return None
    return data


class _EntryReader:
    """Reads the fields of one raw entry, recording a French error for each problem."""

    def __init__(self, kind, position, raw, errors):
        self.raw = raw
        self.errors = errors
        self.ok = True
        self.label = f"{FILENAMES[kind]}, entrée n° {position}"
        if isinstance(raw, dict) and isinstance(raw.get("code"), str):
            self.label += f" (code « {raw['code']} »)"
        if not isinstance(raw, dict):
            self.error(f"un objet JSON est attendu, pas {_json_type(raw)}.")

    def error(self, message):
        self.errors.append(f"{self.label} : {message}")
        self.ok = False

    def text(self, key, max_length=None):
        if key not in self.raw:
            self.error(f"champ obligatoire « {key} » manquant.")
            return None
        value = self.raw[key]
        if not isinstance(value, str) or not value.strip():
            self.error(f"le champ « {key} » doit être un texte non vide, pas {_json_type(value)}.")
            return None
        if max_length and len(value) > max_length:
            self.error(f"le champ « {key} » dépasse {max_length} caractères.")
            return None
        return value

    def name(self):
        value = self.text("nom", NAME_MAX_LENGTH)
        return value.strip() if value else None

    def code(self, key, kind):
        value = self.text(key)
        if value is None:
            return None
        problem = None
        if value != value.strip():
            problem = f"code officiel « {value} » invalide : espaces en trop."
        else:
            try:
                validate_official_code(kind, value)
            except ValidationError as error:
                message = error.messages[0]
                problem = message[:1].lower() + message[1:]
        if problem:
            self.error(problem if key == "code" else f"champ « {key} » : {problem}")
            return None
        return value

    def population(self, key):
        value = self.raw.get(key)
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not 0 <= value <= MAX_POPULATION
        ):
            self.error(f"le champ « {key} » doit être un entier positif, pas {value!r}.")
            return None
        return value


def _read_region(reader, position):
    code, name = reader.code("code", REGION), reader.name()
    if reader.ok:
        return Entry(REGION, code, name, position)
    return None


def _read_departement(reader, position):
    code, name, region = (
        reader.code("code", DEPARTEMENT),
        reader.name(),
        reader.code("region", REGION),
    )
    if reader.ok:
        return Entry(DEPARTEMENT, code, name, position, region=region)
    return None


def _read_epci(reader, position):
    code, name = reader.code("code", EPCI), reader.name()
    epci_type = reader.text("type", EPCI_TYPE_MAX_LENGTH)
    population = reader.population("populationMunicipale")
    members = []
    if "membres" not in reader.raw:
        reader.error("champ obligatoire « membres » manquant.")
    elif not isinstance(reader.raw["membres"], list):
        reader.error(
            f"le champ « membres » doit être une liste, pas {_json_type(reader.raw['membres'])}."
        )
    else:
        for rank, member in enumerate(reader.raw["membres"], start=1):
            member_code = member.get("code") if isinstance(member, dict) else None
            if not isinstance(member_code, str):
                reader.error(
                    f"membre n° {rank} : champ « code » manquant ou qui n'est pas un texte."
                )
                continue
            try:
                validate_official_code(COMMUNE, member_code)
            except ValidationError:
                reader.error(f"membre n° {rank} : code de commune « {member_code} » invalide.")
                continue
            if member_code in members:
                reader.error(f"membre n° {rank} : commune « {member_code} » en double.")
                continue
            members.append(member_code)
    if reader.ok:
        return Entry(
            EPCI,
            code,
            name,
            position,
            epci_type=epci_type,
            population=population,
            members=tuple(members),
        )
    return None


def _read_commune(reader, position):
    commune_type = reader.text("type")
    if commune_type is None:
        return None
    if commune_type not in COMMUNE_TYPES:
        reader.error(
            f"type « {commune_type} » inconnu (attendu : {', '.join(sorted(COMMUNE_TYPES))})."
        )
        return None
    if commune_type != CURRENT_COMMUNE:
        return None
    code, name = reader.code("code", COMMUNE), reader.name()
    department = reader.code("departement", DEPARTEMENT)
    region = reader.code("region", REGION)
    population = reader.population("population")
    if reader.ok:
        return Entry(
            COMMUNE,
            code,
            name,
            position,
            region=region,
            department=department,
            population=population,
        )
    return None


READERS = {
    REGION: _read_region,
    DEPARTEMENT: _read_departement,
    EPCI: _read_epci,
    COMMUNE: _read_commune,
}


def _files_needed(kinds):
    """The kinds whose file must be read to write `kinds`."""
    needed = set(kinds)
    if EPCI in needed:
        needed.add(COMMUNE)  # an EPCI is attached to the département of its first member
    if COMMUNE in needed:
        needed.add(EPCI)  # a commune's EPCI is given by the EPCI's members
    return tuple(kind for kind in KINDS if kind in needed)


def read_source(directory, kinds=None):
    """Read and check the files needed to import `kinds`; raise CogImportError on any problem.

    Only what the files alone can tell is checked here: references to the database are
    checked by `import_cog` just before writing.
    """
    kinds = parse_kinds(kinds)
    directory = Path(directory)
    if not directory.is_dir():
        raise CogImportError(
            f"dossier source introuvable : {directory}. Installez le paquet npm "
            "@etalab/decoupage-administratif (make cog) ou indiquez son dossier data/."
        )
    source = CogSource(directory=directory, kinds=kinds)
    errors = []
    for kind in _files_needed(kinds):
        raw_entries = _load_list(directory, kind, errors)
        if raw_entries is None:
            continue
        entries = source.entries[kind] = {}
        for position, raw in enumerate(raw_entries, start=1):
            reader = _EntryReader(kind, position, raw, errors)
            if not reader.ok:
                continue
            entry = READERS[kind](reader, position)
            if entry is None:
                if reader.ok:  # a commune that is not a commune-actuelle
                    source.skipped_communes += 1
                continue
            previous = entries.get(entry.code)
            if previous is not None:
                errors.append(
                    f"{entry.label} : code en double (déjà à l'entrée n° {previous.position})."
                )
                continue
            entries[entry.code] = entry
    if errors:
        raise CogImportError(errors)

    # EPCI members: current communes of communes.json, each in one EPCI at most.
    if EPCI in source.entries:
        communes = source.entries[COMMUNE]
        for epci in source.entries[EPCI].values():
            for member in epci.members:
                if member not in communes:
                    errors.append(
                        f"{epci.label} : commune membre « {member} » absente de communes.json "
                        "(ou qui n'y est pas une commune actuelle)."
                    )
                elif member in source.epci_by_commune:
                    errors.append(
                        f"{epci.label} : la commune membre « {member} » appartient déjà à l'EPCI "
                        f"« {source.epci_by_commune[member]} »."
                    )
                else:
                    source.epci_by_commune[member] = epci.code
    if errors:
        raise CogImportError(errors)
    return source


# Writing -------------------------------------------------------------------------------


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


def territory_fixture_objects(directory):
    """Unsaved régions then départements of the COG folder, parents set, for a fixture."""
    source = read_source(directory, (REGION, DEPARTEMENT))
    regions = {
        code: LocalAuthority(
            kind=REGION,
            code=code,
            name=entry.name,
            slug=LocalAuthority.build_slug(REGION, code, entry.name),
        )
        for code, entry in sorted(source.entries[REGION].items())
    }
    errors = []
    departments = []
    for code, entry in sorted(source.entries[DEPARTEMENT].items()):
        if entry.region not in regions:
            errors.append(
                f"{entry.label} : région « {entry.region} » inconnue : absente du fichier "
                "regions.json."
            )
            continue
        departments.append(
            LocalAuthority(
                kind=DEPARTEMENT,
                code=code,
                name=entry.name,
                slug=LocalAuthority.build_slug(DEPARTEMENT, code, entry.name),
                region=regions[entry.region],
            )
        )
    if errors:
        raise CogImportError(errors)
    return [*regions.values(), *departments]
