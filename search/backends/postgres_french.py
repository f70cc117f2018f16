"""modelsearch's PostgreSQL backend with French configurations for search and autocomplete.

`SEARCH_CONFIG` (default `french_unaccent`) and `AUTOCOMPLETE_CONFIG` (default `simple_unaccent`)
are created by the migration search/0002_french_configuration.
"""

from django.db import connections
from modelsearch.backends.database.postgres.postgres import IndexEntry, PostgresSearchBackend

from search import typo


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    def __init__(self, params):
        params = {"SEARCH_CONFIG": "french_unaccent", **params}
        autocomplete_config = params.pop("AUTOCOMPLETE_CONFIG", "simple_unaccent")
        super().__init__(params)
        self.autocomplete_config = autocomplete_config

    def correct(self, text, limit=2):
        """The query with its unknown terms replaced by the nearest indexed lexemes, or None.

        Reads the lexemes of the search documents' index entries (ts_stat): run only when a
        search found nothing.
        """
        from django.contrib.contenttypes.models import ContentType

        from search.models import SearchDocument

        content_type = ContentType.objects.get_for_model(SearchDocument).pk
        table = IndexEntry._meta.db_table
        stat = f"SELECT title || body FROM {table} WHERE content_type_id = {int(content_type)}"  # noqa: S608
        with connections[IndexEntry._default_manager.db].cursor() as cursor:
            cursor.execute("SELECT word, ndoc FROM ts_stat(%s)", [stat])
            vocabulary = dict(cursor.fetchall())

        def candidates(term, limit):
            return [
                (word, docs)
                for word, docs in vocabulary.items()
                if word[:1] == term[:1] and abs(len(word) - len(term)) <= limit
            ]

        return typo.correct(text, vocabulary.__contains__, candidates, limit)


SearchBackend = FrenchPostgresSearchBackend
