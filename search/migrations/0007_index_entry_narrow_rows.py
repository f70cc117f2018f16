"""PostgreSQL: the search index entries keep their long columns (the text's tsvector and analysed
terms) out of the table's rows.

Every row of a frequent word is read to know which entries match (search/ranking.py counts them
in bitmaps): with rows of 1.1 KB (the text's vector compressed in place) that was 14,000 pages for
a word in 86,000 entries; with the long columns in the TOAST table, 4,000. The ranking reads the
text's vector of 2,000 candidates at most. Rows written before keep their layout until they are
rewritten (`rebuild_modelsearch_index`, or `VACUUM FULL wagtailsearch_indexentry`).
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} SET (toast_tuple_target = 400)")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("search", "0006_document_updated_at_index")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
