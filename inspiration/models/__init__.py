"""The resource base: inspiration themes, concepts, experiences, resources, events, newsletters.

One module per page family; every model is imported here, in the order Django has always known.
"""

# ruff: noqa: I001 - Django registers the models in import order (page type lists follow it).
from inspiration.models.index import (
    INSPIRATION_PAGE_TYPES,
    SECTION_PAGE_TYPES,
    InspirationIndexPage,
    InspirationSection,
)
from inspiration.models.months import first_of_month
from inspiration.models.themes import (
    FeaturedPageLink,
    InspirationThemeEvent,
    InspirationThemeExperience,
    InspirationThemePage,
    InspirationThemeResource,
)
from inspiration.models.concepts import ConceptLevel, ConceptPage
from inspiration.models.contributions import ExperienceLocalAuthority, ExperiencePage, ResourcePage
from inspiration.models.events import FRENCH_TIME_ZONES, EventPage, EventPageForm
from inspiration.models.newsletters import NewsletterPage

__all__ = [
    "FRENCH_TIME_ZONES",
    "INSPIRATION_PAGE_TYPES",
    "ConceptLevel",
    "ConceptPage",
    "EventPage",
    "EventPageForm",
    "ExperienceLocalAuthority",
    "ExperiencePage",
    "FeaturedPageLink",
    "InspirationIndexPage",
    "InspirationSection",
    "InspirationThemeEvent",
    "InspirationThemeExperience",
    "InspirationThemePage",
    "InspirationThemeResource",
    "NewsletterPage",
    "ResourcePage",
    "SECTION_PAGE_TYPES",
    "first_of_month",
]
