"""Conditional requests for the answers shared caches may keep: a weak ETag over the body, and
`If-None-Match` with a matching tag answered 304 with no body.

The tag is computed from the bytes sent, so an answer from the server's response cache
(`cms.api.response_cache`) carries the same tag as the one it was computed from, and a front end or
a CDN revalidates either without downloading it again. It is weak (W/"…"): the same document may be
encoded otherwise by a later version (key order, escapes) while meaning the same.

Django's ConditionalGetMiddleware does not fit: it revalidates GET and HEAD only, and a GraphQL
client may POST its (cacheable, anonymous) queries; and it would tag the admin's pages too. Here
only answers marked `public` by their view are tagged, GET and POST alike.
"""

import hashlib

from django.http import HttpResponseNotModified
from django.utils.http import parse_etags

METHODS = ("GET", "HEAD", "POST")
# What a 304 keeps of the answer it stands for (RFC 9110 §15.4.5), and the CDN purge tags.
KEPT_HEADERS = (
    "Cache-Control",
    "Content-Location",
    "Date",
    "ETag",
    "Expires",
    "Vary",
    "Cache-Tag",
    "Surrogate-Key",
)


def weak_etag(content):
    return 'W/"' + hashlib.sha256(content).hexdigest()[:32] + '"'


def _is_public(response):
    directives = response.get("Cache-Control", "").lower().split(",")
    return "public" in {directive.split("=", 1)[0].strip() for directive in directives}


def matches(if_none_match, etag):
    """Weak comparison (RFC 9110 §8.8.3.2): the opaque tags are equal, W/ or not, or `*`."""
    if not if_none_match:
        return False
    tags = {tag.removeprefix("W/") for tag in parse_etags(if_none_match)}
    return "*" in tags or etag.removeprefix("W/") in tags


def not_modified(response):
    answer = HttpResponseNotModified()
    for header in KEPT_HEADERS:
        if header in response:
            answer[header] = response[header]
    return answer


def conditional(request, response):
    if (
        request.method not in METHODS
        or response.status_code != 200
        or response.streaming
        or not _is_public(response)
    ):
        return response
    if not response.has_header("ETag"):
        response["ETag"] = weak_etag(response.content)
    if matches(request.headers.get("If-None-Match"), response["ETag"]):
        return not_modified(response)
    return response


class ConditionalGetMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return conditional(request, self.get_response(request))
