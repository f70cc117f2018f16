"""Files in GraphQL requests: the `Upload` scalar and the GraphQL multipart request spec
(https://github.com/jaydenseric/graphql-multipart-request-spec).

A `multipart/form-data` POST carries an `operations` part (the JSON body a client would have sent,
with `null` where each file goes, or only a persisted query's hash in `extensions`), a `map` part
(`{"0": ["variables.input.image.file"]}`) and one part per file. The view turns it into the usual
JSON body with each file (a Django `UploadedFile`) put in its place, then everything runs as for
JSON: persisted queries, depth and cost limits. What a file may be is `workflows.uploads`'s rule.

graphene-file-upload (last release 2021) replaces the view's `parse_body`, which this view already
owns for its refusals, and enforces no count or size limit: the protocol is small enough to read
here.
"""

import json

import graphene
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from graphql import GraphQLError

from cms.api import errors
from cms.api.errors import RequestRefused

REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE"
TOO_MANY_FILES = "TOO_MANY_FILES"


class Upload(graphene.Scalar):
    """Un fichier envoyé dans la requête (spécification GraphQL multipart request)."""

    @staticmethod
    def serialize(value):
        return getattr(value, "name", None)

    @staticmethod
    def parse_value(value):
        if not isinstance(value, UploadedFile):
            raise GraphQLError(
                "Fichier attendu : envoyez la requête en multipart/form-data (champ « map »).",
                extensions={"code": errors.BAD_USER_INPUT},
            )
        return value

    @staticmethod
    def parse_literal(node, _variables=None):
        raise GraphQLError(
            "Un fichier ne s'écrit pas dans la requête : passez-le en variable.",
            extensions={"code": errors.BAD_USER_INPUT},
        )


def _bad(message):
    return RequestRefused(400, message, errors.BAD_REQUEST)


def refuse_oversized(request):
    """Before anything is read: a body over the limit is refused whole (Django's stream never reads
    past CONTENT_LENGTH)."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    limit = settings.GRAPHQL_UPLOAD_MAX_REQUEST_SIZE
    if length > limit:
        raise RequestRefused(
            413,
            f"Requête trop volumineuse : {length // 1024} Ko, {limit // 1024} Ko au plus "
            "pour l'ensemble des fichiers.",
            REQUEST_TOO_LARGE,
        )


def operations_with_files(post, files):
    """The `operations` JSON of a multipart request with each file of `map` in its place."""
    try:
        operations = json.loads(post.get("operations") or "")
        mapping = json.loads(post.get("map") or "{}")
    except ValueError as error:
        raise _bad("« operations » et « map » doivent être du JSON valide.") from error
    if isinstance(operations, list):
        raise RequestRefused(
            400, "Les requêtes groupées (batch) ne sont pas acceptées.", errors.BATCH_NOT_ALLOWED
        )
    if not isinstance(operations, dict) or not isinstance(mapping, dict):
        raise _bad("« operations » et « map » doivent être des objets JSON.")
    count = len(files)
    if count > settings.GRAPHQL_UPLOAD_MAX_FILES:
        raise RequestRefused(
            400,
            f"Trop de fichiers : {count}, {settings.GRAPHQL_UPLOAD_MAX_FILES} au plus par envoi.",
            TOO_MANY_FILES,
        )
    for key, paths in mapping.items():
        upload = files.get(key)
        if upload is None:
            raise _bad(f"Le fichier « {key} » annoncé dans « map » est absent.")
        if not isinstance(paths, list) or not paths:
            raise _bad("Chaque entrée de « map » est une liste de chemins.")
        for path in paths:
            _put(operations, path, upload)
    return operations


def _put(operations, path, upload):
    """Put `upload` at `path` ("variables.input.images.0.file"), where the client left null."""
    parts = path.split(".") if isinstance(path, str) else []
    if len(parts) < 2 or parts[0] != "variables":
        raise _bad(f"Chemin de « map » invalide : {path!r} (il commence par « variables. »).")
    target = operations
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if isinstance(target, list) and part.isdigit() and int(part) < len(target):
            key = int(part)
        elif isinstance(target, dict) and part in target:
            key = part
        else:
            raise _bad(f"Chemin de « map » introuvable dans « operations » : {path!r}.")
        if last:
            if target[key] is not None:
                raise _bad(f"Le chemin {path!r} doit valoir null dans « operations ».")
            target[key] = upload
        else:
            target = target[key]
