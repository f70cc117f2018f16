"""One Content-Security-Policy per kind of response, on django-csp's middleware.

- Everything gets `CONTENT_SECURITY_POLICY`: only this host, no inline script.
- The API's answers are data, never documents: `CONTENT_SECURITY_POLICY_API` lets them load
  nothing and be framed by no one (GraphiQL, a development tool, gets its CDN when enabled).
- The Wagtail admin's screens still initialise some widgets with inline scripts (date and
  chooser widgets; wagtail/wagtail#1288, #12940): `CONTENT_SECURITY_POLICY_ADMIN_REPLACE` allows
  them there, and only there. Its login page, which has none, keeps the strict policy.
"""

from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from django.conf import settings

API_PREFIXES = ("/graphql/", "/api/")
ADMIN_PREFIX = "/admin/"
STRICT_ADMIN_PREFIXES = ("/admin/login/", "/admin/password_reset/")


class CSPMiddleware(BaseCSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts  # a view chose its own policy
        path = request.path_info
        if path.startswith(API_PREFIXES):
            parts.config = settings.CONTENT_SECURITY_POLICY_API["DIRECTIVES"]
        elif path.startswith(ADMIN_PREFIX) and not path.startswith(STRICT_ADMIN_PREFIXES):
            parts.replace = {
                **settings.CONTENT_SECURITY_POLICY_ADMIN_REPLACE,
                **(parts.replace or {}),
            }
        return parts
