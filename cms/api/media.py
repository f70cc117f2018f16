"""Images with renditions and documents, as front ends need them.

Renditions cost CPU and storage for every new size and format: only the allowlist of the
`GRAPHQL_IMAGE_*` settings may be generated (like wagtail-grapple's `ALLOWED_IMAGE_FILTERS`, a
list front ends can read in the docs, rather than specs signed by the server, which would make
every front end ask the server before it can write a query), and at most
`GRAPHQL_MAX_NEW_RENDITIONS` new ones per request. Beyond that, a field gets the existing rendition
of the same crop nearest in width, or null with a `RENDITION_LIMIT` error: a new request creates
the rest. AVIF, several times slower to encode than WebP, only up to `GRAPHQL_IMAGE_AVIF_MAX_WIDTH`.

Images and documents in a collection under a view restriction are null, whatever field or block
holds them, and their renditions are never generated.
"""

import functools
import re

import graphene
from django.conf import settings
from django.db.models import Prefetch
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from cms.api.errors import ApiError
from cms.api.relay import Node, resolve_global_id
from cms.visibility import media_restricted, restricted_collection_ids

RENDITION_NOT_ALLOWED = "RENDITION_NOT_ALLOWED"
RENDITION_LIMIT = "RENDITION_LIMIT"
MAX_SRCSET_WIDTHS = 8
DEFAULT_SRCSET_WIDTHS = (480, 960, 1440)


class ImageFormat(graphene.Enum):
    class Meta:
        description = "Format de fichier d'une déclinaison d'image."

    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    AVIF = "avif"


# ---------------------------------------------------------------------------------------------
# Private media


def is_restricted(media, request):
    """Whether an image or a document is in a restricted collection.

    Images and documents loaded by `image_prefetch` / `document_prefetch` carry the answer; the
    others (StreamField blocks) read the restricted collections once per request.
    """
    flag = getattr(media, "api_restricted", None)
    if flag is not None:
        return flag
    ids = getattr(request, "_api_restricted_collections", None)
    if ids is None:
        ids = restricted_collection_ids()
        if request is not None:
            request._api_restricted_collections = ids
    return media.collection_id in ids


def visible_media(media, request):
    """`media`, or None when it must not be shown."""
    if media is None or is_restricted(media, request):
        return None
    return media


def image_prefetch(field="image"):
    """Prefetch lookups of an image foreign key: with its renditions and its restriction."""
    return [
        Prefetch(
            field,
            queryset=get_image_model()
            .objects.annotate(api_restricted=media_restricted())
            .prefetch_renditions(),
        )
    ]


def document_prefetch(field="document"):
    return [
        Prefetch(
            field,
            queryset=get_document_model().objects.annotate(api_restricted=media_restricted()),
        )
    ]


class _PrivateMediaField(graphene.Field):
    media_type: type[graphene.ObjectType]

    def __init__(self, **kwargs):
        super().__init__(self.media_type, **kwargs)

    def wrap_resolve(self, parent_resolver):
        resolver = super().wrap_resolve(parent_resolver)

        def resolve(root, info, **kwargs):
            return visible_media(resolver(root, info, **kwargs), info.context)

        return resolve


# ---------------------------------------------------------------------------------------------
# Renditions


def _sizes():
    return _parsed_sizes(tuple(settings.GRAPHQL_IMAGE_SIZES))


@functools.lru_cache(maxsize=8)
def _parsed_sizes(sizes):
    # Asked for each image of a list: parsed once per allowlist (tests override it).
    return frozenset(tuple(int(n) for n in size.split("x")) for size in sizes)


def _listed(values):
    return ", ".join(str(v) for v in sorted(values)) or "aucune"


