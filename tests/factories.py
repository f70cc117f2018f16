"""Factories for the content model of Territoires en commun (factory_boy + wagtail-factories).

Every factory builds *valid* objects: pages go through Wagtail's ``Page.save()``, which runs
``full_clean()`` and so each model's ``clean()``.

Taxonomy
    ``ThemeFactory``, ``TerritoryTypeFactory`` (reuses the qpv / villes / ruralites rows created by
    the cms migration; pass ``slug=`` to pick one), ``LocalAuthorityFactory`` (a commune by default;
    ``kind=`` gives an official code valid for that kind: 5-character INSEE code, 9-digit SIREN,
    département or région code).

Pages
    Each page factory takes ``parent=`` (a page instance). By default it builds the chain of
    parents it needs, starting under the home page created by the migration (the ``home``
    fixture of ``tests/conftest.py``)::

        experience = ExperiencePageFactory()                    # new index under home
        experience = ExperiencePageFactory(parent=index)        # under a given index
        ExperiencePageFactory(themes=[theme], territory_types=[qpv])

    ``ExperiencePageFactory`` also links one collectivité (``authority_links`` inline);
    ``authority_link__local_authority=…`` chooses it, ``authority_link=None`` skips it.
    ``ActionPlanPageFactory`` first enrols its collectivité as a confirmed participant of the
    parent project (``enroll=False`` skips it, e.g. to test the refusal).
    Pages are created live, without revision; call ``page.save_revision().publish()`` if a test
    needs one.

Media
    ``DocumentFactory`` (in the root collection).

Inline children and records
    ``ExperienceLocalAuthorityFactory``, ``ConceptLevelFactory``, ``SharedProjectStageFactory``,
    ``ActionFactory``, ``EngagementYearlyPlanFactory``, ``EnrollmentFactory``.
"""

import datetime
import zoneinfo
from decimal import Decimal

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Collection
from wagtail.rich_text import RichText

from cms.models import HomePage, LocalAuthority, TerritoryType, Theme
from inspiration.models import (
    ConceptLevel,
    ConceptPage,
    EventPage,
    ExperienceLocalAuthority,
    ExperiencePage,
    InspirationIndexPage,
    InspirationThemePage,
    NewsletterPage,
    ResourcePage,
)
from projects.models import (
    Action,
    ActionPlanPage,
    EngagementTrackIndexPage,
    EngagementTrackPage,
    EngagementYearlyPlan,
    Enrollment,
    JournalEntryPage,
    SharedProjectIndexPage,
    SharedProjectPage,
    SharedProjectStage,
)

PARIS = zoneinfo.ZoneInfo("Europe/Paris")

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


class InspirationIndexPageFactory(BasePageFactory):
    class Meta:
        model = InspirationIndexPage
        skip_postgeneration_save = True

    parent = factory.LazyFunction(get_home)
    title = factory.Sequence(lambda n: f"Ressources {n}")
    intro = "<p>Des expériences et des ressources pour s'inspirer.</p>"


class InspirationThemePageFactory(ClassifiedPageFactory):
    class Meta:
        model = InspirationThemePage
        skip_postgeneration_save = True

    parent = factory.SubFactory(InspirationIndexPageFactory)
    title = factory.Sequence(lambda n: f"Thématique du mois {n}")
    # One theme page per month: each factory call takes the next month.
    month = factory.Sequence(lambda n: datetime.date(2021 + n // 12, n % 12 + 1, 1))
    summary = "Les budgets participatifs dans les territoires."
    principle = "Confier aux habitants une part du budget d'investissement."


class ConceptPageFactory(ClassifiedPageFactory):
    class Meta:
        model = ConceptPage
        skip_postgeneration_save = True

    parent = factory.SubFactory(InspirationIndexPageFactory)
    title = factory.Sequence(lambda n: f"Concept {n}")
    summary = "L'échelle de la participation citoyenne."
    author = "Sherry R. Arnstein"
    year = 1969


class ConceptLevelFactory(DjangoModelFactory):
    class Meta:
        model = ConceptLevel
        skip_postgeneration_save = True

    concept = factory.SubFactory(ConceptPageFactory)
    rank = factory.Sequence(lambda n: n % 20 + 1)
    name = factory.Sequence(lambda n: f"Niveau {n}")


class ExperienceLocalAuthorityFactory(DjangoModelFactory):
    class Meta:
        model = ExperienceLocalAuthority
        skip_postgeneration_save = True

    page = factory.SubFactory("tests.factories.ExperiencePageFactory", authority_link=None)
    local_authority = factory.SubFactory(LocalAuthorityFactory)


class ExperiencePageFactory(ClassifiedPageFactory):
    class Meta:
        model = ExperiencePage
        skip_postgeneration_save = True

    parent = factory.SubFactory(InspirationIndexPageFactory)
    title = factory.Sequence(lambda n: f"Expérience {n}")
    summary = "Un budget participatif co-construit avec les habitants."
    participation_level = 6
    period_start = datetime.date(2021, 1, 1)
    period_end = datetime.date(2021, 12, 31)
    authority_link = factory.RelatedFactory(
        ExperienceLocalAuthorityFactory, factory_related_name="page"
    )


class ResourcePageFactory(ClassifiedPageFactory):
    class Meta:
        model = ResourcePage
        skip_postgeneration_save = True

    parent = factory.SubFactory(InspirationIndexPageFactory)
    title = factory.Sequence(lambda n: f"Ressource {n}")
    resource_type = ResourcePage.ResourceType.GUIDE
    summary = "Un guide pratique de la concertation."
    organisation = "ANCT"
    external_url = "https://agence-cohesion-territoires.gouv.fr/"


class EventPageFactory(ClassifiedPageFactory):
    """An online webinar by default; for `format="in_person"`, pass `place_name` or `city`."""

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    parent = factory.SubFactory(InspirationIndexPageFactory)
    title = factory.Sequence(lambda n: f"Webinaire {n}")
    summary = "Un webinaire de présentation."
    start = factory.LazyFunction(lambda: datetime.datetime(2021, 6, 15, 11, 30, tzinfo=PARIS))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=1, minutes=30))
    time_zone = "Europe/Paris"
    format = EventPage.Format.ONLINE
    registration_url = "https://example.org/inscription"


