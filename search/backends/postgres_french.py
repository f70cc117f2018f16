"""modelsearch's PostgreSQL backend with French configurations for search and autocomplete.

`SEARCH_CONFIG` (default `french_unaccent`) and `AUTOCOMPLETE_CONFIG` (default `simple_unaccent`)
are created by the migration search/0002_french_configuration.
"""

from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    def __init__(self, params):
        params = {"SEARCH_CONFIG": "french_unaccent", **params}
        autocomplete_config = params.pop("AUTOCOMPLETE_CONFIG", "simple_unaccent")
        super().__init__(params)
        self.autocomplete_config = autocomplete_config


SearchBackend = FrenchPostgresSearchBackend
