"""Signing agents in with ProConnect and their membership requests (ADR 0015); the rules are in
`cms.identity`."""

import graphene

from cms import identity
from cms.api.mutations import BaseMutation
from cms.models import LocalAuthorityMembership
from cms.schema.types import LocalAuthorityType
from workflows.schema import arguments
from workflows.schema.types import MeType

MembershipStatusEnum = graphene.Enum(
    "MembershipStatus",
    [("PENDING", "pending"), ("APPROVED", "approved"), ("REFUSED", "refused")],
    description="État d'un rattachement à une collectivité.",
)


class MembershipType(graphene.ObjectType):
    class Meta:
        name = "Membership"
        description = (
            "Rattachement de l'utilisateur à une collectivité : tant qu'il n'est pas approuvé, "
            "l'agent consulte mais n'agit pas au nom de la collectivité."
        )

    local_authority = graphene.Field(
        graphene.NonNull(LocalAuthorityType), description="La collectivité."
    )
    status = graphene.Field(
        graphene.NonNull(MembershipStatusEnum), description="En attente, approuvé ou refusé."
    )
    is_referent = graphene.Boolean(
        required=True, description="Référent : relit les contributions et décide des demandes."
    )
    requested_at = graphene.DateTime(required=True, description="Date de la demande.")
    decided_at = graphene.DateTime(description="Date de la décision ; null en attente.")
    refusal_reason = graphene.String(description="Motif du refus ; null sinon.")

    def resolve_status(root, info):
        return LocalAuthorityMembership.Status(root.status).value

    def resolve_requested_at(root, info):
        return root.created_at

    def resolve_refusal_reason(root, info):
        return root.refusal_reason or None


def memberships_of(user):
    return (
        LocalAuthorityMembership.objects.filter(user_id=user.pk)
        .select_related("local_authority")
        .order_by("local_authority__name")
    )


def _bearer(info):
    scheme, _, token = info.context.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


class OpensSession:
    """What every sign-in answers: the CMS's short-lived token, its end, the person, the notices
    (a list even when the mutation is refused)."""

    @staticmethod
    def session_payload(result):
        return {
            "token": result.token,
            "expires_at": result.session.expires_at,
            "me": result.user,
            "notices": result.notices,
        }

    @classmethod
    def mutate(cls, root, info, **kwargs):
        payload = super().mutate(root, info, **kwargs)
        if payload.notices is None:
            payload.notices = []
        return payload


class SignInWithProConnect(OpensSession, BaseMutation):
    class Meta:
        name = "SignInWithProConnectPayload"
        description = (
            "Échanger le jeton d'identité (ID token) ProConnect d'un agent contre un jeton du CMS "
            "de courte durée, à envoyer ensuite en « Authorization: Bearer <jeton> ». Le jeton "
            "d'identité est vérifié (signature, émetteur, audience, expiration, nonce) et ne sert "
            "qu'une fois. La première connexion crée le compte et une demande de rattachement."
        )

    class Arguments:
        id_token = graphene.String(
            required=True, description="Le jeton d'identité reçu de ProConnect (JWT signé)."
        )
        userinfo = graphene.String(
            description=(
                "Facultatif : la réponse signée (JWT) du point userinfo de ProConnect ; ses "
                "attributs (courriel, SIRET…) complètent ceux du jeton d'identité."
            )
        )

    allow_anonymous = True

    token = graphene.String(description="Jeton du CMS (Bearer) ; à garder côté serveur.")
    expires_at = graphene.DateTime(description="Fin de validité du jeton.")
    me = graphene.Field(MeType, description="L'agent connecté.")
    notices = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Informations pour l'agent (demande de rattachement en attente, SIRET inconnu…).",
    )

    @classmethod
    def perform(cls, root, info, id_token, userinfo=None):
        result = identity.sign_in_with_proconnect(id_token, userinfo)
        return cls.session_payload(result)


class SignOut(BaseMutation):
    class Meta:
        name = "SignOutPayload"
        description = (
            "Fermer la session du jeton envoyé (obtenu par signInWithProConnect) : il est refusé "
            "ensuite. Le site termine ensuite la session chez ProConnect (déconnexion RP-initiated)."
        )

    revoked = graphene.Boolean(description="Vrai quand la session a été fermée.")

    @classmethod
    def perform(cls, root, info):
        return {"revoked": bool(identity.sign_out(_bearer(info)))}


class RequestMembership(BaseMutation):
    class Meta:
        name = "RequestMembershipPayload"
        description = (
            "Demander à agir au nom d'une collectivité (par exemple l'EPCI de sa commune) ; "
            "l'ANCT ou le référent de la collectivité approuve ou refuse."
        )

    class Arguments:
        local_authority = graphene.ID(
            required=True, description="Collectivité (identifiant global `LocalAuthority.id`)."
        )
        message = graphene.String(description="Message pour qui décidera (facultatif).")

    membership = graphene.Field(MembershipType, description="La demande, en attente.")

    @classmethod
    def perform(cls, root, info, local_authority, message=None):
        user = info.context.user
        authority = arguments.local_authority(user, local_authority)
        return {"membership": identity.request_membership(user, authority, message or "")}


class Mutation:
    sign_in_with_proconnect = SignInWithProConnect.Field(name="signInWithProConnect", required=True)
    sign_out = SignOut.Field(required=True)
    request_membership = RequestMembership.Field(required=True)
