from .mixins import ARNSTEIN_LEVELS, ClassifiedContent
from .pages import HomePage
from .taxonomy import LocalAuthority, LocalAuthorityMembership, TerritoryType, Theme
from .versioning import ContentVersion

__all__ = [
    "ARNSTEIN_LEVELS",
    "ClassifiedContent",
    "ContentVersion",
    "HomePage",
    "LocalAuthority",
    "LocalAuthorityMembership",
    "TerritoryType",
    "Theme",
]
