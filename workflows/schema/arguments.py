"""The arguments of the submission mutations, turned into models before the services run.

Objects are designated by their global id (`id`): one of another type is refused with INVALID_ID,
one that does not exist with NOT_FOUND."""

from cms.api.relay import decode, pk_of
from cms.models import LocalAuthority, Organisation, TerritoryType, Theme
from cms.services import ServiceError

NOT_FOUND = "NOT_FOUND"


def local_authority(user, value):
    """The collectivité designated by `value`."""
    if value is None:
        return None
    pk = pk_of(value, ["LocalAuthority"], "local_authority", "d'une collectivité")
    found = LocalAuthority.objects.filter(pk=pk).first()
    if found is None:
        raise ServiceError("Collectivité introuvable.", code=NOT_FOUND, field="local_authority")
    return found


def organisation(value):
    """The organisation designated by `value` (`organisationId` of a submission)."""
    pk = pk_of(value, ["Organisation"], "organisation_id", "d'une organisation")
    found = Organisation.objects.filter(pk=pk).first()
    if found is None:
        raise ServiceError("Organisation introuvable.", code=NOT_FOUND, field="organisation_id")
    return found


def by_ids(model, values, field, label):
    """The vocabulary entries designated by the global ids `values` (None when absent)."""
    if values is None:
        return None
    pks = list(dict.fromkeys(pk_of(v, [model.__name__], field, label) for v in values))
    found = list(model.objects.filter(pk__in=pks))
    if len(found) < len(pks):
        raise ServiceError(
            "Identifiant(s) inconnu(s) : aucun objet ne porte l'un de ces identifiants.",
            code=NOT_FOUND,
            field=field,
        )
    return sorted(found, key=lambda item: pks.index(item.pk))


def submission_input(user, value):
    """The input of a submission, with its collectivité, themes and territory types as models."""
    data = {key: getattr(item, "value", item) for key, item in dict(value or {}).items()}
    if "local_authority" in data:
        data["local_authority"] = local_authority(user, data["local_authority"])
    if data.get("organisation_id") is not None:
        data["acting_organisation"] = organisation(data.pop("organisation_id"))
    data.pop("organisation_id", None)
    if "themes" in data:
        data["themes"] = by_ids(Theme, data["themes"], "themes", "d'une thématique")
    if "territory_types" in data:
        data["territory_types"] = by_ids(
            TerritoryType, data["territory_types"], "territory_types", "d'un type de territoire"
        )
    if "remove_file_ids" in data:
        data["remove_file_ids"] = file_refs(data["remove_file_ids"])
    return data


FILE_KINDS = {"Image": "image", "Document": "document"}


def file_refs(values):
    """[(kind, pk)] of the files designated by `values` (global ids `Image.id` or `Document.id`,
    the `id` of a `SubmissionFile`)."""
    refs = []
    for value in values or []:
        pk = pk_of(value, list(FILE_KINDS), "remove_file_ids", "d'un fichier (`SubmissionFile.id`)")
        refs.append((FILE_KINDS[decode(value)[0]], pk))
    return refs


def submission_pk(value, field="id"):
    """The page number of the submission designated by `value` (`Submission.id`); whether the
    caller may reach it is the service's to say."""
    return pk_of(value, ["Submission"], field, "d'une contribution (`Submission.id`)")
