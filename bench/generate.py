"""Generate N experience pages of realistic French content, reproducibly (seeded), fast.

Pages are written in bulk (tree paths computed here) rather than one `add_child` at a time, which
would take a quarter of an hour for 10k pages. Usage:

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.generate --pages 1000
"""

import argparse
import datetime
import io
import random
import time
import uuid

import django

TOWNS = [
    "Séné",
    "Nantes",
    "Bourges",
    "Niort",
    "Guichen",
    "Mantes-la-Jolie",
    "Limoges",
    "Amiens",
    "Brest",
    "Tours",
    "Poitiers",
    "Besançon",
    "Valence",
    "Albi",
    "Saint-Brieuc",
    "Cahors",
    "Gap",
    "Dax",
    "Sedan",
    "Vierzon",
]
VERBS = ["Co-construire", "Réinventer", "Imaginer", "Partager", "Expérimenter", "Décider ensemble"]
OBJECTS = [
    "le budget participatif",
    "la politique culturelle",
    "les mobilités du quotidien",
    "la santé de proximité",
    "les espaces publics",
    "la transition écologique",
    "l'accueil des jeunes",
    "la lecture publique",
]
SENTENCES = [
    "Les habitantes et les habitants ont été associés dès le diagnostic.",
    "Un groupe d'enquête mixte a rencontré les associations du quartier.",
    "Les élus se sont engagés à rendre compte des décisions prises.",
    "La démarche s'appuie sur les équipements culturels de la commune.",
    "Des ateliers ont réuni agents, citoyens et professionnels.",
]
THEMES = [
    "Culture",
    "Démocratie participative",
    "Santé",
    "Éducation et jeunesse",
    "Cohésion sociale",
    "Transition écologique",
    "Mobilités",
    "Budget participatif",
    "Numérique",
    "Alimentation",
]


def _int2path(number, steplen=4, alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    out = ""
    while number:
        number, remainder = divmod(number, len(alphabet))
        out = alphabet[remainder] + out
    return out.rjust(steplen, "0")


def _image(title, rng):
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    PILImage.new(
        "RGB", (1200, 800), (rng.randrange(256), rng.randrange(256), rng.randrange(256))
    ).save(buffer, "JPEG")
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.jpg"), description=title
    )


def _drop(index):
    """Remove a generated index with plain DELETEs: its pages are bulk rows with nothing else
    pointing at them, and Wagtail's page-by-page delete takes most of an hour at 100k."""
    from wagtail.models import Page

    from inspiration.models import ExperienceLocalAuthority, ExperiencePage

    using = index._state.db
    pages = Page.objects.filter(path__startswith=index.path, depth__gt=index.depth)
    ids = pages.values("pk")
    ExperiencePage.themes.through.objects.filter(experiencepage_id__in=ids)._raw_delete(using)
    ExperiencePage.territory_types.through.objects.filter(experiencepage_id__in=ids)._raw_delete(
        using
    )
    ExperienceLocalAuthority.objects.filter(page_id__in=ids)._raw_delete(using)
    ExperiencePage.objects.filter(page_ptr_id__in=ids)._raw_delete(using)
    Page.objects.filter(path__startswith=index.path, depth__gt=index.depth)._raw_delete(using)
    Page.objects.filter(pk=index.pk).update(numchild=0)
    Page.objects.get(pk=index.pk).specific.delete()


