"""The load test's own PostgreSQL database (a copy of a migrated template) and the subprocess
helpers of bench/load/run.py."""

import hashlib
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "var" / "load"


def step(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def migrations_fingerprint():
    """Changes when a migration (ours or an installed package's) changes."""
    import django
    import wagtail

    digest = hashlib.sha256(f"{django.__version__} {wagtail.__version__}".encode())
    for path in sorted(ROOT.glob("*/migrations/*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def database(name, env):
    """Start PostgreSQL (scripts/postgres) and create the load test's own database afresh, as a
    copy of a migrated template (`<name>_template`, migrated again when a migration changes)."""
    import psycopg

    started = subprocess.run(  # noqa: S603
        [str(ROOT / "scripts" / "postgres"), "start"],
        capture_output=True,
        text=True,
        check=True,
    )
    base = started.stdout.strip().splitlines()[-1]
    parts = urllib.parse.urlsplit(base)
    template = f"{name}_template"
    stamp = WORK / "template.fingerprint"
    fingerprint = migrations_fingerprint()
    with psycopg.connect(base, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [template]
        ).fetchone()
        fresh = exists and stamp.exists() and stamp.read_text() == fingerprint
        if not fresh:
            step(f"migrate (base modèle « {template} »)")
            connection.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{template}"')  # template1 has unaccent
            template_url = urllib.parse.urlunsplit(parts._replace(path=f"/{template}"))
            run(
                [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
                {**env, "DATABASE_URL": template_url},
            )
            stamp.write_text(fingerprint)
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def run(cmd, env, log=None):
    result = subprocess.run(  # noqa: S603
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if log:
        log.write_text(result.stdout + result.stderr, encoding="utf-8")
    if result.returncode != 0:
        raise SystemExit(f"Échec de {' '.join(map(str, cmd))} :\n{result.stderr[-3000:]}")
    return result.stdout
