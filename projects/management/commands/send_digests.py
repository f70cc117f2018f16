"""manage.py send_digests — the weekly e-mail digest of the shared projects' journals.

Run it once a week (e.g. Monday morning, by cron); it sends the last complete week. It records
every digest it sends and never sends the same week twice to the same person."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from projects.digests import last_complete_week, send_digests, week_bounds


class Command(BaseCommand):
    help = "Envoie la lettre hebdomadaire des journaux de bord (sans jamais l'envoyer deux fois)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--week",
            help="Un jour de la semaine à envoyer (AAAA-MM-JJ) ; par défaut la dernière semaine complète.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Compter les envois sans rien envoyer."
        )

    def handle(self, *args, week=None, dry_run=False, **options):
        if week:
            try:
                day = datetime.date.fromisoformat(week)
            except ValueError as error:
                raise CommandError(f"Date invalide « {week} » : attendu AAAA-MM-JJ.") from error
        else:
            day = last_complete_week()
        monday, _, _ = week_bounds(day)
        sent, skipped = send_digests(day, dry_run=dry_run)
        verb = "seraient envoyées" if dry_run else "envoyées"
        self.stdout.write(
            f"Semaine du {monday:%d/%m/%Y} : {sent} lettres {verb}, {skipped} déjà envoyées."
        )