def filter_spec(width=None, height=None, fmt=None):
    """The Wagtail filter spec of a rendition, if the allowlist has it; else a typed error."""
    if width is not None and height is not None:
        if (width, height) not in _sizes():
            raise ApiError(
                f"Recadrage {width}×{height} non autorisé. Recadrages autorisés : "
                f"{_listed(settings.GRAPHQL_IMAGE_SIZES)}.",
                RENDITION_NOT_ALLOWED,
            )
        spec = f"fill-{width}x{height}"
    elif width is not None:
        if width not in settings.GRAPHQL_IMAGE_WIDTHS:
            raise ApiError(
                f"Largeur {width} px non autorisée. Largeurs autorisées : "
                f"{_listed(settings.GRAPHQL_IMAGE_WIDTHS)}.",
                RENDITION_NOT_ALLOWED,
            )
        spec = f"width-{width}"
    elif height is not None:
        if height not in settings.GRAPHQL_IMAGE_HEIGHTS:
            raise ApiError(
                f"Hauteur {height} px non autorisée. Hauteurs autorisées : "
                f"{_listed(settings.GRAPHQL_IMAGE_HEIGHTS)}.",
                RENDITION_NOT_ALLOWED,
            )
        spec = f"height-{height}"
    else:
        spec = "original"
    if fmt:
        if fmt not in settings.GRAPHQL_IMAGE_FORMATS:
            raise ApiError(
                f"Format « {fmt} » non autorisé. Formats autorisés : "
                f"{_listed(settings.GRAPHQL_IMAGE_FORMATS)}.",
                RENDITION_NOT_ALLOWED,
            )
        if spec == "original":
            raise ApiError(
                "Indiquez une largeur pour changer le format : l'original ne se convertit pas.",
                RENDITION_NOT_ALLOWED,
            )
        avif_max = settings.GRAPHQL_IMAGE_AVIF_MAX_WIDTH
        if fmt == "avif" and (width is None or width > avif_max):
            raise ApiError(
                f"AVIF jusqu'à {avif_max} px de large seulement (plus lent à produire) : "
                "demandez WEBP au-delà."
                if avif_max
                else "AVIF n'est pas proposé : demandez WEBP.",
                RENDITION_NOT_ALLOWED,
            )
        spec += f"|format-{fmt}"
    return spec


@functools.lru_cache(maxsize=512)
def _filter(spec):
    return Filter(spec=spec)


_SPEC = re.compile(r"^(?P<op>fill|width|height|original)(?:-(?P<size>[\dx]+))?(?:\|format-\w+)?$")


def _shape(spec):
    """What must match for a rendition to stand in for another: the operation, and for a crop
    its ratio; and the width to come near. None for specs the API does not make."""
    match = _SPEC.match(spec)
    if match is None:
        return None, 0
    op, size = match["op"], match["size"]
    if op == "fill":
        width, height = (int(n) for n in size.split("x"))
        return ("fill", round(width / height, 2)), width
    return (op,), int(size) if size else 0


def _nearest_existing(image, spec):
    """The existing rendition of `image` most like `spec` (same operation and crop ratio; then the
    same format, the nearest width), or None. Without a prefetch, this reads the image's renditions: only past the cap."""
    shape, width = _shape(spec)
    fmt = spec.partition("|")[2]
    candidates = [r for r in image.renditions.all() if _shape(r.filter_spec)[0] == shape]
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda r: (r.filter_spec.partition("|")[2] != fmt, abs(r.width - width), r.pk),
    )


def _take_budget(request, wanted):
    """How many of `wanted` new renditions this request may still create."""
    used = getattr(request, "_api_new_renditions", 0)
    granted = max(0, min(wanted, settings.GRAPHQL_MAX_NEW_RENDITIONS - used))
    if request is not None:
        request._api_new_renditions = used + granted
    return granted


def renditions_for(image, specs, request):
    """{spec: rendition or None} for allowlisted `specs`, creating what the request's budget allows.

    Existing renditions come from the prefetch when there is one (`find_existing_renditions`
    then writes nothing back to the cache), else from the cache or one query.
    """
    if is_restricted(image, request):
        return dict.fromkeys(specs)
    filters = [_filter(spec) for spec in dict.fromkeys(specs)]
    found = {f.spec: r for f, r in image.find_existing_renditions(*filters).items()}
    missing = [f for f in filters if f.spec not in found]
    if missing:
        created = missing[: _take_budget(request, len(missing))]
        if created:
            found.update(image.get_renditions(*created))
        for image_filter in missing[len(created) :]:
            found[image_filter.spec] = _nearest_existing(image, image_filter.spec)
    return {spec: found.get(spec) for spec in specs}


