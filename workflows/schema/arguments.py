"""The arguments of the submission mutations, turned into models before the services run."""

from cms.models import LocalAuthority, TerritoryType, Theme
from cms.services import ServiceError
from workflows import permissions

NOT_FOUND = "NOT_FOUND"


def local_authority(user, code):
    """The collectivité with this official code (INSEE, SIREN); where kinds share a code, the
    caller's own collectivité first."""
    if not code:
        return None
    candidates = LocalAuthority.objects.filter(code=code.strip().upper()).order_by("kind")
    found = candidates.filter(pk__in=permissions.authority_ids(user)).first() or candidates.first()
    if found is None:
        raise ServiceError(
            f"Aucune collectivité n'a le code « {code} ».", code=NOT_FOUND, field="local_authority"
        )
    return found


def by_slugs(model, slugs, field):
    """The vocabulary entries named by `slugs` (None when the argument is absent)."""
    if slugs is None:
        return None
    slugs = list(dict.fromkeys(s.strip() for s in slugs if s and s.strip()))
    found = list(model.objects.filter(slug__in=slugs))
    missing = set(slugs) - {item.slug for item in found}
    if missing:
        raise ServiceError(
            f"Identifiant(s) inconnu(s) : {', '.join(sorted(missing))}.",
            code=NOT_FOUND,
            field=field,
        )
    return found


def submission_input(user, value):
    """The input of a submission, with its collectivité, themes and territory types as models."""
    data = {key: getattr(item, "value", item) for key, item in dict(value or {}).items()}
    if "local_authority" in data:
        data["local_authority"] = local_authority(user, data["local_authority"])
    if "themes" in data:
        data["themes"] = by_slugs(Theme, data["themes"], "themes")
    if "territory_types" in data:
        data["territory_types"] = by_slugs(
            TerritoryType, data["territory_types"], "territory_types"
        )
    return data


def page_id(value, field="id"):
    """A page id as an integer; anything else is an unknown contribution."""
    if not str(value).isdigit():
        raise ServiceError("Contribution introuvable.", code=NOT_FOUND, field=field)
    return int(value)
