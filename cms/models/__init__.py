from .identity import AgentIdentity, AgentSession, ExchangedIdToken, UnmatchedSiretRequest
from .mixins import ARNSTEIN_LEVELS, ClassifiedContent
from .organisations import EmailSignInLink, Organisation, OrganisationMembership
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
    "EmailSignInLink",
    "HomePage",
    "LocalAuthority",
    "LocalAuthorityMembership",
    "Organisation",
    "OrganisationMembership",
    "SiteSettings",
    "TerritoryType",
    "Theme",
]
