"""An agent manages the subscription of its own address from « Mon espace », through the
committed operations: subscribe (no confirmation when ProConnect verified the address),
preferences, unsubscribe, RGPD export and erasure."""

import json

import pytest
from django.core import mail

from cms.models import AgentIdentity
from cms.tokens import create_token
from newsletter.models import Subscriber
from tests.api.test_operations import operation

pytestmark = pytest.mark.django_db

MINE = operation("MyNewsletter")
EXPORT = operation("MyNewsletterExport")
SUBSCRIBE = operation("SubscribeMyNewsletter")
PREFERENCES = operation("UpdateMyNewsletterPreferences")
UNSUBSCRIBE = operation("UnsubscribeMyNewsletter")
ERASE = operation("EraseMyNewsletterData")


@pytest.fixture
def agent(django_user_model):
    user = django_user_model.objects.create_user("agent", "agent@mairie-exemple.fr")
    AgentIdentity.objects.create(user=user, issuer="https://proconnect.test", sub="agent-1")
    return user


def test_a_proconnect_agent_subscribes_at_once_and_manages_everything(
    gql, agent, django_capture_on_commit_callbacks
):
    token = create_token(agent)
    mine = gql(MINE, token=token)["myNewsletterSubscription"]
    assert mine == {
        "email": "agent@mairie-exemple.fr",
        "status": "NONE",
        "confirmationNeeded": False,
        "consentAt": None,
        "consentSource": None,
        "preferences": None,
    }

    with django_capture_on_commit_callbacks(execute=True):
        result = gql(SUBSCRIBE, {"preferences": {"agenda": True}}, token=token)
    assert result["subscribeMyNewsletter"] == {
        "errors": [],
        "subscription": {"status": "CONFIRMED", "confirmationNeeded": False},
    }
    assert mail.outbox == []  # the provider verified the address: no confirmation e-mail
    subscriber = Subscriber.objects.get()
    assert (subscriber.user, subscriber.consent_source) == (agent, "espace-agent")

    result = gql(PREFERENCES, {"preferences": {"newsletter": False}}, token=token)
    assert result["updateMyNewsletterPreferences"]["errors"][0]["code"] == "NO_PREFERENCE"
    gql(PREFERENCES, {"preferences": {"newsletter": False, "projectDigests": True}}, token=token)
    preferences = gql(MINE, token=token)["myNewsletterSubscription"]["preferences"]
    assert preferences == {
        "newsletter": False,
        "projectDigests": True,
        "agenda": False,
        "subscribed": True,
    }

    exported = json.loads(gql(EXPORT, token=token)["myNewsletterSubscription"]["export"])
    assert exported["adresse"] == "agent@mairie-exemple.fr"
    assert exported["consentement"]["source"] == "espace-agent"

    result = gql(UNSUBSCRIBE, token=token)["unsubscribeMyNewsletter"]
    assert result["subscription"]["status"] == "UNSUBSCRIBED"

    result = gql(ERASE, token=token)["eraseMyNewsletterData"]
    assert result["subscription"]["status"] == "NONE"
    assert not Subscriber.objects.exists()
    assert json.loads(gql(EXPORT, token=token)["myNewsletterSubscription"]["export"]) == {}


def test_an_account_the_provider_did_not_verify_confirms_by_e_mail(
    gql, django_user_model, django_capture_on_commit_callbacks
):
    user = django_user_model.objects.create_user("redactrice", "redactrice@exemple.fr")
    token = create_token(user)
    assert gql(MINE, token=token)["myNewsletterSubscription"]["confirmationNeeded"] is True
    with django_capture_on_commit_callbacks(execute=True):
        result = gql(SUBSCRIBE, token=token)["subscribeMyNewsletter"]
    assert result["subscription"]["status"] == "PENDING"
    assert [m.to for m in mail.outbox] == [["redactrice@exemple.fr"]]


def test_without_a_token_nothing_is_told_nor_changed(gql):
    assert gql(MINE)["myNewsletterSubscription"] is None
    errors = gql(UNSUBSCRIBE)["unsubscribeMyNewsletter"]["errors"]
    assert errors[0]["code"] == "UNAUTHENTICATED"
    assert gql(ERASE)["eraseMyNewsletterData"]["errors"][0]["code"] == "UNAUTHENTICATED"
