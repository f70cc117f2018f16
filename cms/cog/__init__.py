"""Import of the Code officiel géographique (COG) into `LocalAuthority`.

The source is the `data/` folder of the npm package `@etalab/decoupage-administratif`
(version 6.0.0): regions.json, departements.json, epci.json and communes.json.

The import runs in two phases. First every file is read and every entry checked (JSON
syntax, keys, official codes, references between files and to the database); any problem
raises `CogImportError` and nothing is written. Then everything is written in a single
transaction with bulk queries, creating what is new and updating only what changed, so that
running it again is cheap and never duplicates anything.
"""

from cms.cog.fixture import territory_fixture_objects
from cms.cog.importer import ImportResult, KindCounts, import_cog
from cms.cog.reader import parse_kinds, read_source
from cms.cog.source import COMMUNE, DEPARTEMENT, EPCI, KINDS, LABELS, REGION, CogImportError

__all__ = [
    "COMMUNE",
    "DEPARTEMENT",
    "EPCI",
    "KINDS",
    "LABELS",
    "REGION",
    "CogImportError",
    "ImportResult",
    "KindCounts",
    "import_cog",
    "parse_kinds",
    "read_source",
    "territory_fixture_objects",
]
