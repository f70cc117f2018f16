"""The same site served by wagtail-grapple alone, in its own process: graphene-django keeps one
registry of model types per process, and two schemas over the same models would fight over it.

wagtail-grapple is installed only in the benchmark environment (bench/requirements.txt).
"""

from bench.settings import *  # noqa: F403
from bench.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "grapple"]
ROOT_URLCONF = "bench.urls_grapple"
GRAPPLE = {
    "APPS": {"inspiration": "", "cms": "", "projects": ""},
    "EXPOSE_GRAPHIQL": False,
    "AUTO_CAMELCASE": True,
}
GRAPHENE = {"SCHEMA": "grapple.schema.schema"}
