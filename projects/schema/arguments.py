"""The arguments of participation's mutations, turned into models before the services run: an
unknown id or slug is refused here with NOT_FOUND and a French message naming the argument."""

from cms.models import LocalAuthority, Theme
from cms.roles import is_anct_staff
from cms.services import ServiceError
from projects.models import SharedProjectPage, SharedProjectStage, ThemeProposal, VotingCampaign

NOT_FOUND = "NOT_FOUND"


def _by_pk(model, value):
    return model.objects.filter(pk=int(value)).first() if str(value).isdigit() else None


def _found(instance, message, field):
    if instance is None:
        raise ServiceError(message, NOT_FOUND, field)
    return instance


def local_authority(value):
    if value is None:
        return None
    return _found(_by_pk(LocalAuthority, value), "Collectivité introuvable.", "local_authority")


def proposal(value):
    return _found(_by_pk(ThemeProposal, value), "Proposition de thème introuvable.", "proposal")


def campaign(value):
    if value is None:
        return None
    return _found(_by_pk(VotingCampaign, value), "Campagne de vote introuvable.", "campaign")


def theme(value):
    """A theme by slug (or id)."""
    if value is None:
        return None
    found = Theme.objects.filter(slug=value).first() or _by_pk(Theme, value)
    return _found(found, "Thématique introuvable.", "theme")


def project(value, user=None, *, live_only=True):
    """A shared project by slug (or id). Without `live_only`, ANCT staff also reach drafts; for
    anyone else a draft is as unknown as a missing project."""
    queryset = SharedProjectPage.objects.all()
    if live_only or not is_anct_staff(user):
        queryset = queryset.live().public()
    key = {"pk": int(value)} if str(value).isdigit() else {"slug": value}
    return _found(queryset.filter(**key).first(), "Projet partagé introuvable.", "project")


def stage(value, shared_project):
    """A stage by id, or by its kind within the project."""
    if value is None:
        return None
    found = _by_pk(SharedProjectStage, value) or (
        SharedProjectStage.objects.filter(project_id=shared_project.pk, kind=value).first()
    )
    return _found(found, "Étape introuvable.", "stage")


def enum_value(value):
    """The plain value of a GraphQL enum argument."""
    return getattr(value, "value", value)
