"""Subscribing to the newsletter, without an account: the links of the e-mails carry a token.

Each mutation delegates to `newsletter.services.subscriptions`; refusals come back as typed
errors (INVALID_EMAIL, NO_PREFERENCE, INVALID_TOKEN, EXPIRED_TOKEN)."""

import graphene

from cms.api.mutations import BaseMutation
from newsletter.schema.types import (
    NewsletterPreferences,
    NewsletterPreferencesInput,
    preferences_dict,
)
from newsletter.services import subscriptions

TOKEN_ARG = "Jeton reçu dans le lien du courriel."  # noqa: S105
SUBSCRIBED_MESSAGE = (
    "Si cette adresse peut recevoir la lettre, un courriel de confirmation vient de lui être "
    "envoyé : ouvrez le lien qu'il contient pour confirmer l'inscription."
)


class SubscribeNewsletter(BaseMutation):
    class Meta:
        description = (
            "S'inscrire à la lettre d'information : un courriel de confirmation est envoyé "
            "(double consentement). La réponse est la même, que l'adresse soit connue ou non."
        )

    allow_anonymous = True

    class Arguments:
        email = graphene.String(required=True, description="Adresse électronique.")
        preferences = NewsletterPreferencesInput(description="Publications souhaitées.")
        source = graphene.String(
            description="Où l'inscription est faite : « site » ou « api » (par défaut)."
        )

    message = graphene.String(description="Ce qu'il faut dire à la personne, en français.")

    @classmethod
    def perform(cls, root, info, email, preferences=None, source="api"):
        user = info.context.user
        subscriptions.subscribe(
            email,
            preferences_dict(preferences),
            source="espace-agent" if user.is_authenticated else source,
            user=user if user.is_authenticated else None,
        )
        return {"message": SUBSCRIBED_MESSAGE}


class ConfirmSubscription(BaseMutation):
    class Meta:
        description = "Confirmer une inscription avec le jeton du courriel de confirmation."

    allow_anonymous = True

    class Arguments:
        token = graphene.String(required=True, description=TOKEN_ARG)

    preferences = graphene.Field(NewsletterPreferences, description="Les publications reçues.")
    management_token = graphene.String(
        description="Jeton de gestion des préférences (celui des liens de chaque lettre)."
    )

    @classmethod
    def perform(cls, root, info, token):
        subscriber = subscriptions.confirm(token)
        return {
            "preferences": NewsletterPreferences.of(subscriber),
            "management_token": subscriber.token,
        }


class Unsubscribe(BaseMutation):
    class Meta:
        description = "Se désinscrire de toutes les publications (lien de chaque lettre)."

    allow_anonymous = True

    class Arguments:
        token = graphene.String(required=True, description=TOKEN_ARG)

    preferences = graphene.Field(NewsletterPreferences, description="L'état après désinscription.")

    @classmethod
    def perform(cls, root, info, token):
        return {"preferences": NewsletterPreferences.of(subscriptions.unsubscribe(token))}


class UpdateSubscriptionPreferences(BaseMutation):
    class Meta:
        description = "Choisir les publications reçues (lien de chaque lettre)."

    allow_anonymous = True

    class Arguments:
        token = graphene.String(required=True, description=TOKEN_ARG)
        preferences = NewsletterPreferencesInput(
            required=True, description="Publications souhaitées."
        )

    preferences = graphene.Field(NewsletterPreferences, description="Les publications reçues.")

    @classmethod
    def perform(cls, root, info, token, preferences):
        subscriber = subscriptions.update_preferences(token, preferences_dict(preferences))
        return {"preferences": NewsletterPreferences.of(subscriber)}


class Mutation(graphene.ObjectType):
    subscribe_newsletter = SubscribeNewsletter.Field(
        description=SubscribeNewsletter._meta.description
    )
    confirm_subscription = ConfirmSubscription.Field(
        description=ConfirmSubscription._meta.description
    )
    unsubscribe = Unsubscribe.Field(description=Unsubscribe._meta.description)
    update_subscription_preferences = UpdateSubscriptionPreferences.Field(
        description=UpdateSubscriptionPreferences._meta.description
    )
