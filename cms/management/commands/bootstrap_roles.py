from django.core.management.base import BaseCommand

from cms.roles import ROLE_NAMES, ensure_roles


class Command(BaseCommand):
    help = "Crée les groupes (éditeurs, modérateurs, contributeurs, participants, experts) et leurs droits."

    def handle(self, *args, **options):
        groups = ensure_roles()
        for key, group in groups.items():
            self.stdout.write(f"{ROLE_NAMES[key]} : {group.permissions.count()} droits généraux")
        self.stdout.write(self.style.SUCCESS("Rôles à jour."))
