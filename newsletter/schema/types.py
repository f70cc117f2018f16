"""GraphQL types of the newsletter subscription (no address is ever returned)."""

import graphene


class NewsletterPreferencesInput(graphene.InputObjectType):
    class Meta:
        description = "Ce que l'abonné souhaite recevoir ; au moins une publication."

    newsletter = graphene.Boolean(description="La lettre mensuelle (par défaut : oui).")
    project_digests = graphene.Boolean(description="Les nouvelles des projets partagés.")
    agenda = graphene.Boolean(description="L'agenda des événements.")


class NewsletterPreferences(graphene.ObjectType):
    class Meta:
        description = "Les publications qu'un abonné reçoit."

    newsletter = graphene.Boolean(required=True, description="La lettre mensuelle.")
    project_digests = graphene.Boolean(
        required=True, description="Les nouvelles des projets partagés."
    )
    agenda = graphene.Boolean(required=True, description="L'agenda des événements.")
    subscribed = graphene.Boolean(
        required=True, description="Vrai tant que l'adresse est inscrite et confirmée."
    )

    @staticmethod
    def of(subscriber):
        return NewsletterPreferences(
            newsletter=subscriber.wants_newsletter,
            project_digests=subscriber.wants_project_digests,
            agenda=subscriber.wants_agenda,
            subscribed=subscriber.is_active,
        )


def preferences_dict(value):
    if value is None:
        return {}
    return {
        "wants_newsletter": value.get("newsletter"),
        "wants_project_digests": value.get("project_digests"),
        "wants_agenda": value.get("agenda"),
    }


class NewsletterSubscriptionStatus(graphene.Enum):
    class Meta:
        description = "Où en est l'inscription d'une adresse."

    NONE = "none"
    PENDING = "pending"
    CONFIRMED = "confirmed"
    UNSUBSCRIBED = "unsubscribed"
    BOUNCED = "bounced"


class MyNewsletterSubscription(graphene.ObjectType):
    class Meta:
        description = "L'inscription à la lettre de l'agent connecté, pour son espace."

    email = graphene.String(
        required=True, description="L'adresse du compte, celle qui est inscrite."
    )
    status = graphene.Field(
        NewsletterSubscriptionStatus, required=True, description="État de l'inscription."
    )
    preferences = graphene.Field(
        NewsletterPreferences, description="Les publications choisies ; null sans inscription."
    )
    consent_at = graphene.DateTime(description="Date du consentement.")
    consent_source = graphene.String(description="Où le consentement a été donné.")
    confirmation_needed = graphene.Boolean(
        required=True,
        description=(
            "Vrai si l'inscription demande un courriel de confirmation : faux quand ProConnect a "
            "vérifié l'adresse du compte."
        ),
    )

    export = graphene.JSONString(
        required=True,
        description=(
            "RGPD, droit d'accès : tout ce qui est conservé sur cette inscription, en JSON "
            "({} sans inscription)."
        ),
    )

    def resolve_export(root, info):
        from newsletter.services.subscriptions import export_agent

        return export_agent(info.context.user)

    @staticmethod
    def of(user, subscriber):
        from newsletter.services.subscriptions import provider_verified

        return MyNewsletterSubscription(
            email=subscriber.email if subscriber else user.email,
            status=str(subscriber.status) if subscriber else "none",
            preferences=NewsletterPreferences.of(subscriber) if subscriber else None,
            consent_at=subscriber.consent_at if subscriber else None,
            consent_source=subscriber.consent_source if subscriber else None,
            confirmation_needed=not provider_verified(user),
        )
