"""Replace Wagtail's welcome page by the platform's home page, and create the territory types."""

from django.db import migrations

TERRITORY_TYPES = [
    ("Quartiers prioritaires (QPV)", "qpv", "Quartiers prioritaires de la politique de la ville."),
    ("Villes", "villes", "Villes moyennes et grandes, dont Action cœur de ville."),
    ("Ruralités", "ruralites", "Communes rurales et petites villes, dont Petites villes de demain."),
]


def create_site(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("cms.HomePage")
    TerritoryType = apps.get_model("cms.TerritoryType")

    for name, slug, description in TERRITORY_TYPES:
        TerritoryType.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()
    root = Page.objects.get(depth=1)
    locale, _ = Locale.objects.get_or_create(language_code="fr")
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="cms")
    last_child = Page.objects.filter(depth=2).order_by("-path").first()
    position = int(last_child.path[4:8]) + 1 if last_child else 1
    home = HomePage.objects.create(
        title="Territoires en commun",
        draft_title="Territoires en commun",
        slug="accueil",
        content_type=content_type,
        path=f"{root.path}{position:04d}",
        depth=2,
        numchild=0,
        url_path="/accueil/",
        locale=locale,
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page_id": home.id, "site_name": "Territoires en commun"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_site, migrations.RunPython.noop)]
