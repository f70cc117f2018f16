"""The arguments of participation's mutations, turned into models before the services run.

Every argument that designates an object takes its global id (`id`): the id of an object of
another type, or no id at all, is refused with INVALID_ID; an object that does not exist (or that
the caller may not reach) with NOT_FOUND. Both name the argument, in French."""

from cms.api.relay import pk_of
from cms.models import LocalAuthority, Theme
from cms.roles import is_anct_staff
from cms.services import ServiceError
from projects.models import SharedProjectPage, SharedProjectStage, ThemeProposal, VotingCampaign

NOT_FOUND = "NOT_FOUND"


def _found(instance, message, field):
    if instance is None:
        raise ServiceError(message, NOT_FOUND, field)
    return instance


def local_authority(value):
    if value is None:
        return None
    pk = pk_of(value, ["LocalAuthority"], "local_authority", "d'une collectivité")
    return _found(
        LocalAuthority.objects.filter(pk=pk).first(), "Collectivité introuvable.", "local_authority"
    )


def proposal(value):
    pk = pk_of(value, ["ThemeProposal"], "proposal", "d'une proposition de thème")
    return _found(
        ThemeProposal.objects.filter(pk=pk).first(), "Proposition de thème introuvable.", "proposal"
    )


def campaign(value):
    if value is None:
        return None
    pk = pk_of(value, ["VotingCampaign"], "campaign", "d'une campagne de vote")
    return _found(
        VotingCampaign.objects.filter(pk=pk).first(), "Campagne de vote introuvable.", "campaign"
    )


def theme(value):
    if value is None:
        return None
    pk = pk_of(value, ["Theme"], "theme", "d'une thématique")
    return _found(Theme.objects.filter(pk=pk).first(), "Thématique introuvable.", "theme")


def project(value, user=None, *, live_only=True):
    """A shared project. Without `live_only`, ANCT staff also reach drafts; for anyone else a
    draft is as unknown as a missing project."""
    pk = pk_of(value, ["SharedProjectPage"], "project", "d'un projet partagé")
    queryset = SharedProjectPage.objects.all()
    if live_only or not is_anct_staff(user):
        queryset = queryset.live().public()
    return _found(queryset.filter(pk=pk).first(), "Projet partagé introuvable.", "project")


def stage(value, shared_project):
    """A stage of `shared_project` (the service refuses a stage of another project)."""
    if value is None:
        return None
    pk = pk_of(value, ["SharedProjectStage"], "stage", "d'une étape de projet partagé")
    return _found(SharedProjectStage.objects.filter(pk=pk).first(), "Étape introuvable.", "stage")


def enum_value(value):
    """The plain value of a GraphQL enum argument."""
    return getattr(value, "value", value)
