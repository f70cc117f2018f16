"""The régions and départements of a COG folder, for the territories fixture."""

from cms.cog.reader import read_source
from cms.cog.source import DEPARTEMENT, REGION, CogImportError
from cms.models import LocalAuthority


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
