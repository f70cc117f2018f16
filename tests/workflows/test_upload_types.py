"""What a file is, told from its content (workflows.uploads): no database needed."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from cms.services import ServiceError
from workflows import uploads


def office(name, entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, content in entries:
            archive.writestr(path, content)
    return SimpleUploadedFile(name, buffer.getvalue())


ODT = [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")]
DOCX = [("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")]


@pytest.mark.parametrize(
    "upload, extension",
    [
        (office("compte-rendu.odt", ODT), "odt"),
        (office("bilan", DOCX), "docx"),
        (SimpleUploadedFile("budget.csv", "commune;montant\nSéné;12 000\n".encode()), "csv"),
        (SimpleUploadedFile("deliberation.PDF", b"%PDF-1.7\n%%EOF\n"), "pdf"),
    ],
)
def test_accepted_documents_take_the_extension_of_their_content(upload, extension):
    checked = uploads.check_document(upload, "documents.0.file")
    assert checked.extension == extension and checked.name.endswith(f".{extension}")


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("plan.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
        SimpleUploadedFile("plan.csv", b"MZ\x90\x00" + b"\x00" * 60),
        SimpleUploadedFile("archive.pdf", b"PK\x03\x04" + b"\x00" * 60),
    ],
)
def test_other_documents_are_refused(upload):
    with pytest.raises(ServiceError) as error:
        uploads.check_document(upload, "document.file")
    assert error.value.code == uploads.FILE_TYPE_NOT_ALLOWED
    assert error.value.field == "document.file"


def test_a_damaged_image_is_refused():
    buffer = io.BytesIO()
    PILImage.new("RGB", (10, 10)).save(buffer, "PNG")
    damaged = buffer.getvalue()[:40]
    with pytest.raises(ServiceError) as error:
        uploads.check_image(SimpleUploadedFile("photo.png", damaged), "image.file")
    assert error.value.code == uploads.INVALID_IMAGE
