"""`manage.py create_contributor --authority CODE --username NAME [--email …]`.

Creates (or completes) the account of a collectivité's contributor — group « Contributeurs des
collectivités », membership of the collectivité — and prints a new API token on stdout.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from cms.models import LocalAuthority, LocalAuthorityMembership
from cms.roles import ROLE_CONTRIBUTORS, ensure_roles
from cms.tokens import create_token


class Command(BaseCommand):
    help = (
        "Crée un contributeur d'une collectivité (code officiel INSEE ou SIREN) et affiche un "
        "nouveau jeton d'accès à l'API."
    )

    def add_arguments(self, parser):
        parser.add_argument("--authority", required=True, help="code officiel de la collectivité")
        parser.add_argument(
            "--kind",
            choices=LocalAuthority.Kind.values,
            help="nature de la collectivité, si le code est ambigu (ex. département et région)",
        )
        parser.add_argument("--username", required=True, help="identifiant du compte")
        parser.add_argument("--email", default="", help="adresse électronique")
        parser.add_argument("--first-name", default="", help="prénom")
        parser.add_argument("--last-name", default="", help="nom")
        parser.add_argument(
            "--referent", action="store_true", help="référent : relit les contributions"
        )
        parser.add_argument("--token-name", default="Jeton API", help="libellé du jeton")

    @transaction.atomic
    def handle(self, *args, **options):
        code = options["authority"].strip().upper()
        authorities = LocalAuthority.objects.filter(code=code)
        if options["kind"]:
            authorities = authorities.filter(kind=options["kind"])
        authorities = list(authorities)
        if not authorities:
            raise CommandError(f"Aucune collectivité n'a le code « {code} ».")
        if len(authorities) > 1:
            names = ", ".join(f"{a} ({a.get_kind_display()})" for a in authorities)
            raise CommandError(f"Code ambigu ({names}) : précisez --kind.")
        authority = authorities[0]
        email = options["email"].strip()
        if email:
            try:
                validate_email(email)
            except ValidationError as error:
                raise CommandError(f"Adresse électronique invalide : « {email} ».") from error

        User = get_user_model()
        username = options["username"].strip()
        user = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
        if user is None:
            user = User.objects.create_user(
                username,
                email,
                None,
                first_name=options["first_name"],
                last_name=options["last_name"],
            )
            self.stderr.write(
                f"Compte « {username} » créé (sans mot de passe : à définir par « mot de passe oublié »)."
            )
        else:
            if not user.is_active:
                raise CommandError(f"Le compte « {username} » est désactivé.")
            if email and not user.email:
                user.email = email
                user.save(update_fields=["email"])
            self.stderr.write(f"Compte « {username} » existant : complété.")
        groups = ensure_roles()
        user.groups.add(groups[ROLE_CONTRIBUTORS])
        membership, _ = LocalAuthorityMembership.objects.get_or_create(
            user=user, local_authority=authority
        )
        if options["referent"] and not membership.is_referent:
            membership.is_referent = True
            membership.save(update_fields=["is_referent"])
        token = create_token(user, options["token_name"])
        self.stderr.write(
            f"Contributeur de {authority}. Jeton créé ; il ne sera plus affiché. "
            "Révocable dans l'admin (Paramètres → Jetons d'API)."
        )
        self.stdout.write(token)
