"""Subscribing through the committed GraphQL operations, as the site does: double opt-in, no
enumeration, French refusals, preferences, unsubscribing by link and by one-click POST."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail

from newsletter.models import Subscriber
from tests.api.test_operations import operation

pytestmark = pytest.mark.django_db

SUBSCRIBE = operation("NewsletterSubscribe")
CONFIRM = operation("NewsletterConfirm")
UNSUBSCRIBE = operation("NewsletterUnsubscribe")
PREFERENCES = operation("NewsletterPreferences")


def _subscribe(gql, capture, email, **preferences):
    with capture(execute=True):
        return gql(
            SUBSCRIBE, {"email": email, "preferences": preferences or None, "source": "site"}
        )["subscribeNewsletter"]


def _confirmation_token(address):
    body = next(m.body for m in reversed(mail.outbox) if m.to == [address])
    link = re.search(r"https?://\S+/lettre-d-information/confirmation/\?\S+", body).group(0)
    return parse_qs(urlsplit(link).query)["jeton"][0]


def test_double_opt_in(gql, django_capture_on_commit_callbacks):
    answer = _subscribe(gql, django_capture_on_commit_callbacks, "Camille@Exemple.FR", agenda=True)
    assert answer["errors"] == []
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "Camille@exemple.fr"
    assert subscriber.status == Subscriber.Status.PENDING  # nothing is sent before confirmation
    assert (subscriber.consent_source, subscriber.consent_text_version) == ("site", "2026-11")
    assert subscriber.consent_at is not None

    confirmed = gql(CONFIRM, {"token": _confirmation_token("Camille@exemple.fr")})[
        "confirmSubscription"
    ]
    assert confirmed["errors"] == []
    assert confirmed["preferences"] == {
        "newsletter": True,
        "projectDigests": False,
        "agenda": True,
        "subscribed": True,
    }
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert confirmed["managementToken"] == subscriber.token


def test_the_answer_does_not_tell_whether_an_address_is_known(
    gql, django_capture_on_commit_callbacks
):
    first = _subscribe(gql, django_capture_on_commit_callbacks, "dominique@exemple.fr")
    Subscriber.objects.update(status=Subscriber.Status.CONFIRMED)
    again = _subscribe(gql, django_capture_on_commit_callbacks, "dominique@exemple.fr")
    unknown = _subscribe(gql, django_capture_on_commit_callbacks, "inconnu@exemple.fr")
    assert first == again == unknown
    # The owner of an already confirmed address is told, by e-mail only.
    assert "déjà inscrit" in mail.outbox[1].subject


def test_a_malformed_address_is_refused_in_french(gql, django_capture_on_commit_callbacks):
    answer = _subscribe(gql, django_capture_on_commit_callbacks, "pas-une-adresse@")
    assert answer["errors"] == [
        {
            "field": "email",
            "code": "INVALID_EMAIL",
            "message": "Adresse électronique invalide : vérifiez-la (par exemple prenom.nom@exemple.fr).",
        }
    ]
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_an_expired_or_forged_confirmation_link_is_refused(
    gql, settings, django_capture_on_commit_callbacks
):
    _subscribe(gql, django_capture_on_commit_callbacks, "lou@exemple.fr")
    token = _confirmation_token("lou@exemple.fr")
    forged = gql(CONFIRM, {"token": token[:-3] + "abc"})["confirmSubscription"]
    assert forged["errors"][0]["code"] == "INVALID_TOKEN"
    settings.NEWSLETTER_CONFIRMATION_MAX_AGE = -1
    expired = gql(CONFIRM, {"token": token})["confirmSubscription"]
    assert expired["errors"][0]["code"] == "EXPIRED_TOKEN"
    assert "expiré" in expired["errors"][0]["message"]
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


@pytest.fixture
def confirmed(db):
    from tests.newsletter.conftest import make_subscribers

    return make_subscribers(1)[0]


def test_preferences_and_unsubscribe_by_link(gql, confirmed):
    changed = gql(
        PREFERENCES,
        {"token": confirmed.token, "preferences": {"newsletter": False, "projectDigests": True}},
    )["updateSubscriptionPreferences"]
    assert changed["preferences"]["newsletter"] is False
    assert changed["preferences"]["projectDigests"] is True

    nothing = gql(
        PREFERENCES,
        {"token": confirmed.token, "preferences": {"newsletter": False}},
    )["updateSubscriptionPreferences"]
    assert nothing["errors"][0]["code"] == "NO_PREFERENCE"

    gone = gql(UNSUBSCRIBE, {"token": confirmed.token})["unsubscribe"]
    assert gone["errors"] == []
    assert gone["preferences"]["subscribed"] is False
    assert gql(UNSUBSCRIBE, {"token": "inconnu"})["unsubscribe"]["errors"][0]["code"] == (
        "INVALID_TOKEN"
    )


def test_one_click_unsubscribe_needs_a_post(client, confirmed):
    url = f"/newsletter/desinscription/{confirmed.token}/"
    # A GET (a link scanner) changes nothing and leads to the site's page.
    response = client.get(url)
    assert response.status_code == 302
    assert "/lettre-d-information/desinscription/?jeton=" in response["Location"]
    confirmed.refresh_from_db()
    assert confirmed.status == Subscriber.Status.CONFIRMED

    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "désinscrit" in response.content.decode()
    confirmed.refresh_from_db()
    assert confirmed.status == Subscriber.Status.UNSUBSCRIBED
    assert client.post("/newsletter/desinscription/faux/").status_code == 404


def test_a_repeated_form_sends_one_confirmation(gql, django_capture_on_commit_callbacks):
    for _ in range(3):
        _subscribe(gql, django_capture_on_commit_callbacks, "repete@exemple.fr")
    assert len(mail.outbox) == 1


def test_a_signed_in_agent_subscribes_its_own_address_at_once(
    client, django_user_model, django_capture_on_commit_callbacks
):
    from cms.models import AgentIdentity
    from cms.tokens import create_token
    from tests.api.conftest import GraphQLClient

    agent = django_user_model.objects.create_user("agent", "agent@mairie.fr")
    AgentIdentity.objects.create(user=agent, issuer="https://proconnect.test", sub="agent")
    token = create_token(agent)
    gql = GraphQLClient(client)
    with django_capture_on_commit_callbacks(execute=True):
        gql(SUBSCRIBE, {"email": "agent@mairie.fr"}, token=token)
        gql(SUBSCRIBE, {"email": "quelquun@exemple.fr"}, token=token)
    own = Subscriber.objects.get(email="agent@mairie.fr")
    assert (own.status, own.user, own.consent_source) == ("confirmed", agent, "espace-agent")
    other = Subscriber.objects.get(email="quelquun@exemple.fr")
    assert (other.status, other.user) == (
        "pending",
        None,
    )  # someone else's address: confirmed by its owner


def test_the_site_subscribes_by_the_committed_hash_alone(client, settings):
    """As frontend/lib/newsletter.ts does, even when the CMS runs committed operations only."""
    import json
    from pathlib import Path

    settings.GRAPHQL_PERSISTED_ONLY = True
    manifest = json.loads(
        (Path(__file__).resolve().parents[2] / "graphql" / "persisted-operations.json").read_text()
    )
    digest = next(h for h, text in manifest.items() if "mutation NewsletterSubscribe(" in text)
    body = {
        "variables": {"email": "site@exemple.fr", "source": "site"},
        "extensions": {"persistedQuery": {"version": 1, "sha256Hash": digest.split(":")[1]}},
    }
    response = client.post("/graphql/", json.dumps(body), content_type="application/json")
    assert response.json()["data"]["subscribeNewsletter"]["errors"] == []
    assert Subscriber.objects.get().consent_source == "site"
