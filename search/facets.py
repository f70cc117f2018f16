"""What the search service and the engines agree on: sort orders and facet values.

Below both (search/services.py asks an engine, search/backends/ answer it): neither imports the
other.
"""

from dataclasses import dataclass

from search.models import FacetKey

RELEVANCE = "relevance"
DATE = "date"
FACET_KEYS = [key.value for key in FacetKey]
MAX_FACET_VALUES = 50


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
