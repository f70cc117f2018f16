from django.core.management.base import BaseCommand, CommandError

from cms.services import ServiceError
from webhooks.services import ensure_endpoints

WORDS = {"created": "créé", "updated": "mis à jour", "unchanged": "inchangé"}


class Command(BaseCommand):
    help = (
        "Crée ou met à jour les points de terminaison des webhooks de WEBHOOK_ENDPOINTS (en "
        "développement : le site public, SITE_REVALIDATE_URL avec le secret SITE_WEBHOOK_SECRET). "
        "Idempotent."
    )

    def handle(self, *args, verbosity=1, **options):
        try:
            results = ensure_endpoints()
        except ServiceError as error:
            raise CommandError(f"WEBHOOK_ENDPOINTS : {error.message}") from error
        if verbosity:
            if not results:
                self.stdout.write(
                    "Aucun point de terminaison configuré (WEBHOOK_ENDPOINTS est vide)."
                )
            for endpoint, status in results:
                self.stdout.write(
                    f"Point de terminaison « {endpoint.name} » ({endpoint.url}) : {WORDS[status]}."
                )
