"""The three moderation workflows: « Contribution d'une collectivité », « Plan d'action »,
« Contenu éditorial » (see workflows.setup; `ensure_roles()` completes groups and assignments)."""

from django.db import migrations


def create_workflows(apps, schema_editor):
    from workflows.setup import ensure_workflows

    ensure_workflows(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("workflows", "0001_initial"),
        ("cms", "0002_initial_site"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_workflows, migrations.RunPython.noop)]
