from .identity import AgentIdentity, AgentSession, ExchangedIdToken, UnmatchedSiretRequest
from .mixins import ARNSTEIN_LEVELS, ClassifiedContent
from .pages import HomePage
from .settings import SiteSettings
from .taxonomy import LocalAuthority, LocalAuthorityMembership, TerritoryType, Theme
from .versioning import ContentVersion

__all__ = [
    "AgentIdentity",
    "AgentSession",
    "ExchangedIdToken",
    "UnmatchedSiretRequest",
    "ARNSTEIN_LEVELS",
    "ClassifiedContent",
    "ContentVersion",
    "HomePage",
    "LocalAuthority",
    "LocalAuthorityMembership",
    "SiteSettings",
    "TerritoryType",
    "Theme",
]
