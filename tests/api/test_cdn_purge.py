"""Publishing or unpublishing sends PURGE requests for the API to the configured reverse proxy."""

import pytest

from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory

pytestmark = pytest.mark.django_db


def test_publish_and_unpublish_purge_the_api(settings, home, proxy):
    location, received = proxy
    settings.API_BASE_URL = "https://cms.example.org"
    index = InspirationIndexPageFactory(parent=home)
    page = ExperiencePageFactory(parent=index, live=False)
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
    }
    page.save_revision().publish()
    assert ("cms.example.org", "/graphql/") in received
    assert ("cms.example.org", "/api/v2/pages/") in received
    received.clear()
    page.refresh_from_db()
    page.unpublish()
    assert ("cms.example.org", "/graphql/") in received


def test_api_answers_carry_a_cache_tag(gql):
    response = gql.post("{ themes { name } }")
    assert response["Cache-Tag"] == "territoires-api"