class NewsletterPageFactory(BasePageFactory):
    class Meta:
        model = NewsletterPage
        skip_postgeneration_save = True

    parent = factory.SubFactory(InspirationIndexPageFactory)
    title = factory.Sequence(lambda n: f"Lettre d'information n° {n + 1}")
    edition_number = factory.Sequence(lambda n: n + 1)
    edition_month = factory.Sequence(lambda n: datetime.date(2021 + n // 12, n % 12 + 1, 1))
    summary = "Les nouvelles du mois."
    sections = factory.LazyFunction(lambda: [("intro", RichText("<p>Éditorial du mois.</p>"))])


class SharedProjectIndexPageFactory(BasePageFactory):
    class Meta:
        model = SharedProjectIndexPage
        skip_postgeneration_save = True

    parent = factory.LazyFunction(get_home)
    title = factory.Sequence(lambda n: f"Projets partagés {n}")


class SharedProjectPageFactory(BasePageFactory):
    class Meta:
        model = SharedProjectPage
        skip_postgeneration_save = True

    parent = factory.SubFactory(SharedProjectIndexPageFactory)
    title = factory.Sequence(lambda n: f"Projet partagé {n}")
    theme = factory.SubFactory(ThemeFactory)
    status = SharedProjectPage.Status.IN_PROGRESS
    summary = "Trois à cinq collectivités conçoivent chacune leur plan d'action."
    participant_capacity = 5
    start_date = datetime.date(2022, 1, 1)
    end_date = datetime.date(2022, 12, 31)


class SharedProjectStageFactory(DjangoModelFactory):
    class Meta:
        model = SharedProjectStage
        skip_postgeneration_save = True

    project = factory.SubFactory(SharedProjectPageFactory)
    kind = SharedProjectStage.Kind.DIAGNOSIS
    status = SharedProjectStage.Status.IN_PROGRESS


class EnrollmentFactory(DjangoModelFactory):
    """A confirmed participant by default."""

    class Meta:
        model = Enrollment
        skip_postgeneration_save = True

    project = factory.SubFactory(SharedProjectPageFactory)
    local_authority = factory.SubFactory(LocalAuthorityFactory)
    role = Enrollment.Role.PARTICIPANT
    status = Enrollment.Status.CONFIRMED


class ProjectChildPageFactory(BasePageFactory):
    """Pages under a shared project: their clean() needs the parent before they are in the tree,
    as the admin form provides it (ProjectChildPageForm)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    parent = factory.SubFactory(SharedProjectPageFactory)

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        instance = model_class(**kwargs)
        instance._parent_for_validation = parent.specific if parent else None
        parent.add_child(instance=instance)
        return instance


class JournalEntryPageFactory(ProjectChildPageFactory):
    class Meta:
        model = JournalEntryPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Séance {n}")
    date = datetime.date(2022, 3, 15)
    summary = "Diagnostic partagé avec les habitants."


class ActionPlanPageFactory(ProjectChildPageFactory):
    """Enrols `local_authority` as a confirmed participant of the parent project, unless enroll=False."""

    class Meta:
        model = ActionPlanPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Plan d'action {n}")
    local_authority = factory.SubFactory(LocalAuthorityFactory)
    summary = "Le plan d'action de la collectivité."
    objectives = "<p>Associer les habitants aux décisions.</p>"
    enroll = True

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("enroll", None)
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        if kwargs.pop("enroll", True):
            Enrollment.objects.get_or_create(
                project_id=kwargs["parent"].pk,
                local_authority=kwargs["local_authority"],
                defaults={
                    "role": Enrollment.Role.PARTICIPANT,
                    "status": Enrollment.Status.CONFIRMED,
                },
            )
        return super()._create(model_class, *args, **kwargs)


class ActionFactory(DjangoModelFactory):
    class Meta:
        model = Action
        skip_postgeneration_save = True

    plan = factory.SubFactory(ActionPlanPageFactory)
    title = factory.Sequence(lambda n: f"Action {n}")
    owner = "Service démocratie locale"
    status = Action.Status.IN_PROGRESS
    progress = 50


class EngagementTrackIndexPageFactory(BasePageFactory):
    class Meta:
        model = EngagementTrackIndexPage
        skip_postgeneration_save = True

    parent = factory.LazyFunction(get_home)
    title = factory.Sequence(lambda n: f"Territoires d'engagement {n}")


class EngagementTrackPageFactory(BasePageFactory):
    class Meta:
        model = EngagementTrackPage
        skip_postgeneration_save = True

    parent = factory.SubFactory(EngagementTrackIndexPageFactory)
    title = factory.Sequence(lambda n: f"Accompagnement {n}")
    local_authority = factory.SubFactory(LocalAuthorityFactory)
    summary = "Trois ans d'accompagnement vers l'engagement citoyen."
    start_date = datetime.date(2023, 1, 1)
    charter_signed_on = datetime.date(2023, 2, 1)


class EngagementYearlyPlanFactory(DjangoModelFactory):
    class Meta:
        model = EngagementYearlyPlan
        skip_postgeneration_save = True

    track = factory.SubFactory(EngagementTrackPageFactory)
    year_number = 1
    budget = Decimal("80000.00")