def generate(pages, seed=42, stdout=print):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils.text import slugify
    from wagtail.models import Locale, Page

    from cms.models import HomePage, LocalAuthority, TerritoryType, Theme
    from inspiration.models import ExperienceLocalAuthority, ExperiencePage, InspirationIndexPage

    rng = random.Random(seed)
    started = time.perf_counter()
    home = HomePage.objects.get()
    slug = f"banc-{pages}"
    # One size at a time in the database: the figures of N pages are measured on N pages.
    others = InspirationIndexPage.objects.filter(slug__startswith="banc-").exclude(slug=slug)
    if others.exists():  # no write transaction when there is nothing to remove
        with transaction.atomic():
            for other in others:
                _drop(other)
    index = InspirationIndexPage.objects.filter(slug=slug).first()
    if index and index.get_children_count() == pages:
        stdout(f"{pages} pages déjà générées sous /{slug}/")
        return index
    with transaction.atomic():
        if index:
            _drop(index)
        home.refresh_from_db()
        index = home.add_child(
            instance=InspirationIndexPage(title=f"Banc d'essai ({pages} pages)", slug=slug)
        )
        themes = [
            Theme.objects.get_or_create(slug=slugify(n), defaults={"name": n})[0] for n in THEMES
        ]
        types = list(TerritoryType.objects.all())
        department, _ = LocalAuthority.objects.get_or_create(
            kind="departement", code="87", defaults={"name": "Haute-Vienne"}
        )
        authorities = []
        for i, town in enumerate(TOWNS):
            authority, _ = LocalAuthority.objects.get_or_create(
                kind="commune",
                code=f"87{i + 900:03d}",
                defaults={"name": f"{town} (banc)", "department": department},
            )
            authorities.append(authority)
        images = [_image(f"Banc d'essai {i}", rng) for i in range(10)]
        content_type = ContentType.objects.get_for_model(ExperiencePage)
        locale = Locale.get_default()
        now = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)

        rows = []
        for i in range(pages):
            title = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} à {rng.choice(TOWNS)} ({i + 1})"
            page_slug = f"{slugify(title)}"[:200]
            published = now - datetime.timedelta(hours=i)
            rows.append(
                Page(
                    path=index.path + _int2path(i + 1),
                    depth=index.depth + 1,
                    numchild=0,
                    translation_key=uuid.UUID(int=rng.getrandbits(128)),
                    locale=locale,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    title=title,
                    draft_title=title,
                    slug=page_slug,
                    content_type=content_type,
                    url_path=f"{index.url_path}{page_slug}/",
                    seo_title="",
                    search_description="",
                )
            )
        Page.objects.bulk_create(rows, batch_size=500)
        created = list(
            Page.objects.filter(path__startswith=index.path, depth=index.depth + 1).order_by("path")
        )

        columns = list(ExperiencePage._meta.local_concrete_fields)
        names = ", ".join(connection.ops.quote_name(f.column) for f in columns)
        marks = ", ".join(["%s"] * len(columns))
        table = connection.ops.quote_name(ExperiencePage._meta.db_table)
        values = []
        for page in created:
            instance = ExperiencePage(
                page_ptr_id=page.pk,
                summary=" ".join(rng.sample(SENTENCES, 3)),
                participation_level=rng.randint(1, 8),
                period_start=datetime.date(2020 + rng.randint(0, 4), rng.randint(1, 12), 1),
                actors="Habitants, associations, élus et agents.",
                results="<p>" + rng.choice(SENTENCES) + "</p>",
                image_id=rng.choice(images).pk,
                body=[("paragraph", "<p>" + " ".join(rng.sample(SENTENCES, 4)) + "</p>")],
                sources=[],
            )
            values.append(
                [f.get_db_prep_save(f.pre_save(instance, True), connection) for f in columns]
            )
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", values)  # noqa: S608

        through_themes = ExperiencePage.themes.through
        through_types = ExperiencePage.territory_types.through
        through_themes.objects.bulk_create(
            [
                through_themes(experiencepage_id=p.pk, theme_id=t.pk)
                for p in created
                for t in rng.sample(themes, 2)
            ],
            batch_size=1000,
        )
        through_types.objects.bulk_create(
            [
                through_types(experiencepage_id=p.pk, territorytype_id=rng.choice(types).pk)
                for p in created
            ],
            batch_size=1000,
        )
        ExperienceLocalAuthority.objects.bulk_create(
            [
                ExperienceLocalAuthority(
                    page_id=p.pk, local_authority=rng.choice(authorities), sort_order=0
                )
                for p in created
            ],
            batch_size=1000,
        )
        Page.objects.filter(pk=index.pk).update(numchild=pages)
    stdout(f"{pages} pages générées en {time.perf_counter() - started:.1f} s sous /{slug}/")
    return index


def main():
    parser = argparse.ArgumentParser(description="Génère des expériences pour les bancs d'essai.")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    django.setup()
    generate(args.pages, args.seed)


if __name__ == "__main__":
    main()
