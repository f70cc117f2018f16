"""The signed-in agent's own subscription (« Mon espace »)."""

import graphene

from newsletter.schema.types import MyNewsletterSubscription
from newsletter.services import subscriptions


class Query:
    my_newsletter_subscription = graphene.Field(
        MyNewsletterSubscription,
        description=(
            "L'inscription à la lettre de l'adresse du compte connecté (même sans inscription : "
            "statut NONE) ; null sans jeton."
        ),
    )

    def resolve_my_newsletter_subscription(root, info):
        user = info.context.user
        if not user.is_authenticated:
            return None
        return MyNewsletterSubscription.of(user, subscriptions.of_agent(user))
