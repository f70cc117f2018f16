from .base import *  # noqa: F403
from .base import SECRET_KEY, SITE_REVALIDATE_URL, SITE_WEBHOOK_SECRET, site_webhook_endpoints

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["*"]
GRAPHQL_INTROSPECTION = True
# The site of `make run` verifies its webhooks with the same default (frontend/.env.development).
SITE_WEBHOOK_SECRET = (
    SITE_WEBHOOK_SECRET or "whsec_dGVycml0b2lyZXMtZW4tY29tbXVuLWRldmVsb3BwZW1lbnQ="
)  # noqa: S105
WEBHOOK_ENDPOINTS = site_webhook_endpoints(SITE_REVALIDATE_URL, SITE_WEBHOOK_SECRET)
