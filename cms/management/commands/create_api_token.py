from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cms.tokens import create_token


class Command(BaseCommand):
    help = "Crée un jeton d'accès à l'API pour un compte et l'affiche une seule fois."

    def add_arguments(self, parser):
        parser.add_argument("username", help="identifiant du compte")
        parser.add_argument(
            "--name", default="Jeton API", help="libellé du jeton (visible dans l'admin)"
        )

    def handle(self, *args, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: options["username"]})
        except User.DoesNotExist as error:
            raise CommandError(f"Aucun compte « {options['username']} ».") from error
        if not user.is_active:
            raise CommandError(f"Le compte « {options['username']} » est désactivé.")
        token = create_token(user, options["name"])
        self.stderr.write(
            "Jeton créé ; il ne sera plus affiché. Révocable dans l'admin (Paramètres → Jetons d'API)."
        )
        self.stdout.write(token)
