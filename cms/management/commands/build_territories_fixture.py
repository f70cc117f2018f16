from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.management.base import BaseCommand, CommandError

from cms.cog import CogImportError, territory_fixture_objects
from cms.management.commands.import_cog import DEFAULT_SOURCE

DEFAULT_OUTPUT = settings.BASE_DIR / "cms" / "fixtures" / "territories.json"

# Only what the COG gives: loaddata leaves the territory types of an existing row alone.
FIELDS = ("kind", "code", "name", "slug", "region")


class Command(BaseCommand):
    help = (
        "Régénère la fixture cms/fixtures/territories.json (toutes les régions et tous les "
        "départements) depuis le dossier data/ du paquet npm @etalab/decoupage-administratif, "
        "avec des clés naturelles : « manage.py loaddata territories » peut être rejoué sans "
        "créer de doublon."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--source",
            default=str(DEFAULT_SOURCE),
            metavar="DOSSIER",
            help="Dossier contenant regions.json et departements.json (par défaut : %(default)s).",
        )
        parser.add_argument(
            "--output",
            default=str(DEFAULT_OUTPUT),
            metavar="FICHIER",
            help="Fichier JSON à écrire (par défaut : %(default)s).",
        )

    def handle(self, *args, source, output, **options):
        try:
            objects = territory_fixture_objects(source)
        except CogImportError as error:
            raise CommandError(str(error)) from error
        text = serializers.serialize(
            "json",
            objects,
            fields=FIELDS,
            use_natural_foreign_keys=True,
            use_natural_primary_keys=True,
            indent=2,
            ensure_ascii=False,
        )
        output = Path(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text + "\n", encoding="utf-8")
        regions = sum(1 for obj in objects if obj.kind == "region")
        self.stdout.write(
            self.style.SUCCESS(
                f"{output} écrit : {regions} régions et {len(objects) - regions} départements."
            )
        )
