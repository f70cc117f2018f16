"""Image renditions: only the allowlisted specs, a cap on new files per request (issue 13, finding 2)."""

from pathlib import Path

import pytest
import wagtail_factories
from wagtail.images import get_image_model

from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory
from tests.ids import gid

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()
BY_ID = "query($id: ID!) { page(id: $id) { ... on ExperiencePage { image { title %s } } } }"


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def page(home, media_root):
    index = InspirationIndexPageFactory(parent=home, slug="experiences")
    return ExperiencePageFactory(
        parent=index,
        slug="sene",
        image=wagtail_factories.ImageFactory(file__width=2000, file__height=1500),
    )


def rendition_files(media_root):
    folder = Path(media_root) / "images"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def post(gql, page, selection):
    response = gql.post(BY_ID % selection, {"id": gid(page)})
    assert response.status_code == 200, response.content.decode()
    return response.json()


@pytest.mark.parametrize(
    ("selection", "message"),
    [
        ("rendition(width: 1234) { url }", "Largeur 1234 px non autorisée"),
        ("rendition(width: 3000, height: 3000) { url }", "Recadrage 3000×3000 non autorisé"),
        ("rendition(height: 300) { url }", "Hauteur 300 px non autorisée"),
        ("rendition(width: 1920, format: AVIF) { url }", "AVIF jusqu'à 480 px"),
        ("rendition(format: WEBP) { url }", "Indiquez une largeur"),
        ("srcSet(widths: [480, 1234])", "Largeur 1234 px non autorisée"),
    ],
)
def test_a_spec_outside_the_allowlist_is_refused_and_writes_nothing(
    gql, page, media_root, selection, message
):
    before = Rendition.objects.count()
    payload = post(gql, page, selection)
    [error] = payload["errors"]
    assert error["extensions"]["code"] == "RENDITION_NOT_ALLOWED"
    assert message in error["message"]
    assert Rendition.objects.count() == before
    assert rendition_files(media_root) == []


def test_allowlisted_specs_are_generated(gql, page, media_root):
    payload = post(
        gql,
        page,
        "small: rendition(width: 480, format: AVIF) { url width } "
        "card: rendition(width: 400, height: 300, format: WEBP) { url width height } "
        "srcSet(widths: [320, 480])",
    )
    assert "errors" not in payload
    image = payload["data"]["page"]["image"]
    assert image["small"]["width"] == 480 and image["small"]["url"].endswith(".avif")
    assert (image["card"]["width"], image["card"]["height"]) == (400, 300)
    assert image["srcSet"].endswith(" 480w") and " 320w, " in image["srcSet"]
    # AVIF at 480 px, the WebP crop, and 320 and 480 px for the srcset: four files.
    assert len(rendition_files(media_root)) == 4


def test_the_allowlist_is_a_setting(gql, page, settings):
    settings.GRAPHQL_IMAGE_WIDTHS = [1234]
    settings.GRAPHQL_IMAGE_AVIF_MAX_WIDTH = 0
    data = post(gql, page, "rendition(width: 1234) { width }")["data"]
    assert data["page"]["image"]["rendition"]["width"] == 1234
    payload = post(gql, page, "rendition(width: 1234, format: AVIF) { width }")
    assert payload["errors"][0]["message"] == "AVIF n'est pas proposé : demandez WEBP."


def _aliases(settings, count):
    specs = [f"w{w}: rendition(width: {w}) {{ width }}" for w in settings.GRAPHQL_IMAGE_WIDTHS]
    specs += [
        f"f{size.replace('x', '_')}{fmt}: rendition(width: {size.split('x')[0]}, "
        f"height: {size.split('x')[1]}, format: {fmt}) {{ width }}"
        for fmt in ("JPEG", "PNG", "WEBP")
        for size in settings.GRAPHQL_IMAGE_SIZES
    ]
    specs += [
        f"w{w}{fmt}: rendition(width: {w}, format: {fmt}) {{ width }}"
        for fmt in ("WEBP", "PNG")
        for w in settings.GRAPHQL_IMAGE_WIDTHS
    ]
    assert len(specs) >= count
    return " ".join(specs[:count])


def test_new_renditions_per_request_are_capped(gql, page, settings, media_root):
    # The query-size limits are not what is tested here.
    settings.GRAPHQL_MAX_ALIASES = 100
    settings.GRAPHQL_MAX_COST = 1_000_000
    settings.GRAPHQL_MAX_NEW_RENDITIONS = 5
    payload = post(gql, page, _aliases(settings, 30))
    assert Rendition.objects.count() == 5
    assert len(rendition_files(media_root)) == 5
    # Past the cap, each alias gets the nearest existing rendition of the same kind, or null with
    # a typed error when there is none.
    image = payload["data"]["page"]["image"]
    assert image["title"]
    missing = [key for key, value in image.items() if value is None]
    errors = payload.get("errors", [])
    assert len(errors) == len(missing) > 0
    assert {e["extensions"]["code"] for e in errors} == {"RENDITION_LIMIT"}
    assert "5 au plus" in errors[0]["message"]

    # The next request creates the next five, and reuses the first ones.
    post(gql, page, _aliases(settings, 30))
    assert Rendition.objects.count() == 10


def test_past_the_cap_the_nearest_existing_rendition_stands_in(gql, page, settings):
    post(gql, page, "rendition(width: 320) { width }")
    settings.GRAPHQL_MAX_NEW_RENDITIONS = 0
    payload = post(gql, page, "rendition(width: 400) { width } srcSet(widths: [480, 960])")
    assert "errors" not in payload
    image = payload["data"]["page"]["image"]
    assert image["rendition"]["width"] == 320
    assert image["srcSet"].endswith(" 320w")
    assert Rendition.objects.count() == 1
    # No crop of that ratio exists: nothing to stand in.
    payload = post(gql, page, "rendition(width: 400, height: 300) { width }")
    assert payload["errors"][0]["extensions"]["code"] == "RENDITION_LIMIT"
    assert payload["data"]["page"]["image"]["rendition"] is None
