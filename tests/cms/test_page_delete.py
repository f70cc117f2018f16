"""A page under a view restriction can be deleted, from the admin and in code (issue 13, finding 5).

Deleting the page deletes its restriction in the same cascade; the search signal must not index
the page again on the way, or the new search document points at a page that no longer exists.
The foreign keys are checked at commit (SQLite, PostgreSQL); the tests run in a transaction that
never commits, so they check them where the commit would.
"""

import pytest
from django.db import connection
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from search.models import SearchDocument
from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def restricted(home):
    index = InspirationIndexPageFactory(parent=home, title="Espace réservé", slug="reserve")
    page = ExperiencePageFactory(parent=index, title="Expérience réservée", slug="reservee")
    other = ExperiencePageFactory(parent=home, title="Expérience publique", slug="publique")
    return {"index": index, "page": page, "other": other}


@pytest.mark.parametrize("where", ["index", "page"])
def test_admin_deletes_a_page_with_a_view_restriction(admin_client, restricted, where):
    PageViewRestriction.objects.create(
        page=restricted[where], restriction_type=PageViewRestriction.LOGIN
    )
    target = restricted[where]
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[target.pk]))
    assert response.status_code == 302
    connection.check_constraints()
    assert not Page.objects.filter(pk=target.pk).exists()
    assert not SearchDocument.objects.filter(page_id=restricted["page"].pk).exists()
    # The rest of the site is still searchable.
    assert SearchDocument.objects.filter(page_id=restricted["other"].pk).exists()


def test_code_deletes_a_restricted_page_and_its_subtree(restricted):
    PageViewRestriction.objects.create(
        page=restricted["index"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    Page.objects.get(pk=restricted["index"].pk).delete()
    connection.check_constraints()
    assert not Page.objects.filter(pk__in=[restricted["index"].pk, restricted["page"].pk]).exists()
    assert not SearchDocument.objects.filter(page_id=restricted["page"].pk).exists()


def test_removing_a_restriction_still_indexes_the_subtree(restricted):
    restriction = PageViewRestriction.objects.create(
        page=restricted["index"], restriction_type=PageViewRestriction.LOGIN
    )
    assert not SearchDocument.objects.filter(page_id=restricted["page"].pk).exists()
    restriction.delete()
    assert SearchDocument.objects.filter(page_id=restricted["page"].pk).exists()
