import logging
from contextlib import contextmanager

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from demo.builder import CATEGORIES, CREATED, UNCHANGED, UPDATED, DemoBuilder, DemoError

# Loggers that report every background task and every page saved: one line per object, hundreds in all.
CHATTY_LOGGERS = ["django_tasks", "wagtail", "modelsearch"]


def agree(status, count, feminine):
    """« 1 créée », « 2 créés »: the past participle agreed with the category's noun and the count."""
    singular, plural = {
        CREATED: ("créée", "créées") if feminine else ("créé", "créés"),
        UPDATED: ("mise à jour", "mises à jour") if feminine else ("mis à jour", "mis à jour"),
        UNCHANGED: ("inchangée", "inchangées") if feminine else ("inchangé", "inchangés"),
    }[status]
    return f"{count} {singular if count < 2 else plural}"


@contextmanager
def quieter(loggers):
    """Raise the level of `loggers` to WARNING for the duration of the block."""
    saved = {name: logging.getLogger(name).level for name in loggers}
    for name in loggers:
        logging.getLogger(name).setLevel(logging.WARNING)
    try:
        yield
    finally:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


class Command(BaseCommand):
    help = (
        "Charge le site de démonstration de Territoires en commun (collectivités, thématiques, rubriques, "
        "expériences, ressources, agenda, lettre d'information, projet partagé, comptes). Idempotent : une "
        "seconde exécution ne duplique rien et ne modifie que ce qui a changé."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet",
            action="store_true",
            help="N'affiche rien, sauf les identifiants des comptes créés (ils ne sont montrés qu'une fois).",
        )

    def handle(self, *args, quiet=False, verbosity=1, **options):
        quiet = quiet or verbosity == 0
        try:
            with quieter(CHATTY_LOGGERS if verbosity < 2 else []):
                report = DemoBuilder().build()
        except DemoError as error:
            raise CommandError(str(error)) from error

        if not quiet:
            self.print_summary(report)
        from demo.newsletter import ensure_subscribers

        subscribers = ensure_subscribers()
        if subscribers and not quiet:
            self.stdout.write(f"  Abonnés de démonstration à la lettre : {subscribers} créés")
        from demo.community import ensure_exchange

        threads = ensure_exchange()
        if threads and not quiet:
            self.stdout.write(f"  Échanges du projet partagé en cours : {threads} fils créés")
        # The site that `make run` starts is told of every publication from now on (webhooks).
        call_command("ensure_webhook_endpoint", verbosity=0 if quiet else 1, stdout=self.stdout)
        if report.credentials:
            self.print_credentials(report.credentials)
        if report.proconnect_agents:
            self.print_proconnect_agents()
        if report.existing_users and not quiet:
            self.stdout.write("")
            self.stdout.write(
                f"Les comptes de démonstration existent déjà ({', '.join(report.existing_users)}) : leurs mots de "
                "passe n'ont pas été modifiés. Pour en choisir un nouveau : python manage.py changepassword <identifiant>"
            )

    def print_summary(self, report):
        self.stdout.write(
            self.style.MIGRATE_HEADING("Site de démonstration « Territoires en commun »")
        )
        if report.fixture_loaded:
            self.stdout.write(
                "  Référentiel des régions et départements (territories.json) chargé."
            )
        width = max(len(label) for label, _ in CATEGORIES.values())
        for category, (label, feminine) in CATEGORIES.items():
            if category not in report.counts:
                continue
            parts = [
                agree(status, report.total(category, status), feminine)
                for status in (CREATED, UPDATED, UNCHANGED)
            ]
            self.stdout.write(f"  {label.ljust(width)} : {', '.join(parts)}")
        if report.pages:
            self.stdout.write("")
            for status, title in report.pages:
                marker = "+ créée" if status == CREATED else "~ mise à jour"
                self.stdout.write(f"  {marker.ljust(13)} {title}")
        self.stdout.write("")
        if report.changed:
            self.stdout.write(self.style.SUCCESS("Contenu de démonstration chargé."))
        else:
            self.stdout.write(
                self.style.SUCCESS("Contenu de démonstration déjà à jour : rien n'a changé.")
            )

    def print_proconnect_agents(self):
        from django.conf import settings

        from demo.content import proconnect_agents

        self.stdout.write("")
        self.stdout.write(
            self.style.WARNING(
                f"Agents de démonstration ProConnect (fournisseur local {settings.PROCONNECT_ISSUER}, "
                "scripts/devidp) — sans mot de passe : choisissez-les sur sa page de connexion :"
            )
        )
        for agent in proconnect_agents():
            self.stdout.write(
                f"  {agent['given_name']} {agent['usual_name']} <{agent['email']}> — SIRET "
                f"{agent['siret']} — {agent['collectivite']} — {agent['note']}"
            )

    def print_credentials(self, credentials):
        self.stdout.write("")
        self.stdout.write(
            self.style.WARNING(
                "Comptes de démonstration créés — notez ces mots de passe, ils ne seront plus affichés :"
            )
        )
        rows = [("Identifiant", "Rôle", "Mot de passe"), *credentials]
        widths = [max(len(row[column]) for row in rows) for column in range(3)]
        for index, row in enumerate(rows):
            self.stdout.write(
                "  "
                + "  ".join(cell.ljust(widths[column]) for column, cell in enumerate(row)).rstrip()
            )
            if index == 0:
                self.stdout.write("  " + "  ".join("-" * width for width in widths))
