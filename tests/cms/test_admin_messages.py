"""The project's French catalogue (locale/fr) is what `make messages` writes from the installed
Wagtail, and Django reads it: « circuit de validation », spelling fixed."""

import gettext
import re

import polib
import pytest
from django.core.management import call_command
from django.utils import translation

from cms.management.commands.admin_messages import build, locale_dir


def test_committed_catalogue_is_up_to_date():
    call_command("admin_messages", "--check")


def test_committed_mo_matches_the_po():
    with open(locale_dir() / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in polib.pofile(str(locale_dir() / "django.po")):
        if not entry.msgid_plural:
            assert compiled.gettext(entry.msgid) == entry.msgstr, entry.msgid


@pytest.mark.parametrize(
    ("msgid", "french"),
    [
        ("Workflows", "Circuits de validation"),
        ("Resubmitted '%(task)s'. Workflow resumed", "Renvoyée à l'étape « %(task)s »"),
        ("Rejected", "Modifications demandées"),
        ("Edit this item", "Modifier cet élément"),
        ("Current page status:", "Statut actuel de la page\N{NO-BREAK SPACE}:"),
        ("All child pages will be created.", "Toutes les sous-pages seront créées."),
    ],
)
def test_django_uses_the_corrections(msgid, french):
    with translation.override("fr"):
        assert translation.gettext(msgid).startswith(french)


def test_no_placeholder_is_translated():
    for entry in build():
        texts = [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values()
        for text in texts:
            assert "%(circuit" not in text
            assert "workflow" not in re.sub(r"%\(\w+\)[sd]|\{\w+\}", "", text).lower(), text
