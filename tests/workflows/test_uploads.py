"""Files a collectivité uploads: wrong types and oversized files get a clear French refusal."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

pytestmark = pytest.mark.django_db


def test_document_of_a_forbidden_type_is_refused():
    form_class = get_document_form(get_document_model())
    form = form_class(
        data={"title": "Programme"},
        files={
            "file": SimpleUploadedFile(
                "programme.exe", b"MZ\x90\x00", content_type="application/octet-stream"
            )
        },
    )
    assert not form.is_valid()
    message = " ".join(form.errors["file"])
    assert "exe" in message and "n’est pas autorisée" in message and "pdf" in message


def test_oversized_document_is_refused(settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    form_class = get_document_form(get_document_model())
    form = form_class(
        data={"title": "Rapport"},
        files={
            "file": SimpleUploadedFile(
                "rapport.pdf", b"%PDF-1.4" + b"0" * 4096, content_type="application/pdf"
            )
        },
    )
    assert not form.is_valid()
    assert "trop gros" in " ".join(form.errors["file"])


def test_image_that_is_not_an_image_is_refused():
    form_class = get_image_form(get_image_model())
    form = form_class(
        data={"title": "Photo"},
        files={
            "file": SimpleUploadedFile(
                "photo.jpg", b"<script>alert(1)</script>", content_type="image/jpeg"
            )
        },
    )
    assert not form.is_valid()
    assert form.errors["file"]


def test_oversized_image_is_refused(settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 2048
    buffer = io.BytesIO()
    PILImage.effect_noise((400, 400), 80).convert("RGB").save(buffer, "JPEG")
    form_class = get_image_form(get_image_model())
    form = form_class(
        data={"title": "Photo"},
        files={
            "file": SimpleUploadedFile("photo.jpg", buffer.getvalue(), content_type="image/jpeg")
        },
    )
    assert not form.is_valid()
    assert "trop gros" in " ".join(form.errors["file"])
