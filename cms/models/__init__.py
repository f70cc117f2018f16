from .mixins import ARNSTEIN_LEVELS, ClassifiedContent
from .pages import HomePage
from .taxonomy import LocalAuthority, LocalAuthorityMembership, TerritoryType, Theme

__all__ = [
    "ARNSTEIN_LEVELS",
    "ClassifiedContent",
    "HomePage",
    "LocalAuthority",
    "LocalAuthorityMembership",
    "TerritoryType",
    "Theme",
]
