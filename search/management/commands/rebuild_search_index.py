"""Rebuild the search documents from the published pages, then the engine's index.

manage.py rebuild_search_index            documents, then Wagtail's update_index (atomic
                                          alias swap on OpenSearch / Elasticsearch)
manage.py rebuild_search_index --documents-only
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from tqdm import tqdm

from search import documents


class Command(BaseCommand):
    help = "Reconstruit les documents de recherche (pages publiées et publiques) puis l'index."

    def add_arguments(self, parser):
        parser.add_argument(
            "--documents-only",
            action="store_true",
            help="Seulement les documents (l'index suit au fil des enregistrements).",
        )

    def handle(self, *args, documents_only=False, verbosity=1, **options):
        total = documents.visible_searchable_pages().count()
        with tqdm(
            total=total,
            desc="Documents de recherche",
            unit="page",
            disable=verbosity == 0,
            file=self.stderr,
        ) as bar:
            kept, removed = documents.rebuild(progress=bar.update)
        if verbosity:
            self.stdout.write(f"{kept} documents à jour, {removed} retirés.")
        if not documents_only:
            call_command("update_index", verbosity=verbosity)
