"""PostgreSQL: a GIN index on `title || body` of the search index entries.

modelsearch filters on that concatenation, which the GIN indexes of `title` and `body` alone cannot
serve: without this index every search read every entry (a rare word cost as much as a common one).
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_french_configuration")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
