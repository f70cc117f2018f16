"""Reading and checking a COG folder: nothing is written while any entry is wrong."""

import json
from pathlib import Path

from django.core.exceptions import ValidationError

from cms.cog.source import (
    COMMUNE,
    COMMUNE_TYPES,
    CURRENT_COMMUNE,
    DEPARTEMENT,
    EPCI,
    EPCI_TYPE_MAX_LENGTH,
    FILENAMES,
    KINDS,
    MAX_POPULATION,
    NAME_MAX_LENGTH,
    REGION,
    CogImportError,
    CogSource,
    Entry,
)
from cms.validators import validate_official_code


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

    def siren(self, key="siren"):
        """The SIREN, when the source gives one (communes, EPCI; not every édition has it)."""
        value = self.raw.get(key)
        if value is None:
            return ""
        if not isinstance(value, str) or len(value) != 9 or not value.isdigit():
            self.error(f"le champ « {key} » doit être un SIREN de 9 chiffres, pas {value!r}.")
            return ""
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
    code, name, siren = reader.code("code", REGION), reader.name(), reader.siren()
    if reader.ok:
        return Entry(REGION, code, name, position, siren=siren)
    return None


def _read_departement(reader, position):
    code, name, region = (
        reader.code("code", DEPARTEMENT),
        reader.name(),
        reader.code("region", REGION),
    )
    siren = reader.siren()
    if reader.ok:
        return Entry(DEPARTEMENT, code, name, position, region=region, siren=siren)
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
            siren=code,  # an EPCI's code is its SIREN
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
    siren = reader.siren()
    if reader.ok:
        return Entry(
            COMMUNE,
            code,
            name,
            position,
            region=region,
            department=department,
            population=population,
            siren=siren,
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
