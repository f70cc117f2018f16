"""Addresses a message links to: the site's pages (FRONTEND_URL) and the CMS's one-click endpoint."""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse

SUBSCRIBE_PATH = "/lettre-d-information/inscription/"
CONFIRM_PATH = "/lettre-d-information/confirmation/"
MANAGE_PATH = "/lettre-d-information/desinscription/"


def site_url(path, **params):
    url = settings.FRONTEND_URL.rstrip("/") + path
    return f"{url}?{urlencode(params)}" if params else url


def confirm_url(token):
    return site_url(CONFIRM_PATH, jeton=token)


def manage_url(subscriber):
    return site_url(MANAGE_PATH, jeton=subscriber.token)


def one_click_url(subscriber):
    return settings.API_BASE_URL.rstrip("/") + reverse(
        "newsletter:one_click", args=[subscriber.token]
    )
