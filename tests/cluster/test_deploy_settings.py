"""docs/deploy.md's settings, as production reads them: media on an S3-compatible store, static
files served by each node. No S3 server runs here: the storage is built and asked for URLs, which
needs no network; uploading is django-storages' own, tested upstream."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x" * 64,
    "DATABASE_URL": "postgres://territoires:secret@127.0.0.1:5432/territoires",
    "ALLOWED_HOSTS": "cms.example.org",
    "SITE_REVALIDATE_URL": "",
}

PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.core.files.storage import default_storage, storages
media = storages["default"]
print(json.dumps({
    "media": type(media).__module__ + "." + type(media).__name__,
    "bucket": getattr(media, "bucket_name", None),
    "endpoint": getattr(media, "endpoint_url", None),
    "url": media.url("images/carte.jpg"),
    "static": settings.STORAGES["staticfiles"]["BACKEND"],
    "whitenoise": "whitenoise.middleware.WhiteNoiseMiddleware" in settings.MIDDLEWARE,
}))
"""


def production_settings(**variables):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("MEDIA_", "SERVE_", "DATABASE_", "SEARCH_", "REDIS_"))
    }
    env.update(PRODUCTION, **variables)
    done = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_without_a_bucket_media_are_local_files_and_static_files_are_not_served():
    seen = production_settings()
    assert seen["media"] == "django.core.files.storage.filesystem.FileSystemStorage"
    assert seen["static"] == "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
    assert seen["whitenoise"] is False


def test_a_bucket_puts_media_on_the_s3_compatible_store():
    seen = production_settings(
        MEDIA_S3_BUCKET="territoires-medias",
        MEDIA_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
        MEDIA_S3_REGION="fr-par",
        MEDIA_S3_ACCESS_KEY_ID="cle",
        MEDIA_S3_SECRET_ACCESS_KEY="secret",
        MEDIA_S3_CUSTOM_DOMAIN="medias.territoires-en-commun.fr",
    )
    assert seen["media"] == "storages.backends.s3.S3Storage"
    assert seen["bucket"] == "territoires-medias"
    assert seen["endpoint"] == "https://s3.fr-par.scw.cloud"
    # Public media, unsigned URLs on the CDN's domain, under the media/ prefix.
    assert seen["url"] == "https://medias.territoires-en-commun.fr/media/images/carte.jpg"


def test_serve_static_has_each_node_serve_the_hashed_static_files():
    seen = production_settings(SERVE_STATIC="true")
    assert seen["whitenoise"] is True
    assert seen["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
