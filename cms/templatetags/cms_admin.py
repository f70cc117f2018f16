"""Template tags of the project's admin templates."""

import urllib.error
import urllib.request

from django import template

register = template.Library()

PROBE_TIMEOUT_SECONDS = 2


@register.simple_tag
def site_answers(url):
    """Whether the public site answers at `url` (any HTTP status counts: it is running)."""
    if not str(url).startswith(("http://", "https://")):
        return False
    request = urllib.request.Request(url, method="HEAD")  # noqa: S310 - http(s) checked above
    try:
        with urllib.request.urlopen(request, timeout=PROBE_TIMEOUT_SECONDS):  # noqa: S310
            return True
    except urllib.error.HTTPError:
        return True
    except (OSError, ValueError):
        return False
