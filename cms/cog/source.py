"""The COG source files: kinds, file names, French labels, errors and checked entries."""

from dataclasses import dataclass, field
from pathlib import Path

from cms.models import LocalAuthority

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

MAX_LISTED_ERRORS = 20
MAX_POPULATION = 2_147_483_647  # PositiveIntegerField upper bound on PostgreSQL

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
    siren: str = ""

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
