"""`manage.py bootstrap_roles`: the five groups, their French names, and what each role can do."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page
from wagtail.test.utils.form_data import rich_text

from cms.models import LocalAuthority
from inspiration.models import ExperiencePage
from tests import factories as f

FRENCH_GROUP_NAMES = {
    "Éditeurs ANCT",
    "Modérateurs ANCT",
    "Contributeurs des collectivités",
    "Participants aux projets partagés",
    "Experts",
}


@pytest.fixture
def sections(home):
    """The sections must exist before bootstrap_roles: it grants page permissions on them."""
    return {
        "home": home,
        "inspiration": f.InspirationIndexPageFactory(parent=home, title="Ressources"),
        "projects": f.SharedProjectIndexPageFactory(parent=home, title="Projets partagés"),
        "engagement": f.EngagementTrackIndexPageFactory(
            parent=home, title="Territoires d'engagement"
        ),
    }


def bootstrap():
    out = StringIO()
    call_command("bootstrap_roles", stdout=out)
    return out.getvalue()


def counts():
    return {
        "groups": Group.objects.count(),
        "group_permissions": sum(g.permissions.count() for g in Group.objects.all()),
        "page_permissions": GroupPagePermission.objects.count(),
        "collection_permissions": GroupCollectionPermission.objects.count(),
    }


@pytest.fixture
def roles(sections):
    bootstrap()
    return {group.name: group for group in Group.objects.all()}


def make_user(username, group_name):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "motdepasse-solide-42"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_bootstrap_creates_five_french_groups(sections):
    # Wagtail's migrations create "Editors" and "Moderators"; the platform's roles come on top.
    before = set(Group.objects.values_list("name", flat=True))
    output = bootstrap()
    assert set(Group.objects.values_list("name", flat=True)) - before == FRENCH_GROUP_NAMES
    assert "Rôles à jour." in output
    for name in FRENCH_GROUP_NAMES:
        assert f"{name} : " in output
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists()


def test_bootstrap_is_idempotent(sections):
    before = counts()
    bootstrap()
    first = counts()
    assert first["groups"] == before["groups"] + 5
    assert first["page_permissions"] > 0
    assert first["collection_permissions"] > 0
    bootstrap()
    assert counts() == first


def test_page_permissions_only_on_existing_sections(home):
    """Run before the sections exist, contributors get no page permission; run again, they do."""
    bootstrap()
    contributors = Group.objects.get(name="Contributeurs des collectivités")
    assert not GroupPagePermission.objects.filter(group=contributors).exists()
    index = f.InspirationIndexPageFactory(parent=home)
    bootstrap()
    granted = GroupPagePermission.objects.filter(group=contributors)
    assert {(p.page_id, p.permission.codename) for p in granted} == {(index.pk, "add_page")}


# --- Contributors of collectivités -----------------------------------------------------------------


@pytest.fixture
def contributor(roles):
    return make_user("contributrice", "Contributeurs des collectivités")


def test_contributor_can_access_admin(contributor):
    response = client_for(contributor).get("/admin/")
    assert response.status_code == 200
    assert "Tableau de bord" in response.content.decode()


def test_contributor_can_open_experience_create_view(contributor, sections):
    url = f"/admin/pages/add/inspiration/experiencepage/{sections['inspiration'].pk}/"
    response = client_for(contributor).get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="action-submit"' in html or "Soumettre" in html
    assert 'name="action-publish"' not in html


def test_contributor_cannot_publish(contributor, sections):
    own = f.ExperiencePageFactory(parent=sections["inspiration"], owner=contributor)
    permissions = own.permissions_for_user(contributor)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not sections["inspiration"].permissions_for_user(contributor).can_publish_subpage()
    # Someone else's experience is out of reach.
    other = f.ExperiencePageFactory(parent=sections["inspiration"])
    assert not other.permissions_for_user(contributor).can_edit()


def test_contributor_publish_attempt_saves_a_draft(contributor, sections):
    commune = f.LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code="56243", name="Séné")
    data = {
        "title": "Budget participatif de Séné",
        "slug": "budget-participatif-de-sene",
        "summary": "Un budget participatif.",
        "participation_level": "6",
        "authority_links-TOTAL_FORMS": "1",
        "authority_links-INITIAL_FORMS": "0",
        "authority_links-MIN_NUM_FORMS": "1",
        "authority_links-MAX_NUM_FORMS": "1000",
        "authority_links-0-local_authority": str(commune.pk),
        "authority_links-0-ORDER": "0",
        "authority_links-0-DELETE": "",
        "body-count": "0",
        "sources-count": "0",
        "action-publish": "action-publish",
    }
    url = f"/admin/pages/add/inspiration/experiencepage/{sections['inspiration'].pk}/"
    response = client_for(contributor).post(url, data)
    assert response.status_code == 302
    page = ExperiencePage.objects.get(title="Budget participatif de Séné")
    assert not page.live
    assert page.owner == contributor


def test_contributor_cannot_work_under_shared_projects(contributor, sections):
    project = f.SharedProjectPageFactory(parent=sections["projects"])
    assert not sections["projects"].permissions_for_user(contributor).can_add_subpage()
    assert not project.permissions_for_user(contributor).can_edit()
    client = client_for(contributor)
    response = client.get(f"/admin/pages/add/projects/sharedprojectpage/{sections['projects'].pk}/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    response = client.get(f"/admin/pages/{project.pk}/edit/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_contributor_cannot_edit_home_or_engagement(contributor, sections):
    for name in ("home", "engagement"):
        permissions = sections[name].permissions_for_user(contributor)
        assert not permissions.can_edit()
        assert not permissions.can_add_subpage()


# --- ANCT editors and moderators -------------------------------------------------------------------


@pytest.fixture
def editor(roles):
    return make_user("editrice", "Éditeurs ANCT")


def test_editor_can_publish_anywhere_under_home(editor, sections):
    pages = [
        *sections.values(),
        f.ExperiencePageFactory(parent=sections["inspiration"]),
        f.ActionPlanPageFactory(parent=f.SharedProjectPageFactory(parent=sections["projects"])),
        f.EngagementTrackPageFactory(parent=sections["engagement"]),
    ]
    for page in pages:
        permissions = page.permissions_for_user(editor)
        assert permissions.can_edit(), page
        assert permissions.can_publish(), page
    assert sections["projects"].permissions_for_user(editor).can_publish_subpage()


def test_editor_cannot_touch_the_root(editor, sections):
    assert not Page.get_first_root_node().permissions_for_user(editor).can_add_subpage()


def test_editor_publishes_from_the_admin(editor, sections):
    data = {
        "title": "Projets partagés 2025",
        "slug": "projets-partages-2025",
        "intro": rich_text(""),
        "body-count": "0",
        "action-publish": "action-publish",
    }
    response = client_for(editor).post(
        f"/admin/pages/add/projects/sharedprojectindexpage/{sections['home'].pk}/", data
    )
    assert response.status_code == 302
    assert Page.objects.get(title="Projets partagés 2025").live


def test_moderator_publishes_but_does_not_create(roles, sections):
    moderator = make_user("moderateur", "Modérateurs ANCT")
    experience = f.ExperiencePageFactory(parent=sections["inspiration"])
    assert experience.permissions_for_user(moderator).can_publish()
    assert not sections["inspiration"].permissions_for_user(moderator).can_add_subpage()


def test_experts_work_under_shared_projects_only(roles, sections):
    expert = make_user("expert", "Experts")
    project = f.SharedProjectPageFactory(parent=sections["projects"])
    assert project.permissions_for_user(expert).can_edit()
    assert project.permissions_for_user(expert).can_add_subpage()
    assert not project.permissions_for_user(expert).can_publish()
    assert not sections["inspiration"].permissions_for_user(expert).can_add_subpage()


# --- What each role is granted, pinned ------------------------------------------------------------

GRANTED_MODEL_PERMISSIONS = {
    "Éditeurs ANCT": {
        "community.view_report",
        "community.view_thread",
        "community.view_message",
        "wagtailadmin.access_admin",
        "newsletter.view_subscriber",
        "newsletter.change_subscriber",
        "newsletter.delete_subscriber",
        "newsletter.add_sending",
        "newsletter.view_sending",
        "search.add_synonym",
        "search.change_synonym",
        "search.delete_synonym",
        "search.view_synonym",
        "cms.add_theme",
        "cms.change_theme",
        "cms.delete_theme",
        "cms.view_theme",
        "cms.add_territorytype",
        "cms.change_territorytype",
        "cms.view_territorytype",
        "cms.add_localauthority",
        "cms.change_localauthority",
        "cms.view_localauthority",
        "cms.change_sitesettings",
        "cms.view_sitesettings",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        "wagtailredirects.view_redirect",
        "projects.add_themeproposal",
        "projects.change_themeproposal",
        "projects.delete_themeproposal",
        "projects.view_themeproposal",
        "projects.view_themevote",
        "projects.add_enrollment",
        "projects.change_enrollment",
        "projects.view_enrollment",
        "webhooks.add_webhookendpoint",
        "webhooks.change_webhookendpoint",
        "webhooks.delete_webhookendpoint",
        "webhooks.view_webhookendpoint",
        "webhooks.view_webhookdelivery",
    },
    "Modérateurs ANCT": {
        "community.view_report",
        "community.view_thread",
        "community.view_message",
        "wagtailadmin.access_admin",
        "search.add_synonym",
        "search.change_synonym",
        "search.delete_synonym",
        "search.view_synonym",
        "cms.view_theme",
        "cms.view_localauthority",
        "projects.change_themeproposal",
        "projects.view_themeproposal",
        "projects.view_themevote",
        "projects.view_enrollment",
    },
    "Contributeurs des collectivités": {
        "wagtailadmin.access_admin",
        "projects.add_themeproposal",
        "projects.view_themeproposal",
    },
    "Participants aux projets partagés": {"wagtailadmin.access_admin", "projects.view_enrollment"},
    "Experts": {"wagtailadmin.access_admin", "projects.view_enrollment"},
}
ALL_PAGE = {
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
}
GRANTED_PAGE_PERMISSIONS = {
    "Éditeurs ANCT": {"home": ALL_PAGE},
    "Modérateurs ANCT": {"home": {"change_page", "publish_page", "lock_page", "unlock_page"}},
    "Contributeurs des collectivités": {"inspiration": {"add_page"}},
    "Participants aux projets partagés": {"projects": {"add_page"}},
    "Experts": {"projects": {"add_page", "change_page"}},
}
GRANTED_COLLECTION_PERMISSIONS = {
    "Éditeurs ANCT": {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    },
    "Modérateurs ANCT": {"change_image", "choose_image", "change_document", "choose_document"},
    "Contributeurs des collectivités": {
        "add_image",
        "choose_image",
        "add_document",
        "choose_document",
    },
    "Participants aux projets partagés": {
        "add_image",
        "choose_image",
        "add_document",
        "choose_document",
    },
    "Experts": {"add_image", "choose_image", "add_document", "choose_document"},
}


def test_each_role_gets_exactly_its_permissions(roles, sections):
    """Each app registers its part (cms, inspiration, projects): together, exactly this."""
    section_names = {page.pk: name for name, page in sections.items()}
    for name in FRENCH_GROUP_NAMES:
        group = roles[name]
        assert {
            f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()
        } == GRANTED_MODEL_PERMISSIONS[name], name
        pages = {}
        for grant in GroupPagePermission.objects.filter(group=group):
            pages.setdefault(section_names[grant.page_id], set()).add(grant.permission.codename)
        assert pages == GRANTED_PAGE_PERMISSIONS[name], name
        assert {
            grant.permission.codename
            for grant in GroupCollectionPermission.objects.filter(group=group)
        } == GRANTED_COLLECTION_PERMISSIONS[name], name


def test_roles_assign_the_moderation_workflows(roles, sections):
    """Workflows registers its setup: the sections get their workflows once the groups exist."""
    from wagtail.models import WorkflowPage

    assigned = dict(WorkflowPage.objects.values_list("page_id", "workflow__name"))
    assert assigned[sections["inspiration"].pk] == "Contribution d'une collectivité"
    assert assigned[sections["projects"].pk] == "Plan d'action"
    assert assigned[sections["home"].pk] == "Contenu éditorial"


def test_granting_an_unknown_role_says_which_roles_exist():
    from cms.roles import grant

    with pytest.raises(ValueError, match="Rôle inconnu : 'referents'.*editors"):
        grant("referents", models=[("cms", "theme", ["view"])])
