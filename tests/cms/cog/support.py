"""What the tests of the Code officiel géographique import share: the sample sources in
tests/fixtures/cog/ and helpers to copy, edit and read them."""

import json
import shutil
from pathlib import Path

from cms.models import LocalAuthority

COG = Path(__file__).resolve().parents[2] / "fixtures" / "cog"
VALID = COG / "valid"

Kind = LocalAuthority.Kind


def get(kind, code):
    return LocalAuthority.objects.get(kind=kind, code=code)


def counts_of(result):
    return {
        kind: (counts.created, counts.updated, counts.unchanged)
        for kind, counts in result.counts.items()
    }


def copy_valid(tmp_path):
    source = tmp_path / "cog"
    shutil.copytree(VALID, source)
    return source


def edit(source, filename, change):
    path = source / filename
    data = json.loads(path.read_text(encoding="utf-8"))
    data = change(data) or data
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def by_code(entries, code):
    """The entry of `code` (for communes, the commune actuelle, not the commune déléguée)."""
    return next(e for e in entries if e["code"] == code and e.get("type") != "commune-deleguee")
