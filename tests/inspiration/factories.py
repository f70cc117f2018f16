"""Factories of the resource base (inspiration): sections, themes of the month, concepts,
experiences, resources, events and newsletters.

Each page factory takes ``parent=`` (a page instance). By default it builds the chain of parents it
needs, starting under the home page created by the migration::

    experience = ExperiencePageFactory()                    # new index under home
    experience = ExperiencePageFactory(parent=index)        # under a given index
    ExperiencePageFactory(themes=[theme], territory_types=[qpv])

``ExperiencePageFactory`` also links one collectivité (``authority_links`` inline);
``authority_link__local_authority=…`` chooses it, ``authority_link=None`` skips it.
Pages are created live, without revision; call ``page.save_revision().publish()`` if a test
needs one.
"""

import datetime
import zoneinfo

import factory
from factory.django import DjangoModelFactory
from wagtail.rich_text import RichText

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
from tests.cms.factories import (
    BasePageFactory,
    ClassifiedPageFactory,
    LocalAuthorityFactory,
    get_home,
)

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


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

    page = factory.SubFactory(
        "tests.inspiration.factories.ExperiencePageFactory", authority_link=None
    )
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
