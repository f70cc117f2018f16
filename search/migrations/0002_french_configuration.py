"""The French configuration of the database search engines.

PostgreSQL: `french_unaccent` (accents folded, then the French stemmer) for search, and
`simple_unaccent` (accents folded, no stemming) for autocomplete. `unaccent` is an extension that
only a superuser may create: scripts/postgres creates it in the database and template1; here its
creation is attempted and, if refused, the configuration is still created when the extension is
present, else the migration stops with a French explanation.

SQLite: an fts5vocab table over the FTS index lists the indexed terms (typo correction).
"""

from django.db import migrations

PG_CONFIGURATIONS = """
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
    CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
    ALTER TEXT SEARCH CONFIGURATION french_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'simple_unaccent') THEN
    CREATE TEXT SEARCH CONFIGURATION simple_unaccent (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION simple_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
  END IF;
END $$;
"""

VOCAB = "wagtailsearch_indexentry_fts_vocab"


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")
            if cursor.fetchone() is None:
                try:
                    cursor.execute("SAVEPOINT search_unaccent")
                    cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
                    cursor.execute("RELEASE SAVEPOINT search_unaccent")
                except Exception as error:
                    cursor.execute("ROLLBACK TO SAVEPOINT search_unaccent")
                    raise RuntimeError(
                        "L'extension PostgreSQL « unaccent » manque et ce rôle ne peut pas la créer. "
                        "Un superutilisateur doit lancer « CREATE EXTENSION unaccent; » dans cette base "
                        "(scripts/postgres start le fait), puis relancez « manage.py migrate »."
                    ) from error
            cursor.execute(PG_CONFIGURATIONS)
    elif connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'wagtailsearch_indexentry_fts'"
            )
            if cursor.fetchone():
                cursor.execute(
                    f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB} "
                    "USING fts5vocab(wagtailsearch_indexentry_fts, row)"
                )


def backwards(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent")
            cursor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS simple_unaccent")
        elif connection.vendor == "sqlite":
            cursor.execute(f"DROP TABLE IF EXISTS {VOCAB}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
