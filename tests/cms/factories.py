"""Factories of the core (cms): taxonomy, collectivités, media, and the base of every page factory.

Taxonomy
    ``ThemeFactory``, ``TerritoryTypeFactory`` (reuses the qpv / villes / ruralites rows created by
    the cms migration; pass ``slug=`` to pick one), ``LocalAuthorityFactory`` (a commune by default;
    ``kind=`` gives an official code valid for that kind: 5-character INSEE code, 9-digit SIREN,
    département or région code).

Media
    ``DocumentFactory`` and ``ImageFactory`` (in the root collection; the image is a small PNG
    unless ``file__width`` / ``file__height`` ask for more).

Pages
    ``BasePageFactory`` and ``ClassifiedPageFactory`` (``themes=[…]``, ``territory_types=[…]``) are
    the bases of the apps' page factories; ``HomePageFactory`` returns the home page created by the
    migration. Pages go through Wagtail's ``Page.save()``, which runs ``full_clean()``.
"""

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Collection
from wagtail.rich_text import RichText

from cms.models import HomePage, LocalAuthority, TerritoryType, Theme

# ---------------------------------------------------------------------------------------------
# Taxonomy
# ---------------------------------------------------------------------------------------------


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        skip_postgeneration_save = True
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Thématique {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    description = "Une thématique de politique publique."


TERRITORY_TYPE_NAMES = {
    "qpv": "Quartiers prioritaires (QPV)",
    "villes": "Villes",
    "ruralites": "Ruralités",
}


class TerritoryTypeFactory(DjangoModelFactory):
    """Returns the rows created by the migration (qpv, villes, ruralites) in turn."""

    class Meta:
        model = TerritoryType
        skip_postgeneration_save = True
        django_get_or_create = ("slug",)

    slug = factory.Iterator(list(TERRITORY_TYPE_NAMES))
    name = factory.LazyAttribute(lambda o: TERRITORY_TYPE_NAMES.get(o.slug, o.slug.capitalize()))


# Valid official codes, used in turn for the kinds that have only a few.
DEPARTMENT_CODES = (
    [f"{n:02d}" for n in range(1, 96) if n != 20] + ["2A", "2B"] + [str(n) for n in range(971, 977)]
)
REGION_CODES = [
    "11",
    "24",
    "27",
    "28",
    "32",
    "44",
    "52",
    "53",
    "75",
    "76",
    "84",
    "93",
    "94",
    "01",
    "02",
    "03",
    "04",
    "06",
]


def official_code(kind, n):
    """A code valid for `kind` (see cms.validators), distinct for each sequence number `n`."""
    if kind == LocalAuthority.Kind.COMMUNE:
        return f"{10000 + n % 90000:05d}"
    if kind == LocalAuthority.Kind.EPCI:
        return f"{200000000 + n:09d}"
    if kind == LocalAuthority.Kind.DEPARTEMENT:
        return DEPARTMENT_CODES[n % len(DEPARTMENT_CODES)]
    return REGION_CODES[n % len(REGION_CODES)]


class LocalAuthorityFactory(DjangoModelFactory):
    """A collectivité with a code valid for its kind; the same (kind, code) returns the same row."""

    class Meta:
        model = LocalAuthority
        skip_postgeneration_save = True
        django_get_or_create = ("kind", "code")

    kind = LocalAuthority.Kind.COMMUNE
    code = factory.LazyAttributeSequence(lambda o, n: official_code(o.kind, n))
    name = factory.LazyAttributeSequence(lambda o, n: f"{LocalAuthority.Kind(o.kind).label} {n}")
    population = 12000
    epci_type = factory.LazyAttribute(lambda o: "CA" if o.kind == LocalAuthority.Kind.EPCI else "")

    @factory.post_generation
    def territory_types(self, create, extracted, **kwargs):
        if create and extracted:
            self.territory_types.set(extracted)


# ---------------------------------------------------------------------------------------------
# Media
# ---------------------------------------------------------------------------------------------


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A small text document in the root collection (wagtail-factories would add a root)."""

    class Meta:
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Guide {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.FileField(filename="guide.txt", data=b"Un guide.")


class ImageFactory(wagtail_factories.ImageFactory):
    """A small image in the root collection (wagtail-factories would add a root)."""

    class Meta:
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Image {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=64, height=48, color="steelblue", format="PNG")


# ---------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------


def get_home():
    return HomePage.objects.get()


def paragraph(html="<p>Un paragraphe.</p>"):
    """A one-paragraph value for a BodyStreamBlock StreamField."""
    return [("paragraph", RichText(html))]


class BasePageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))


class ClassifiedPageFactory(BasePageFactory):
    """Adds `themes=[…]` and `territory_types=[…]` (ParentalManyToManyField: set then save)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
            self.save()

    @factory.post_generation
    def territory_types(self, create, extracted, **kwargs):
        if create and extracted:
            self.territory_types.set(extracted)
            self.save()


class HomePageFactory(BasePageFactory):
    """Returns the single home page (max_count = 1): never creates a second one."""

    class Meta:
        model = HomePage
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return get_home()
