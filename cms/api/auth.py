"""Bearer-token authentication for the API: Wagtail's hashed, revocable `APIToken`s (machine
clients) and the short-lived sessions of agents signed in with ProConnect (`cms.identity`)."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from wagtail.models import APIToken

from cms import identity


class InvalidToken(Exception):
    pass


def user_from_request(request):
    """The caller of an API request.

    Only an `Authorization: Bearer` header authenticates: session cookies are ignored so that a
    logged-in admin's browser cannot be made to write through the API (the endpoint has no CSRF).
    Raises InvalidToken for a malformed, unknown or revoked token.
    """
    header = request.headers.get("Authorization", "")
    if not header:
        return AnonymousUser()
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() == "bearer" and identity.is_session_token(token):
        session = identity.session_for_token(token)
        if session is None or not session.user.is_active:
            raise InvalidToken(
                "Session expirée ou fermée : reconnectez-vous avec ProConnect (signInWithProConnect)."
            )
        return session.user
    if scheme.lower() != "bearer" or not token or not APIToken.validate_token_format(token):
        raise InvalidToken("Jeton d'accès mal formé : attendu « Authorization: Bearer wagtail_… ».")
    api_token = (
        APIToken.objects.select_related("user")
        .filter(key_hash__in=APIToken.candidate_key_hashes(token), revoked_at__isnull=True)
        .first()
    )
    if api_token is None or not api_token.user.is_active:
        raise InvalidToken("Jeton d'accès inconnu, révoqué ou dont le compte est désactivé.")
    interval = getattr(settings, "API_TOKEN_LAST_USED_INTERVAL", 60)
    now = timezone.now()
    if api_token.last_used_at is None or (now - api_token.last_used_at).total_seconds() >= interval:
        APIToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
    return api_token.user
