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
