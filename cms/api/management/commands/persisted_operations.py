"""Write graphql/persisted-operations.json from graphql/operations/*.graphql (run by `make schema`)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.api.persisted_documents import ManifestError, build_manifest, dumps, operation_files
from cms.api.schema import schema

OPERATIONS = Path(settings.BASE_DIR) / "graphql" / "operations"
MANIFEST = Path(settings.BASE_DIR) / "graphql" / "persisted-operations.json"


class Command(BaseCommand):
    help = (
        "Écrit le manifeste des opérations publiées (empreinte SHA-256 → document), tel que le "
        "calcule graphql-codegen (client preset, persistedDocuments en sha256)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--operations", default=str(OPERATIONS), help="Dossier des .graphql.")
        parser.add_argument("--out", default=str(MANIFEST), help="Fichier JSON à écrire.")
        parser.add_argument(
            "--check",
            action="store_true",
            help="N'écrit rien ; échoue si le fichier n'est pas à jour.",
        )

    def handle(self, *args, operations, out, check, **options):
        try:
            manifest = build_manifest(operation_files(operations), schema.graphql_schema)
        except ManifestError as error:
            raise CommandError(str(error)) from error
        text = dumps(manifest)
        path = Path(out)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                raise CommandError(
                    f"{path} n'est pas à jour : lancez « make schema » "
                    "(python manage.py persisted_operations)."
                )
            return
        path.write_text(text, encoding="utf-8")
        self.stdout.write(f"{len(manifest)} opérations écrites dans {path}.")
