"""Signing in to the admin with ProConnect (mozilla-django-oidc): the same account as on the site
(found by the provider's `sub`), staff rights from groups only; a provider out of reach is said in
French on the login page, where the password form keeps working."""

import requests
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpResponseRedirect
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from cms import identity

UNREACHABLE = "ProConnect est injoignable pour le moment : réessayez plus tard, ou connectez-vous avec votre mot de passe."
FAILED = "La connexion avec ProConnect a échoué : recommencez, ou connectez-vous avec votre mot de passe."


class ProConnectAdminBackend(OIDCAuthenticationBackend):
    def verify_claims(self, claims):
        return bool(claims.get("sub"))

    def filter_users_by_claims(self, claims):
        return get_user_model().objects.filter(
            agent_identity__issuer=settings.PROCONNECT_ISSUER, agent_identity__sub=claims["sub"]
        )

    def create_user(self, claims):
        with transaction.atomic():
            user, notices = identity.agent_for_claims(claims)
        for notice in notices:
            messages.info(self.request, notice)
        return user

    def update_user(self, user, claims):
        with transaction.atomic():
            user, _ = identity.agent_for_claims(claims)
        return user


def _login_page():
    return HttpResponseRedirect(settings.LOGIN_REDIRECT_URL_FAILURE)


class ProConnectRequestView(OIDCAuthenticationRequestView):
    """Check that the provider answers before sending the browser there."""

    def get(self, request):
        try:
            requests.get(
                f"{settings.PROCONNECT_ISSUER}/.well-known/openid-configuration",
                timeout=settings.PROCONNECT_TIMEOUT,
            ).raise_for_status()
        except requests.RequestException:
            messages.error(request, UNREACHABLE)
            return _login_page()
        return super().get(request)


class ProConnectCallbackView(OIDCAuthenticationCallbackView):
    def get(self, request):
        try:
            return super().get(request)
        except requests.RequestException:
            messages.error(request, UNREACHABLE)
            return _login_page()

    def login_failure(self):
        if "error" in self.request.GET or "code" in self.request.GET:
            messages.error(self.request, FAILED)
        return super().login_failure()
