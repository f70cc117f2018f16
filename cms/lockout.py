"""Guards of the admin's password paths: the page shown when django-axes locks a login out
(AXES_LOCKOUT_CALLABLE), and a limit on password-reset requests."""

import hashlib
import math

from django.conf import settings
from django.shortcuts import render

from cms.network import client_ip
from cms.ratelimit import Counters, Window

RESET_REQUEST_PATH = "/admin/password_reset/"


def lockout_response(request, original_response=None, credentials=None):
    cool_off = settings.AXES_COOLOFF_TIME
    minutes = math.ceil(cool_off.total_seconds() / 60) if cool_off else None
    response = render(
        request,
        "cms/lockout.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
    if minutes:
        response["Retry-After"] = str(minutes * 60)
    return response


class PasswordResetThrottleMiddleware:
    """Password-reset requests send e-mail: a few per hour per address and per recipient, so
    that nobody floods an editor's mailbox or the mail server through the admin's form."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = int(getattr(settings, "PASSWORD_RESET_LIMIT", 0) or 0)
        if request.method != "POST" or not limit or request.path_info != RESET_REQUEST_PATH:
            return self.get_response(request)
        window = Window(int(getattr(settings, "PASSWORD_RESET_WINDOW", 3600)))
        counters = Counters(getattr(settings, "API_THROTTLE_CACHE", "default"), window)
        email = request.POST.get("email", "").strip().lower()
        keys = [window.key("password-reset", "ip", client_ip(request) or "inconnue")]
        if email:
            keys.append(
                window.key("password-reset", "email", hashlib.sha256(email.encode()).hexdigest())
            )
        counts = [counters.add(key, 1) for key in keys]
        if max(counts) > limit:
            minutes = math.ceil(window.retry_after / 60)
            response = render(
                request, "cms/password_reset_limited.html", {"minutes": minutes}, status=429
            )
            response["Retry-After"] = str(window.retry_after)
            return response
        return self.get_response(request)
