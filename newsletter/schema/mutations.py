"""Subscribing to the newsletter, without an account: the links of the e-mails carry a token.

Each mutation delegates to `newsletter.services.subscriptions`; refusals come back as typed
errors (INVALID_EMAIL, NO_PREFERENCE, INVALID_TOKEN, EXPIRED_TOKEN)."""

import graphene

from cms.api.mutations import BaseMutation
from newsletter.schema.types import (
    MyNewsletterSubscription,
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


def _mine(info, subscriber=None):
    user = info.context.user
    return MyNewsletterSubscription.of(user, subscriber or subscriptions.of_agent(user))


class SubscribeMyNewsletter(BaseMutation):
    class Meta:
        description = (
            "Inscrire l'adresse du compte connecté : confirmée aussitôt quand ProConnect l'a "
            "vérifiée, sinon un courriel de confirmation est envoyé."
        )

    class Arguments:
        preferences = NewsletterPreferencesInput(description="Publications souhaitées.")

    subscription = graphene.Field(MyNewsletterSubscription, description="L'inscription.")

    @classmethod
    def perform(cls, root, info, preferences=None):
        user = info.context.user
        subscriptions.subscribe_agent(user, preferences_dict(preferences))
        return {"subscription": _mine(info)}


class UpdateMyNewsletterPreferences(BaseMutation):
    class Meta:
        description = "Choisir les publications que reçoit l'adresse du compte connecté."

    class Arguments:
        preferences = NewsletterPreferencesInput(
            required=True, description="Publications souhaitées."
        )

    subscription = graphene.Field(MyNewsletterSubscription, description="L'inscription.")

    @classmethod
    def perform(cls, root, info, preferences):
        user = info.context.user
        subscriber = subscriptions.update_agent_preferences(user, preferences_dict(preferences))
        return {"subscription": _mine(info, subscriber)}


class UnsubscribeMyNewsletter(BaseMutation):
    class Meta:
        description = "Désinscrire l'adresse du compte connecté de toutes les publications."

    subscription = graphene.Field(MyNewsletterSubscription, description="L'inscription.")

    @classmethod
    def perform(cls, root, info):
        subscriber = subscriptions.unsubscribe_agent(info.context.user)
        return {"subscription": _mine(info, subscriber)}


class EraseMyNewsletterData(BaseMutation):
    class Meta:
        description = (
            "RGPD, droit à l'effacement : oublie l'adresse du compte connecté et ses envois."
        )

    subscription = graphene.Field(MyNewsletterSubscription, description="L'état après effacement.")

    @classmethod
    def perform(cls, root, info):
        user = info.context.user
        subscriptions.erase_agent(user)
        return {"subscription": MyNewsletterSubscription.of(user, None)}


class Mutation(graphene.ObjectType):
    subscribe_my_newsletter = SubscribeMyNewsletter.Field(
        description=SubscribeMyNewsletter._meta.description
    )
    update_my_newsletter_preferences = UpdateMyNewsletterPreferences.Field(
        description=UpdateMyNewsletterPreferences._meta.description
    )
    unsubscribe_my_newsletter = UnsubscribeMyNewsletter.Field(
        description=UnsubscribeMyNewsletter._meta.description
    )
    erase_my_newsletter_data = EraseMyNewsletterData.Field(
        description=EraseMyNewsletterData._meta.description
    )
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
