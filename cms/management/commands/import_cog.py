from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.cog import COMMUNE, KINDS, LABELS, CogImportError, import_cog, parse_kinds

DEFAULT_SOURCE = settings.BASE_DIR / "var/cog/node_modules/@etalab/decoupage-administratif/data"

# Past participles by (feminine, plural): created, updated, unchanged.
WORDS = {
    (False, False): ("créé", "mis à jour", "inchangé"),
    (False, True): ("créés", "mis à jour", "inchangés"),
    (True, False): ("créée", "mise à jour", "inchangée"),
    (True, True): ("créées", "mises à jour", "inchangées"),
}


def agreed(count, feminine, rank):
    """`count` followed by the participle `rank` agreed in gender and number (0 and 1: singular)."""
    return f"{count} {WORDS[(feminine, count > 1)][rank]}"


class Command(BaseCommand):
    help = (
        "Importe ou met à jour les régions, départements, EPCI et communes du Code officiel "
        "géographique depuis le dossier data/ du paquet npm @etalab/decoupage-administratif "
        "(6.0.0). Tout est vérifié avant d'écrire ; en cas d'erreur, rien n'est enregistré."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--source",
            default=str(DEFAULT_SOURCE),
            metavar="DOSSIER",
            help="Dossier contenant regions.json, departements.json, epci.json et communes.json "
            "(par défaut : %(default)s).",
        )
        parser.add_argument(
            "--kinds",
            default=",".join(KINDS),
            metavar="TYPES",
            help="Types de collectivités à importer, séparés par des virgules "
            "(par défaut : %(default)s). Les rattachements vers un type non importé doivent "
            "déjà exister en base.",
        )
        parser.add_argument(
            "--no-search-index",
            action="store_false",
            dest="search_index",
            help="Ne pas indexer pour la recherche les collectivités créées ou modifiées (plus "
            "rapide ; reconstruire ensuite l'index avec « manage.py update_index »).",
        )

    def handle(self, *args, source, kinds, search_index, verbosity, **options):
        try:
            kinds = parse_kinds(kinds)
            result = import_cog(
                source,
                kinds=kinds,
                progress=None if verbosity else False,
                update_search_index=search_index,
            )
        except CogImportError as error:
            raise CommandError(str(error)) from error

        if verbosity:
            self.stdout.write(f"Import du COG depuis {result.directory} :")
            for kind, counts in result.counts.items():
                label = LABELS[kind]
                name = label.plural[:1].upper() + label.plural[1:]
                numbers = (counts.created, counts.updated, counts.unchanged)
                self.stdout.write(
                    f"  {name} : "
                    + ", ".join(agreed(n, label.feminine, rank) for rank, n in enumerate(numbers))
                )
            if COMMUNE in result.counts:
                self.stdout.write(
                    "  Communes déléguées, associées et arrondissements municipaux ignorés : "
                    f"{result.skipped_communes}"
                )
            written = sum(counts.created + counts.updated for counts in result.counts.values())
            noun = "collectivités" if written > 1 else "collectivité"
            if search_index:
                indexed = "indexées" if written > 1 else "indexée"
                self.stdout.write(f"  Index de recherche : {written} {noun} {indexed}")
            elif written:
                indexed = "non indexées" if written > 1 else "non indexée"
                self.stdout.write(
                    f"  Index de recherche : {written} {noun} {indexed} "
                    "(lancer « manage.py update_index »)"
                )
        self.stdout.write(self.style.SUCCESS("Import du COG terminé."))
