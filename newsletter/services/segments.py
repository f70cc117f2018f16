"""Segments of subscribers an edition is sent to, named by a short string kept with the sending:
`all`, `agents`, `public`, `kind:<kind>`, `territory:<slug>`, `project:<id>[:<role>]`."""

from cms.models import LocalAuthority, TerritoryType
from cms.services import ServiceError
from newsletter.models import Subscriber
from projects.models import Enrollment, SharedProjectPage

ROLE_LABELS = {"participant": "parties prenantes", "observer": "observatrices"}


def active():
    """Addresses that receive the monthly newsletter: confirmed, wanting it, not bounced."""
    return Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED, wants_newsletter=True)


def _members_of(authorities):
    return active().filter(user__authority_memberships__local_authority__in=authorities)


def _unknown(segment):
    return ServiceError(
        f"Segment inconnu : « {segment} ».", code="INVALID_SEGMENT", field="segment"
    )


def recipients(segment):
    """The subscribers of `segment`, each once, ordered by address."""
    key, _, value = (segment or "all").partition(":")
    if key == "all":
        found = active()
    elif key == "agents":
        found = active().filter(user__authority_memberships__isnull=False)
    elif key == "public":
        found = active().exclude(user__authority_memberships__isnull=False)
    elif key == "kind" and value in LocalAuthority.Kind.values:
        found = _members_of(LocalAuthority.objects.filter(kind=value))
    elif key == "territory":
        found = _members_of(LocalAuthority.objects.filter(territory_types__slug=value))
    elif key == "project":
        project_id, _, role = value.partition(":")
        if not project_id.isdigit() or role not in ("", *ROLE_LABELS):
            raise _unknown(segment)
        enrollments = Enrollment.objects.filter(
            project_id=int(project_id), status=Enrollment.Status.CONFIRMED
        )
        if role:
            enrollments = enrollments.filter(role=role)
        found = _members_of(LocalAuthority.objects.filter(enrollments__in=enrollments))
    else:
        raise _unknown(segment)
    return Subscriber.objects.filter(pk__in=found.values("pk")).order_by("email")


def choices():
    """Every segment an editor may choose, with its French label."""
    found = [
        ("all", "Tous les abonnés"),
        ("agents", "Agents des collectivités"),
        ("public", "Grand public"),
    ]
    found += [
        (f"kind:{value}", f"Collectivités : {label}")
        for value, label in LocalAuthority.Kind.choices
    ]
    found += [
        (f"territory:{slug}", f"Type de territoire : {name}")
        for slug, name in TerritoryType.objects.values_list("slug", "name")
    ]
    for pk, title in SharedProjectPage.objects.order_by("title").values_list("pk", "title"):
        found.append((f"project:{pk}", f"Projet « {title} » : toutes les collectivités inscrites"))
        for role, label in ROLE_LABELS.items():
            found.append((f"project:{pk}:{role}", f"Projet « {title} » : {label}"))
    return found


def label(segment):
    return dict(choices()).get(segment, segment)


def counts():
    """How many addresses each segment reaches now (admin listing)."""
    return [(value, text, recipients(value).count()) for value, text in choices()]
