"""Send an edition from a script: `manage.py send_newsletter EDITION [--segment …] [--dry-run]`."""

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from cms.services import ServiceError
from inspiration.models import NewsletterPage
from newsletter.models import Delivery, Sending
from newsletter.services import rendering, segments
from newsletter.services import sending as sendings


class Command(BaseCommand):
    help = "Envoie une édition de la lettre (identifiant ou slug) à un segment d'abonnés."

    def add_arguments(self, parser):
        parser.add_argument("edition", help="Identifiant ou slug de l'édition.")
        parser.add_argument(
            "--segment",
            default="all",
            help="all, agents, public, kind:<type>, territory:<slug>, project:<id>[:participant|:observer].",
        )
        parser.add_argument("--utm", action="store_true", help="Ajoute les paramètres UTM.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Compte les destinataires sans rien envoyer."
        )
        parser.add_argument(
            "--resume",
            type=int,
            metavar="ENVOI",
            help="Reprend l'envoi interrompu de ce numéro (sans doublon).",
        )

    def handle(self, edition, segment, utm, dry_run, resume, **options):
        page = NewsletterPage.objects.filter(
            Q(slug=edition) | Q(pk=int(edition) if edition.isdigit() else None)
        ).first()
        if page is None:
            raise CommandError(f"Aucune édition « {edition} » (identifiant ou slug).")
        try:
            recipients = segments.recipients(segment)
            if dry_run:
                rendered = rendering.render(page, utm=utm)
                already = Delivery.objects.filter(
                    edition=page, email__in=recipients.values("email")
                ).count()
                self.stdout.write(
                    f"« {rendered.subject} » : {recipients.count()} destinataires dans le segment "
                    f"« {segments.label(segment)} », dont {already} déjà servis ; rien n'est envoyé."
                )
                return
            if resume:
                sending = Sending.objects.filter(pk=resume, edition=page).first()
                if sending is None:
                    raise CommandError(f"Aucun envoi n° {resume} de cette édition.")
                sendings.resume(sending, stale_after=0)
            else:
                sending = sendings.plan(page, segment, utm=utm)
        except ServiceError as error:
            raise CommandError(error.message) from None
        self.stdout.write(f"Envoi n° {sending.pk} : {sending.recipients} destinataires.")
        sendings.run(sending, report=self.report)
        counts = sendings.progress(sending)
        self.stdout.write(
            self.style.SUCCESS(
                f"Terminé : {counts['sent']} envoyés, {counts['failed']} échecs, "
                f"{counts['skipped']} écartés, {counts['pending']} en attente d'un nouvel essai, "
                f"{counts['uncertain']} incertains."
            )
        )
        if counts["uncertain"]:
            self.stdout.write(
                f"{counts['uncertain']} messages étaient en cours de transmission quand l'envoi "
                "s'est arrêté : ils ne sont pas renvoyés d'eux-mêmes (pas de doublon). Pour les "
                "renvoyer quand même : l'administration, « Lettre d'information » > « Envois »."
            )

    def report(self, sending, counts):
        self.stdout.write(f"  {counts['sent']} / {sending.recipients} envoyés")
