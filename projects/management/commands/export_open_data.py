"""manage.py export_open_data DIR — write the open-data files (CSV and JSON of experiences,
shared projects and action-plan progress, plus schemas.json) into DIR, for data.gouv.fr."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from projects import exports


class Command(BaseCommand):
    help = "Écrit les jeux de données ouverts (CSV et JSON, avec leur schéma) dans un dossier."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="Dossier de destination (créé au besoin).")

    def handle(self, *args, directory, **options):
        target = Path(directory)
        target.mkdir(parents=True, exist_ok=True)
        for name, build in exports.DATASETS.items():
            rows = list(build())
            (target / f"{name}.csv").write_text(exports.to_csv(name, rows), encoding="utf-8")
            (target / f"{name}.json").write_text(exports.to_json(name, rows), encoding="utf-8")
            self.stdout.write(f"{name} : {len(rows)} lignes")
        schemas = {name: exports.schema_of(name) for name in exports.SCHEMAS}
        (target / "schemas.json").write_text(
            json.dumps(schemas, ensure_ascii=False, indent=1), encoding="utf-8"
        )
