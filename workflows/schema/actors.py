"""The other actors of engagement: their organisations, membership requests and e-mail sign-in
(issue 19, ADR 0017); the rules are in `cms.organisations` and `cms.email_signin`."""

import graphene

from cms import email_signin, organisations
from cms.api.mutations import BaseMutation
from cms.api.relay import pk_of
from cms.api.throttle import address_identity
from cms.models import Organisation, OrganisationMembership
from cms.network import client_address
from cms.schema.types import OrganisationKindEnum, OrganisationStatusEnum, OrganisationType
from cms.services import ServiceError
from workflows.schema.identity import OpensSession
from workflows.schema.types import MeType

OrganisationMembershipStatusEnum = graphene.Enum(
    "OrganisationMembershipStatus",
    [("PENDING", "pending"), ("APPROVED", "approved"), ("REFUSED", "refused")],
    description="État d'une demande pour agir au nom d'une organisation.",
)


class OrganisationMembershipType(graphene.ObjectType):
    class Meta:
        name = "OrganisationMembership"
        description = (
            "Demande d'une personne pour agir au nom d'une organisation : tant que l'ANCT ne l'a "
            "pas approuvée, la personne consulte mais ne propose rien au nom de l'organisation."
        )

    organisation = graphene.Field(graphene.NonNull(OrganisationType), description="L'organisation.")
    status = graphene.Field(
        graphene.NonNull(OrganisationMembershipStatusEnum),
        description="En attente, approuvée ou refusée.",
    )
    requested_at = graphene.DateTime(required=True, description="Date de la demande.")
    decided_at = graphene.DateTime(description="Date de la décision ; null en attente.")
    refusal_reason = graphene.String(description="Motif du refus ; null sinon.")

    def resolve_status(root, info):
        return OrganisationMembership.Status(root.status).value

    def resolve_requested_at(root, info):
        return root.created_at

    def resolve_refusal_reason(root, info):
        return root.refusal_reason or None


def organisation_argument(value, field="organisation"):
    pk = pk_of(value, ["Organisation"], field, "d'une organisation")
    found = Organisation.objects.filter(pk=pk).first()
    if found is None:
        raise ServiceError("Organisation introuvable.", "NOT_FOUND", field)
    return found


class DeclareOrganisation(BaseMutation):
    class Meta:
        name = "DeclareOrganisationPayload"
        description = (
            "Déclarer l'organisation pour laquelle on agit (association, équipe de recherche, "
            "réseau, service de l'État…). Une organisation déjà connue sous ce SIREN est rejointe ; "
            "sinon elle est créée en attente de vérification. Dans les deux cas, une demande pour "
            "agir en son nom part à l'ANCT."
        )

    class Arguments:
        name = graphene.String(required=True, description="Nom de l'organisation.")
        kind = OrganisationKindEnum(required=True, description="Nature de l'organisation.")
        siren = graphene.String(description="SIREN (9 chiffres) ou SIRET (14), s'il existe.")
        message = graphene.String(description="Message pour l'ANCT (facultatif).")

    membership = graphene.Field(OrganisationMembershipType, description="La demande, en attente.")
    created = graphene.Boolean(description="Vrai quand l'organisation vient d'être créée.")

    @classmethod
    def perform(cls, root, info, name, kind, siren=None, message=None):
        kind = getattr(kind, "value", kind)
        membership, created = organisations.declare_organisation(
            info.context.user, name, kind, siren or "", message or ""
        )
        return {"membership": membership, "created": created}


class RequestOrganisationMembership(BaseMutation):
    class Meta:
        name = "RequestOrganisationMembershipPayload"
        description = "Demander à agir au nom d'une organisation connue ; l'ANCT décide."

    class Arguments:
        organisation = graphene.ID(
            required=True, description="Organisation (identifiant global `Organisation.id`)."
        )
        message = graphene.String(description="Message pour l'ANCT (facultatif).")

    membership = graphene.Field(OrganisationMembershipType, description="La demande, en attente.")

    @classmethod
    def perform(cls, root, info, organisation, message=None):
        found = organisation_argument(organisation)
        return {
            "membership": organisations.request_organisation_membership(
                info.context.user, found, message or ""
            )
        }


class SetOrganisationStatus(BaseMutation):
    class Meta:
        name = "SetOrganisationStatusPayload"
        description = (
            "ANCT : vérifier une organisation, lui accorder la confiance (ses contributions sont "
            "publiées sans attendre la modération, qui peut les retirer) ou la bloquer (motif "
            "obligatoire ; ses contributions passées restent)."
        )

    class Arguments:
        organisation = graphene.ID(required=True, description="Organisation (identifiant global).")
        status = OrganisationStatusEnum(required=True, description="Nouveau statut.")
        reason = graphene.String(description="Motif (obligatoire pour bloquer).")

    organisation = graphene.Field(OrganisationType, description="L'organisation.")

    @classmethod
    def perform(cls, root, info, organisation, status, reason=None):
        found = organisation_argument(organisation)
        status = getattr(status, "value", status)
        return {
            "organisation": organisations.set_organisation_status(
                info.context.user, found, status, reason or ""
            )
        }


class RequestEmailSignIn(BaseMutation):
    class Meta:
        name = "RequestEmailSignInPayload"
        description = (
            "Recevoir par courriel un lien de connexion (pour qui ProConnect ne s'applique pas) : "
            "valable quelques minutes, une seule fois. La réponse est la même que l'adresse soit "
            "connue ou non ; le nombre de demandes est limité."
        )

    class Arguments:
        email = graphene.String(required=True, description="Adresse électronique.")

    allow_anonymous = True

    sent = graphene.Boolean(description="Vrai quand le lien est parti.")

    @classmethod
    def perform(cls, root, info, email):
        client = address_identity(client_address(info.context))
        email_signin.request_email_sign_in(email, client)
        return {"sent": True}


class ConsumeEmailSignIn(OpensSession, BaseMutation):
    class Meta:
        name = "ConsumeEmailSignInPayload"
        description = (
            "Échanger le jeton d'un lien de connexion reçu par courriel contre un jeton du CMS de "
            "courte durée (le même que signInWithProConnect). Un lien expiré, déjà utilisé ou "
            "falsifié est refusé avec un code typé."
        )

    class Arguments:
        token = graphene.String(
            required=True, description="Le jeton du lien (paramètre « jeton »)."
        )

    allow_anonymous = True

    token = graphene.String(description="Jeton du CMS (Bearer) ; à garder côté serveur.")
    expires_at = graphene.DateTime(description="Fin de validité du jeton.")
    me = graphene.Field(MeType, description="La personne connectée.")
    notices = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Informations pour la personne (organisation à déclarer…).",
    )

    @classmethod
    def perform(cls, root, info, token):
        result = email_signin.consume_email_sign_in(token)
        return cls.session_payload(result)


class Mutation:
    declare_organisation = DeclareOrganisation.Field(required=True)
    request_organisation_membership = RequestOrganisationMembership.Field(required=True)
    set_organisation_status = SetOrganisationStatus.Field(required=True)
    request_email_sign_in = RequestEmailSignIn.Field(required=True)
    consume_email_sign_in = ConsumeEmailSignIn.Field(required=True)
