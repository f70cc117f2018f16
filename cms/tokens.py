"""API tokens of machine clients and contributors: Wagtail's hashed, revocable `APIToken`."""

from wagtail.models import APIToken


def create_token(user, name="API"):
    """Create a token for `user`; returns the plaintext, shown once and never stored."""
    _, plaintext = APIToken.create_token(user=user, name=name)
    return plaintext
