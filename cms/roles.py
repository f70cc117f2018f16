"""The platform's roles as Django groups, with their Wagtail permissions.

`ensure_roles()` is idempotent: it creates what is missing and grants page permissions on the
section pages that exist when it runs (run it again after creating sections); it then sets up the
moderation workflows (`workflows.setup.ensure_workflows`). Contributors' finer rules (their
collectivités' content only, the right section for each type) are in `workflows.permissions`.
"""

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

# Which sections each role acts on, and how. "home" is the whole site.
PAGE_PERMISSIONS = {
    ROLE_EDITORS: {"home": ALL_PAGE_PERMISSIONS},
    ROLE_MODERATORS: {"home": ["change_page", "publish_page", "lock_page", "unlock_page"]},
    # "add_page" alone lets a contributor create pages and edit the ones they own, never publish.
    ROLE_CONTRIBUTORS: {"inspiration.InspirationIndexPage": ["add_page"]},
    ROLE_PARTICIPANTS: {"projects.SharedProjectIndexPage": ["add_page"]},
    ROLE_EXPERTS: {"projects.SharedProjectIndexPage": ["add_page", "change_page"]},
}

COLLECTION_PERMISSIONS = {
    ROLE_EDITORS: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
    ROLE_MODERATORS: ["change_image", "choose_image", "change_document", "choose_document"],
    ROLE_CONTRIBUTORS: ["add_image", "choose_image", "add_document", "choose_document"],
    ROLE_PARTICIPANTS: ["add_image", "choose_image", "add_document", "choose_document"],
    ROLE_EXPERTS: ["add_image", "choose_image", "add_document", "choose_document"],
}

MODEL_PERMISSIONS = {
    ROLE_EDITORS: [
        ("cms", "theme", ["add", "change", "delete", "view"]),
        ("cms", "territorytype", ["add", "change", "view"]),
        ("cms", "localauthority", ["add", "change", "view"]),
        ("projects", "themeproposal", ["add", "change", "delete", "view"]),
        ("projects", "themevote", ["view"]),
        ("projects", "enrollment", ["add", "change", "view"]),
    ],
    ROLE_MODERATORS: [
        ("cms", "theme", ["view"]),
        ("cms", "localauthority", ["view"]),
        ("projects", "themeproposal", ["change", "view"]),
        ("projects", "themevote", ["view"]),
        ("projects", "enrollment", ["view"]),
    ],
    ROLE_CONTRIBUTORS: [("projects", "themeproposal", ["add", "view"])],
    ROLE_PARTICIPANTS: [("projects", "enrollment", ["view"])],
    ROLE_EXPERTS: [("projects", "enrollment", ["view"])],
}


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


def _section_pages(target):
    if target == "home":
        from cms.models import HomePage

        return list(HomePage.objects.all())
    app_label, model_name = target.split(".")
    from django.apps import apps

    return list(apps.get_model(app_label, model_name).objects.all())


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
        group.permissions.add(admin_access)
        for app_label, model, actions in MODEL_PERMISSIONS.get(key, []):
            for action in actions:
                group.permissions.add(
                    Permission.objects.get(
                        content_type__app_label=app_label, codename=f"{action}_{model}"
                    )
                )
        for codename in COLLECTION_PERMISSIONS.get(key, []):
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(
                    content_type__app_label__startswith="wagtail", codename=codename
                ),
            )
        for target, codenames in PAGE_PERMISSIONS.get(key, {}).items():
            for page in _section_pages(target):
                for codename in codenames:
                    GroupPagePermission.objects.get_or_create(
                        group=group,
                        page=Page.objects.get(pk=page.pk),
                        permission=Permission.objects.get(
                            content_type__app_label="wagtailcore", codename=codename
                        ),
                    )
    # The moderation workflows' tasks take these groups, and the workflows their sections.
    from workflows.setup import ensure_workflows

    ensure_workflows()
    return groups