def _limit_error():
    return ApiError(
        f"Trop de nouvelles déclinaisons d'image dans cette requête "
        f"({settings.GRAPHQL_MAX_NEW_RENDITIONS} au plus) : celles déjà produites sont gardées, "
        "renvoyez la requête pour obtenir les suivantes.",
        RENDITION_LIMIT,
    )


def _absolute(request, url):
    return request.build_absolute_uri(url) if url.startswith("/") else url


def _format_value(format):
    return format.value if hasattr(format, "value") else format


# ---------------------------------------------------------------------------------------------
# Types


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
        return _absolute(info.context, root.url)


class ImageType(graphene.ObjectType):
    class Meta:
        name = "Image"
        description = "Image de la médiathèque (null si sa collection est à accès restreint)."
        interfaces = (Node,)

    resolve_id = staticmethod(resolve_global_id)

    @classmethod
    def get_node(cls, info, pk):
        return get_image_model().objects.exclude(media_restricted()).filter(pk=pk).first()

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
        RenditionType,
        width=graphene.Int(
            description="Largeur voulue, parmi les largeurs autorisées (avec height : un recadrage "
            "autorisé, autour de la zone d'intérêt)."
        ),
        height=graphene.Int(description="Hauteur voulue (recadrage autorisé avec width)."),
        format=graphene.Argument(
            ImageFormat, description="Format de sortie (AVIF pour les petites largeurs seulement)."
        ),
        description=(
            "Une déclinaison de l'image, parmi celles autorisées (erreur RENDITION_NOT_ALLOWED "
            "sinon). Au-delà du nombre de nouvelles déclinaisons permis par requête : la "
            "déclinaison existante la plus proche, ou null et une erreur RENDITION_LIMIT."
        ),
    )
    src_set = graphene.String(
        widths=graphene.List(
            graphene.NonNull(graphene.Int),
            description="Largeurs voulues, parmi les largeurs autorisées (par défaut 480, 960, 1440).",
        ),
        format=graphene.Argument(ImageFormat, description="Format de sortie."),
        description=(
            "Valeur de l'attribut HTML srcset, des déclinaisons disponibles (mêmes règles que "
            "rendition)."
        ),
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
        spec = filter_spec(width, height, _format_value(format))
        rendition = renditions_for(root, [spec], info.context)[spec]
        if rendition is None and not is_restricted(root, info.context):
            raise _limit_error()
        return rendition

    def resolve_src_set(root, info, widths=None, format=None):
        widths = list(dict.fromkeys(widths or DEFAULT_SRCSET_WIDTHS))
        if len(widths) > MAX_SRCSET_WIDTHS:
            raise ApiError(
                f"Au plus {MAX_SRCSET_WIDTHS} largeurs dans un srcset.", RENDITION_NOT_ALLOWED
            )
        fmt = _format_value(format)
        specs = [filter_spec(width, None, fmt) for width in widths]
        renditions = [r for r in renditions_for(root, specs, info.context).values() if r]
        if not renditions:
            if is_restricted(root, info.context):
                return None
            raise _limit_error()
        by_url = {r.url: r for r in renditions}
        return ", ".join(
            f"{_absolute(info.context, r.url)} {r.width}w"
            for r in sorted(by_url.values(), key=lambda r: r.width)
        )


class DocumentType(graphene.ObjectType):
    class Meta:
        name = "Document"
        description = (
            "Document téléchargeable de la médiathèque (null si sa collection est à accès "
            "restreint)."
        )
        interfaces = (Node,)

    resolve_id = staticmethod(resolve_global_id)

    @classmethod
    def get_node(cls, info, pk):
        return get_document_model().objects.exclude(media_restricted()).filter(pk=pk).first()

    title = graphene.String(required=True, description="Titre.")
    url = graphene.String(required=True, description="Adresse absolue de téléchargement.")
    file_extension = graphene.String(required=True, description="Extension du fichier (pdf, odt…).")
    file_size = graphene.Int(description="Taille en octets.")

    def resolve_url(root, info):
        return info.context.build_absolute_uri(root.url)

    def resolve_file_extension(root, info):
        return root.file_extension


class ImageField(_PrivateMediaField):
    """A field holding an image: null when the image is in a restricted collection."""

    media_type = ImageType


class DocumentField(_PrivateMediaField):
    """A field holding a document: null when the document is in a restricted collection."""

    media_type = DocumentType
