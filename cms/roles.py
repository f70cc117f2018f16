"""The platform's roles as Django groups, with their Wagtail permissions.

The core names the five roles and grants what concerns its own models, the home page and the
media collections. Each app grants the rest in its `roles.py` (found like `wagtail_hooks`, see
`CmsConfig.ready`) through `grant()`, and may `register_setup()` a step that needs the groups,
such as the moderation workflows (`workflows/roles.py`).

`ensure_roles()` is idempotent: it creates what is missing and grants page permissions on the
section pages that exist when it runs (run it again after creating sections); it then runs the
registered setup steps. Contributors' finer rules (their collectivités' content only, the right
section for each type) are in `workflows.permissions`.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

ROLE_EDITORS = "editors"
ROLE_MODERATORS = "moderators"
ROLE_CONTRIBUTORS = "contributors"
ROLE_PARTICIPANTS = "participants"
ROLE_EXPERTS = "experts"

ROLE_NAMES = {
    ROLE_EDITORS: "Éditeurs ANCT",
    ROLE_MODERATORS: "Modérateurs ANCT",
    ROLE_CONTRIBUTORS: "Contributeurs des collectivités",
    ROLE_PARTICIPANTS: "Participants aux projets partagés",
    ROLE_EXPERTS: "Experts",
}

ALL_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]


@dataclass
class Grants:
    """What one role receives: model permissions, page permissions by section type, media."""

    models: list[tuple[str, str, list[str]]] = field(default_factory=list)
    pages: dict[str, list[str]] = field(default_factory=dict)
    collections: list[str] = field(default_factory=list)


_grants = {key: Grants() for key in ROLE_NAMES}
_setup_steps = []


def grant(role, *, models=(), pages=None, collections=()):
    """Add to `role`: `models` as (app label, model name, actions), `pages` as {"app.Model" of the
    section pages: page permission codenames}, `collections` as media permission codenames."""
    if role not in _grants:
        raise ValueError(f"Rôle inconnu : {role!r} (connus : {', '.join(ROLE_NAMES)}).")
    grants = _grants[role]
    grants.models.extend(models)
    for section, codenames in (pages or {}).items():
        grants.pages.setdefault(section, []).extend(codenames)
    grants.collections.extend(collections)


def register_setup(step):
    """Run `step()` at the end of every `ensure_roles()`, once the groups have their rights."""
    if step not in _setup_steps:
        _setup_steps.append(step)
    return step


grant(ROLE_EDITORS, pages={"cms.HomePage": ALL_PAGE_PERMISSIONS})
grant(
    ROLE_MODERATORS,
    pages={"cms.HomePage": ["change_page", "publish_page", "lock_page", "unlock_page"]},
)

grant(
    ROLE_EDITORS,
    models=[
        ("cms", "theme", ["add", "change", "delete", "view"]),
        ("cms", "territorytype", ["add", "change", "view"]),
        ("cms", "localauthority", ["add", "change", "view"]),
        # The site's header and footer, and the redirects of old addresses to their pages.
        ("cms", "sitesettings", ["change", "view"]),
        ("wagtailredirects", "redirect", ["add", "change", "delete", "view"]),
    ],
    collections=[
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
)
grant(
    ROLE_MODERATORS,
    models=[("cms", "theme", ["view"]), ("cms", "localauthority", ["view"])],
    collections=["change_image", "choose_image", "change_document", "choose_document"],
)
for _role in (ROLE_CONTRIBUTORS, ROLE_PARTICIPANTS, ROLE_EXPERTS):
    grant(_role, collections=["add_image", "choose_image", "add_document", "choose_document"])


ANCT_STAFF_ROLES = (ROLE_EDITORS, ROLE_MODERATORS)


def is_anct_staff(user):
    """ANCT staff, who see, edit and moderate everything: an active superuser or an active member
    of the ANCT editors' or moderators' group. Answered once per user object."""
    if not user or not user.is_authenticated or not user.is_active:
        return False
    if "_is_anct_staff" not in user.__dict__:
        user._is_anct_staff = (
            user.is_superuser
            or user.groups.filter(name__in=[ROLE_NAMES[r] for r in ANCT_STAFF_ROLES]).exists()
        )
    return user._is_anct_staff


@transaction.atomic
def ensure_roles():
    """Create the five groups and grant their permissions; returns {role key: Group}."""
    groups = {}
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root_collection = Collection.get_first_root_node()
    for key, name in ROLE_NAMES.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[key] = group
        grants = _grants[key]
        group.permissions.add(admin_access)
        for app_label, model, actions in grants.models:
            for action in actions:
                group.permissions.add(
                    Permission.objects.get(
                        content_type__app_label=app_label, codename=f"{action}_{model}"
                    )
                )
        for codename in grants.collections:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(
                    content_type__app_label__startswith="wagtail", codename=codename
                ),
            )
        for section, codenames in grants.pages.items():
            for page in apps.get_model(section).objects.all():
                for codename in codenames:
                    GroupPagePermission.objects.get_or_create(
                        group=group,
                        page=Page.objects.get(pk=page.pk),
                        permission=Permission.objects.get(
                            content_type__app_label="wagtailcore", codename=codename
                        ),
                    )
    for step in _setup_steps:
        step()
    return groups
