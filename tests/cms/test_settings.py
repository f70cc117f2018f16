"""Production settings refuse to start half-configured, with French messages.

Each case runs in a subprocess with a minimal environment, so that neither the test settings nor
the developer's shell leak into what is checked.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
STRONG_KEY = secrets.token_urlsafe(50)  # 67 random characters
POSTGRES_URL = "postgres://territoires:motdepasse@127.0.0.1:5432/territoires"
HOSTS = "cms.territoires-en-commun.fr"
WEBHOOK_SECRET = "whsec_" + "QUJD" * 11  # 33 bytes, base64


def run(args, **env):
    """Run `python args…` in the project with only PATH, HOME and the given variables."""
    clean_env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    clean_env.update({name: value for name, value in env.items() if value is not None})
    return subprocess.run(  # noqa: S603
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def import_production(**env):
    return run(["-c", "import cms.settings.production"], **env)


def last_line(result):
    return result.stderr.strip().splitlines()[-1]


def complete_env(**overrides):
    return {
        "SECRET_KEY": STRONG_KEY,
        "DATABASE_URL": POSTGRES_URL,
        "ALLOWED_HOSTS": HOSTS,
        "SITE_WEBHOOK_SECRET": WEBHOOK_SECRET,
        **overrides,
    }


def test_production_without_any_variable_names_all_missing_ones():
    result = import_production()
    assert result.returncode != 0
    assert last_line(result) == (
        "django.core.exceptions.ImproperlyConfigured: Configuration de production incomplète : "
        "définissez SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS, SITE_WEBHOOK_SECRET (voir .env.example)."
    )


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "SITE_WEBHOOK_SECRET"]
)
def test_production_names_the_one_missing_variable(missing):
    result = import_production(**complete_env(**{missing: None}))
    assert result.returncode != 0
    assert last_line(result).endswith(
        f"Configuration de production incomplète : définissez {missing} (voir .env.example)."
    )


def test_production_with_empty_variable_counts_as_missing():
    result = import_production(**complete_env(SECRET_KEY=""))
    assert "définissez SECRET_KEY (voir .env.example)." in last_line(result)


def test_production_imports_with_everything_set():
    result = import_production(**complete_env())
    assert result.returncode == 0, result.stderr


def test_production_without_a_site_needs_no_webhook_secret():
    result = import_production(**complete_env(SITE_WEBHOOK_SECRET=None, SITE_REVALIDATE_URL=""))
    assert result.returncode == 0, result.stderr


def test_production_refuses_a_short_secret_key():
    result = import_production(**complete_env(SECRET_KEY="k" * 49))
    assert result.returncode != 0
    assert "SECRET_KEY doit compter au moins 50 caractères en production." in last_line(result)


def test_production_refuses_sqlite():
    result = import_production(**complete_env(DATABASE_URL="sqlite:////tmp/territoires.sqlite3"))
    assert result.returncode != 0
    assert "La production utilise PostgreSQL" in last_line(result)


@pytest.mark.parametrize("variable", ["DEBUG", "SECURE_SSL_REDIRECT", "EMAIL_USE_TLS"])
def test_non_boolean_flag_is_a_clear_error(variable):
    result = import_production(**complete_env(**{variable: "peut-être"}))
    assert result.returncode != 0
    assert last_line(result) == (
        f"django.core.exceptions.ImproperlyConfigured: {variable} doit valoir true ou false, pas 'peut-être'."
    )


@pytest.mark.parametrize("value", ["true", "False", "1", "off", ""])
def test_boolean_flag_values_are_accepted(value):
    result = import_production(**complete_env(DEBUG=value))
    assert result.returncode == 0, result.stderr


def test_production_forces_debug_off_and_secure_cookies():
    script = (
        "from cms.settings import production as s;"
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.ALLOWED_HOSTS)"
    )
    result = run(
        ["-c", script], **complete_env(DEBUG="true", ALLOWED_HOSTS=f"{HOSTS}, admin.example.org")
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"False True True True ['{HOSTS}', 'admin.example.org']"


def check_deploy(**env):
    return run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        **env,
    )


def test_check_deploy_passes_without_warning():
    result = check_deploy(**complete_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_warns_about_a_long_but_weak_key():
    """The settings only count characters; Django's deploy check catches a repetitive key."""
    result = check_deploy(**complete_env(SECRET_KEY="ab" * 30))
    assert result.returncode != 0
    assert "security.W009" in result.stderr + result.stdout


def test_manage_py_under_production_without_variables_fails_in_french():
    result = check_deploy()
    assert result.returncode != 0
    assert "Configuration de production incomplète" in result.stderr


def test_production_keeps_introspection_off_even_with_debug():
    script = "from cms.settings import production as s; print(s.GRAPHQL_INTROSPECTION)"
    assert run(["-c", script], **complete_env(DEBUG="true")).stdout.strip() == "False"
    opened = run(["-c", script], **complete_env(GRAPHQL_INTROSPECTION="true"))
    assert opened.stdout.strip() == "True"
