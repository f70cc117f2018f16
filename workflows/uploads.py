"""Files a collectivité sends with a contribution: what they may be, and where they are kept.

Types are told from the content, never from the name (an `.exe` renamed `.pdf` stays an `.exe`);
images are measured from their header before anything is decoded (decompression bombs). Every
file of a request is checked before the first one is stored, and what was stored is deleted
again if the contribution is refused afterwards: a refusal leaves no row and no file.
"""

import os
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.files.base import File
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from cms.services import ServiceError

FILE_TOO_LARGE = "FILE_TOO_LARGE"
TOO_MANY_PIXELS = "TOO_MANY_PIXELS"
FILE_TYPE_NOT_ALLOWED = "FILE_TYPE_NOT_ALLOWED"
TOO_MANY_FILES = "TOO_MANY_FILES"
INVALID_IMAGE = "INVALID_IMAGE"

IMAGE_TYPES = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}
DOCUMENT_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
}
IMAGE_LABEL = "JPEG, PNG ou WebP"
DOCUMENT_LABEL = "PDF, ODT, ODS, DOCX, XLSX ou CSV"
CONTRIBUTIONS_COLLECTION = "Contributions des collectivités"
HEAD = 8192


@dataclass
class CheckedFile:
    upload: object
    kind: str  # "image" or "document"
    extension: str
    field: str
    title: str = ""

    @property
    def name(self):
        stem = os.path.splitext(os.path.basename(self.upload.name or ""))[0][:80] or "fichier"
        return f"{stem}.{self.extension}"


def _size_checked(upload, field):
    limit = settings.GRAPHQL_UPLOAD_MAX_FILE_SIZE
    if upload.size > limit:
        raise ServiceError(
            f"« {upload.name} » est trop volumineux : {upload.size // 1024} Ko, "
            f"{limit // 1024} Ko au plus.",
            code=FILE_TOO_LARGE,
            field=field,
        )


def _head(upload):
    upload.seek(0)
    head = upload.read(HEAD)
    upload.seek(0)
    return head


def _not_allowed(upload, field, expected):
    return ServiceError(
        f"« {upload.name} » n'est pas un fichier accepté ici : {expected} attendu "
        "(le type est lu dans le contenu du fichier, pas dans son nom).",
        code=FILE_TYPE_NOT_ALLOWED,
        field=field,
    )


def check_image(upload, field, title=""):
    _size_checked(upload, field)
    kind = filetype.guess(_head(upload))
    if kind is None or kind.mime not in IMAGE_TYPES:
        raise _not_allowed(upload, field, IMAGE_LABEL)
    limit = settings.GRAPHQL_UPLOAD_MAX_PIXELS
    try:
        # Opening reads the header only: the size is known before any pixel is decoded.
        with PILImage.open(upload) as image:
            width, height = image.size
            if width * height > limit:
                raise ServiceError(
                    f"« {upload.name} » compte trop de pixels ({width} × {height}) : "
                    f"{limit:,} au plus.".replace(",", " "),
                    code=TOO_MANY_PIXELS,
                    field=field,
                )
            image.verify()
    except PILImage.DecompressionBombError as error:
        raise ServiceError(
            f"« {upload.name} » compte trop de pixels.", code=TOO_MANY_PIXELS, field=field
        ) from error
    except ServiceError:
        raise
    except Exception as error:  # Pillow raises many kinds on a damaged file
        raise ServiceError(
            f"« {upload.name} » est une image illisible ou endommagée.",
            code=INVALID_IMAGE,
            field=field,
        ) from error
    finally:
        upload.seek(0)
    return CheckedFile(upload, "image", IMAGE_TYPES[kind.mime], field, title)


def _is_csv(upload, head):
    if not (upload.name or "").lower().endswith(".csv") or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        if error.start < len(head) - 3:
            return False
    return True


def check_document(upload, field, title=""):
    _size_checked(upload, field)
    head = _head(upload)
    kind = filetype.guess(head)
    if kind is not None and kind.mime in DOCUMENT_TYPES:
        return CheckedFile(upload, "document", DOCUMENT_TYPES[kind.mime], field, title)
    if kind is None and _is_csv(upload, head):
        return CheckedFile(upload, "document", "csv", field, title)
    raise _not_allowed(upload, field, DOCUMENT_LABEL)


def check_count(files, field):
    limit = settings.GRAPHQL_UPLOAD_MAX_FILES
    if len(files) > limit:
        raise ServiceError(
            f"Trop de fichiers : {len(files)}, {limit} au plus par contribution.",
            code=TOO_MANY_FILES,
            field=field,
        )


def collection_for(authority):
    """The collectivité's own collection, under « Contributions des collectivités »; the roles'
    media permissions, granted on the root collection, reach it."""
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name=CONTRIBUTIONS_COLLECTION).first()
    if parent is None:
        parent = root.add_child(name=CONTRIBUTIONS_COLLECTION)
    name = f"{authority.name} ({authority.code})"
    found = parent.get_children().filter(name=name).first()
    return found or parent.add_child(name=name)


class Stored:
    """The images and documents stored for one contribution; `discard()` removes them all."""

    def __init__(self):
        self.items = []

    def add(self, user, authority, checked):
        model = get_image_model() if checked.kind == "image" else get_document_model()
        title = checked.title or os.path.splitext(checked.name)[0]
        item = model(title=title[:255], collection=collection_for(authority))
        if checked.kind == "image" and checked.title:
            # The site reads an image's alt text from its description (the public API's `alt`).
            item.description = checked.title[:255]
        item.uploaded_by_user = user
        item.file.save(checked.name, File(checked.upload, name=checked.name), save=False)
        self.items.append(item)
        if checked.kind == "image":
            item._set_image_file_metadata()
        else:
            item._set_document_file_metadata()
        item.save()
        return item

    def discard(self):
        for item in self.items:
            item.file.delete(save=False)
            if item.pk:
                type(item).objects.filter(pk=item.pk).delete()
        self.items = []
