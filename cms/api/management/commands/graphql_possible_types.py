"""`manage.py graphql_possible_types --out graphql/possibleTypes.json` (run by `make schema`)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from cms.api.possible_types import possible_types_json


class Command(BaseCommand):
    help = "Écrit la table des types possibles (interfaces et unions) du schéma GraphQL, en JSON."

    def add_arguments(self, parser):
        parser.add_argument(
            "--out", default="graphql/possibleTypes.json", help="Fichier à écrire (« - » : sortie)."
        )

    def handle(self, *args, out, **options):
        from cms.api.schema import schema

        text = possible_types_json(schema.graphql_schema)
        if out == "-":
            self.stdout.write(text, ending="")
            return
        Path(out).write_text(text, encoding="utf-8")
        self.stdout.write(f"{out} écrit.")
