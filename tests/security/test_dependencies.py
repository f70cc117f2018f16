"""The pinned dependencies have no known vulnerability (pip-audit, PyPI's vulnerability service).

The audit needs PyPI's per-version JSON API (https://pypi.org/pypi/<name>/<version>/json): where it
cannot be reached (a closed network, a partial mirror), scripts/audit exits with 3 and this test
skips with the reason it printed — a skipped audit is not a clean audit, CI must have PyPI.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AUDIT = ROOT / "scripts" / "audit"
UNREACHABLE = 3


def test_pinned_dependencies_have_no_known_vulnerability():
    venv = Path(sys.executable).parent.parent
    if not (venv / "bin" / "pip-audit").exists():
        pytest.skip("pip-audit absent de l'environnement : make install (dépendance [dev]).")
    result = subprocess.run(  # noqa: S603 — our own script, fixed arguments
        [str(AUDIT)],
        cwd=ROOT,
        env={**os.environ, "VENV": str(venv)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode == UNREACHABLE:
        pytest.skip(f"Audit des dépendances impossible : {result.stderr.strip()}")
    assert result.returncode == 0, (
        "pip-audit signale des dépendances vulnérables (ou n'a pas pu les auditer) :\n"
        f"{result.stdout}\n{result.stderr}"
    )
