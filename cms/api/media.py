"""Images with renditions and documents, as front ends need them."""

import functools

import graphene
from django.conf import settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from cms.api import errors
from cms.api.errors import ApiError

ALLOWED_FORMATS = {"jpeg", "png", "webp", "avif", "gif"}
MAX_RENDITION_SIZE = 3000


class ImageFormat(graphene.Enum):
    class Meta:
        description = "Format de fichier d'une déclinaison d'image."

    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    AVIF = "avif"


def filter_spec(width=None, height=None, fmt=None):
    for name, value in (("width", width), ("height", height)):
        if value is not None and not 1 <= value <= MAX_RENDITION_SIZE:
            raise ApiError(
                f"« {name} » doit être compris entre 1 et {MAX_RENDITION_SIZE} pixels.",
                errors.BAD_USER_INPUT,
            )
    if width and height:
        spec = f"fill-{width}x{height}"
    elif width:
        spec = f"width-{width}"
    elif height:
        spec = f"height-{height}"
    else:
        spec = "original"
    if fmt:
        spec += f"|format-{fmt}"
    return spec


@functools.lru_cache(maxsize=512)
def _filter(spec):
    return Filter(spec=spec)


def rendition_for(image, spec):
    """The rendition of `image` for `spec`, from the prefetched renditions when there.

    Wagtail's `get_rendition` writes the rendition back to the cache on every call, even when it
    was prefetched: a listing of 20 images paid for 20 pickles.
    """
    image_filter = _filter(spec)
    prefetched = image._get_prefetched_renditions()
    if prefetched is not None:
        key = image_filter.get_cache_key(image)
        for rendition in prefetched:
            if rendition.filter_spec == spec and rendition.focal_point_key == key:
                return rendition
    return image.get_rendition(image_filter)


class FocalPointType(graphene.ObjectType):
    class Meta:
        name = "FocalPoint"
        description = "Zone d'intérêt de l'image, à garder visible lors d'un recadrage (en pixels de l'original)."

    x = graphene.Int(required=True, description="Abscisse du centre.")
    y = graphene.Int(required=True, description="Ordonnée du centre.")
    width = graphene.Int(required=True, description="Largeur de la zone.")
    height = graphene.Int(required=True, description="Hauteur de la zone.")


class RenditionType(graphene.ObjectType):
    class Meta:
        name = "ImageRendition"
        description = "Une déclinaison de l'image à une taille et un format donnés."

    url = graphene.String(required=True, description="Adresse absolue du fichier.")
    width = graphene.Int(required=True, description="Largeur en pixels.")
    height = graphene.Int(required=True, description="Hauteur en pixels.")

    def resolve_url(root, info):
        return info.context.build_absolute_uri(root.url) if root.url.startswith("/") else root.url


class ImageType(graphene.ObjectType):
    class Meta:
        name = "Image"
        description = "Image de la médiathèque."

    id = graphene.ID(required=True, description="Identifiant.")
    title = graphene.String(required=True, description="Titre.")
    alt = graphene.String(
        required=True, description="Texte alternatif (vide si l'image est décorative)."
    )
    width = graphene.Int(required=True, description="Largeur de l'original.")
    height = graphene.Int(required=True, description="Hauteur de l'original.")
    focal_point = graphene.Field(
        FocalPointType, description="Zone d'intérêt, si l'éditeur l'a définie."
    )
    rendition = graphene.Field(
        graphene.NonNull(RenditionType),
        width=graphene.Int(
            description="Largeur voulue (avec height : recadrage autour de la zone d'intérêt)."
        ),
        height=graphene.Int(description="Hauteur voulue."),
        format=graphene.Argument(ImageFormat, description="Format de sortie."),
        description="Une déclinaison de l'image.",
    )
    src_set = graphene.String(
        required=True,
        widths=graphene.List(
            graphene.NonNull(graphene.Int),
            description="Largeurs voulues (par défaut 480, 960, 1440).",
        ),
        format=graphene.Argument(ImageFormat, description="Format de sortie."),
        description="Valeur de l'attribut HTML srcset.",
    )

    def resolve_alt(root, info):
        return getattr(root, "description", "") or ""

    def resolve_focal_point(root, info):
        if root.focal_point_x is None or root.focal_point_width is None:
            return None
        return FocalPointType(
            x=root.focal_point_x,
            y=root.focal_point_y,
            width=root.focal_point_width,
            height=root.focal_point_height,
        )

    def resolve_rendition(root, info, width=None, height=None, format=None):
        return rendition_for(
            root, filter_spec(width, height, format.value if hasattr(format, "value") else format)
        )

    def resolve_src_set(root, info, widths=None, format=None):
        widths = widths or [480, 960, 1440]
        if len(widths) > 8:
            raise ApiError("Au plus 8 largeurs dans un srcset.", errors.BAD_USER_INPUT)
        fmt = format.value if hasattr(format, "value") else format
        renditions = [rendition_for(root, filter_spec(w, None, fmt)) for w in dict.fromkeys(widths)]
        return ", ".join(
            f"{info.context.build_absolute_uri(r.url) if r.url.startswith('/') else r.url} {r.width}w"
            for r in renditions
        )


class DocumentType(graphene.ObjectType):
    class Meta:
        name = "Document"
        description = "Document téléchargeable de la médiathèque."

    id = graphene.ID(required=True, description="Identifiant.")
    title = graphene.String(required=True, description="Titre.")
    url = graphene.String(required=True, description="Adresse absolue de téléchargement.")
    file_extension = graphene.String(required=True, description="Extension du fichier (pdf, odt…).")
    file_size = graphene.Int(description="Taille en octets.")

    def resolve_url(root, info):
        return info.context.build_absolute_uri(root.url)

    def resolve_file_extension(root, info):
        return root.file_extension


Image = get_image_model()
Document = get_document_model()
__all__ = ["DocumentType", "ImageType", "settings"]
