"""Write the project's French catalogue (locale/fr/LC_MESSAGES/django.po and .mo) that corrects
Wagtail's French: the process is a « circuit de validation », never a « workflow »; misspellings
and English words are fixed; a request for changes is not called « Rejeté ».

The catalogue is generated, not edited by hand: it takes Wagtail's own French translations of the
installed version, rewrites them with the rules below, and keeps only what changed. LOCALE_PATHS
comes first in Django's lookup, so these entries replace Wagtail's and nothing else. The .mo is
committed (no gettext needed to run the project); `make messages` regenerates both, and
tests/cms/test_admin_messages.py fails when they are stale. polib is a development dependency.
"""

import re
from pathlib import Path

import polib
import wagtail
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# Whole words in Wagtail's French, in this order (plural first).
WORDS = [
    (re.compile(r"\bWorkflows\b"), "Circuits de validation"),
    (re.compile(r"\bworkflows\b"), "circuits de validation"),
    (re.compile(r"\bWorkflow\b"), "Circuit de validation"),
    (re.compile(r"\bworkflow\b"), "circuit de validation"),
    (re.compile(r"\bStatus\b"), "Statut"),
    (re.compile(r"\bcrées\b"), "créées"),
    (re.compile(r"dans%\(site_name\)s"), "dans %(site_name)s"),
]

# Whole translations that a word rule cannot fix, by msgid.
MESSAGES = {
    "Resubmitted '%(task)s'. Workflow resumed": (
        "Renvoyée à l'étape « %(task)s ». Le circuit de validation reprend."
    ),
    "Workflow task resubmitted. Workflow resumed": (
        "Renvoyée à la modération. Le circuit de validation reprend."
    ),
    "Rejected": "Modifications demandées",
    "Rejected at '%(task)s'. Changes requested": "Modifications demandées à l'étape « %(task)s »",
    "Comment": "Commentaire",
    "Add %(label)s": "Ajouter : %(label)s",
    "Add %(model_name)s": "Ajouter : %(model_name)s",
    "Create a new %(model_name)s": "Créer : %(model_name)s",
    "Choose another": "Choisir un autre élément",
    "Choose %(object)s": "Choisir : %(object)s",
    "Editing %(page_type)s": "Modification : %(page_type)s",
    "Editing %(task_type)s": "Modification : %(task_type)s",
    "Edit this item": "Modifier cet élément",
    "New: %(model_name)s": "Création : %(model_name)s",
    "None": "Aucun",
    "No %(model_name)s match your query.": "Aucun résultat ne correspond à votre recherche.",
    "will be set to a %(model_name)s specified by the system": (
        "sera remplacé par une valeur choisie par le système"
    ),
    "Restart workflow ": "Reprendre la validation depuis le début",
    "Cancel workflow ": "Retirer de la validation",
    "Resubmit to %(task_name)s": "Renvoyer à la modération (%(task_name)s)",
    "Submit to %(workflow_name)s": "Envoyer en validation (%(workflow_name)s)",
}

CATALOGUE = "django"


def wagtail_catalogues():
    root = Path(wagtail.__file__).parent
    return sorted(root.glob(f"**/locale/fr/LC_MESSAGES/{CATALOGUE}.po"))


PLACEHOLDER = re.compile(r"(%\(\w+\)[sd]|\{\{[^}]*\}\}|\{\w+\})")


def rewrite(text):
    """Apply WORDS outside the placeholders (`%(workflow)s` stays what the code passes)."""
    parts = PLACEHOLDER.split(text)
    for index in range(0, len(parts), 2):
        for pattern, replacement in WORDS:
            parts[index] = pattern.sub(replacement, parts[index])
    return "".join(parts)


def build():
    """The corrected entries, as a polib catalogue."""
    catalogue = polib.POFile(wrapwidth=100)
    catalogue.metadata = {
        "Project-Id-Version": "territoires-en-commun",
        "Language": "fr",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;",
    }
    seen = set()
    for path in wagtail_catalogues():
        for entry in polib.pofile(str(path)).translated_entries():
            key = (entry.msgctxt, entry.msgid)
            if key in seen:
                continue
            if entry.msgid_plural:
                plural = {index: rewrite(text) for index, text in entry.msgstr_plural.items()}
                if plural == entry.msgstr_plural:
                    continue
                fixed = polib.POEntry(
                    msgctxt=entry.msgctxt,
                    msgid=entry.msgid,
                    msgid_plural=entry.msgid_plural,
                    msgstr_plural=plural,
                    flags=entry.flags,
                )
            else:
                text = MESSAGES.get(entry.msgid) or rewrite(entry.msgstr)
                if text == entry.msgstr:
                    continue
                fixed = polib.POEntry(
                    msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr=text, flags=entry.flags
                )
            seen.add(key)
            catalogue.append(fixed)
    return catalogue


def locale_dir():
    return Path(settings.LOCALE_PATHS[0]) / "fr" / "LC_MESSAGES"


class Command(BaseCommand):
    help = "Régénère locale/fr/LC_MESSAGES/django.po et .mo (corrections du français de Wagtail)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Échoue si les fichiers commités sont périmés."
        )

    def handle(self, *args, check=False, **options):
        catalogue = build()
        directory = locale_dir()
        po_path = directory / f"{CATALOGUE}.po"
        text = str(catalogue)
        if check:
            if not po_path.exists() or po_path.read_text(encoding="utf-8") != text:
                raise CommandError(f"{po_path} est périmé : lancez make messages.")
            return
        directory.mkdir(parents=True, exist_ok=True)
        po_path.write_text(text, encoding="utf-8")
        catalogue.save_as_mofile(str(directory / f"{CATALOGUE}.mo"))
        self.stdout.write(f"{len(catalogue)} traductions corrigées dans {po_path}.")
