"""Where an editor may create the resource base's pages: its six kinds of content only inside a
section, and sections only under the home page."""

import html

import pytest

from tests.projects.factories import SharedProjectPageFactory

pytestmark = pytest.mark.django_db

CONTENT_TYPES = [
    "inspirationthemepage",
    "conceptpage",
    "experiencepage",
    "resourcepage",
    "eventpage",
    "newsletterpage",
]


def offered(admin_client, parent):
    """The page types the admin's « Ajouter une sous-page » offers under `parent`."""
    response = admin_client.get(f"/admin/pages/{parent.pk}/add_subpage/", follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    return {name for name in [*CONTENT_TYPES, "inspirationindexpage"] if f"/{name}/" in page}


def test_a_section_offers_the_six_kinds_of_content(admin_client, section):
    assert offered(admin_client, section) == set(CONTENT_TYPES)


def test_the_home_page_offers_sections_not_content(admin_client, home):
    assert offered(admin_client, home) == {"inspirationindexpage"}


def test_a_shared_project_offers_none_of_them(admin_client, home):
    assert offered(admin_client, SharedProjectPageFactory()) == set()


@pytest.mark.parametrize("model", CONTENT_TYPES)
def test_content_cannot_be_created_outside_a_section(admin_client, home, model):
    response = admin_client.get(f"/admin/pages/add/inspiration/{model}/{home.pk}/", follow=True)
    assert response.redirect_chain == [("/admin/", 302)]
    refusal = "Désolé, vous n'avez pas les autorisations pour accéder à cette zone."
    assert refusal in html.unescape(response.content.decode())
