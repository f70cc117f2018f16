"""Finding 6 of issue 13: 25 wrong admin passwords in 23 s, then the right one worked.

django-axes now counts failed logins per account and per address on every password login
(Wagtail's admin, Django's admin) and refuses even the right password while the lock holds.
"""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import F
from django.test import override_settings

PASSWORD = "motdepasse-solide-42"
WAGTAIL_LOGIN = "/admin/login/"
DJANGO_LOGIN = "/django-admin/login/"
ATTACKER = "203.0.113.7"
ELSEWHERE = "198.51.100.20"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "redactrice", "redactrice@example.org", PASSWORD
    )


def login(client, username, password, address=ATTACKER, path=WAGTAIL_LOGIN):
    return client.post(
        path, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address
    )


def logged_in(client):
    return client.get("/admin/").status_code == 200


def assert_locked(response, client):
    assert response.status_code == 429
    text = response.content.decode()
    assert "Connexion bloquée" in text
    assert "Réessayez dans 30 minutes" in text
    assert not logged_in(client)


def fail(client, username, times, address=ATTACKER, path=WAGTAIL_LOGIN):
    for _ in range(times):
        response = login(client, username, "pas-le-bon-mot-de-passe", address, path)
    return response


def test_twenty_five_wrong_passwords_then_the_right_one_is_refused(client, superuser):
    response = fail(client, "admin", 25)
    assert_locked(response, client)
    assert_locked(login(client, "admin", PASSWORD), client)


def test_the_lock_starts_at_the_failure_limit(client, superuser, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    response = fail(client, "admin", 4)
    assert response.status_code == 200  # the login form again, with its error
    assert "Connexion bloquée" not in response.content.decode()
    assert_locked(fail(client, "admin", 1), client)


def test_a_right_password_before_the_limit_logs_in(client, superuser):
    fail(client, "admin", 4)
    response = login(client, "admin", PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_account_and_address_are_locked_each_on_their_own(
    client, superuser, editor, django_user_model
):
    """The default, AXES_LOCKOUT_PARAMETERS=username,ip_address."""
    fail(client, "admin", 5, address=ATTACKER)
    # The account, from anywhere: a distributed guess is stopped too.
    assert_locked(login(client, "admin", PASSWORD, address=ELSEWHERE), client)
    # The address, for every account.
    assert_locked(login(client, "redactrice", PASSWORD, address=ATTACKER), client)
    # Another account from another address is not affected.
    assert login(client, "redactrice", PASSWORD, address=ELSEWHERE).status_code == 302
    assert logged_in(client)


def test_failures_from_many_addresses_lock_the_account(client, superuser):
    for number in range(5):
        login(client, "admin", "pas-le-bon-mot-de-passe", address=f"192.0.2.{number + 1}")
    assert_locked(login(client, "admin", PASSWORD, address="192.0.2.99"), client)


@override_settings(AXES_LOCKOUT_PARAMETERS=[["username", "ip_address"]])
def test_lock_by_account_and_address_pair_spares_the_account_elsewhere(client, superuser):
    fail(client, "admin", 5, address=ATTACKER)
    assert_locked(login(client, "admin", PASSWORD, address=ATTACKER), client)
    assert login(client, "admin", PASSWORD, address=ELSEWHERE).status_code == 302


@override_settings(AXES_LOCKOUT_PARAMETERS=["username"])
def test_lock_by_account_only_spares_other_accounts_from_the_same_address(
    client, superuser, editor
):
    fail(client, "admin", 5, address=ATTACKER)
    assert_locked(login(client, "admin", PASSWORD, address=ELSEWHERE), client)
    assert login(client, "redactrice", PASSWORD, address=ATTACKER).status_code == 302


def test_the_lock_ends_after_the_cool_off(client, superuser, settings):
    fail(client, "admin", 5)
    assert_locked(login(client, "admin", PASSWORD), client)
    # Time passes: the failures are now older than the cool-off period.
    AccessAttempt.objects.update(
        attempt_time=F("attempt_time") - settings.AXES_COOLOFF_TIME - datetime.timedelta(seconds=1)
    )
    assert login(client, "admin", PASSWORD).status_code == 302
    assert logged_in(client)


def test_the_django_admin_login_is_guarded_too(client, superuser):
    response = fail(client, "admin", 5, path=DJANGO_LOGIN)
    assert_locked(response, client)
    # One lock for every login path.
    assert_locked(login(client, "admin", PASSWORD, path=WAGTAIL_LOGIN), client)


def test_an_administrator_unlocks_with_axes_reset(client, superuser):
    fail(client, "admin", 5)
    call_command("axes_reset_username", "admin")
    call_command("axes_reset_ip", ATTACKER)
    assert login(client, "admin", PASSWORD).status_code == 302


def test_an_administrator_sees_and_deletes_the_lock_in_django_admin(client, superuser, editor):
    fail(client, "admin", 5)
    client.force_login(editor)
    listing = client.get("/django-admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert "admin" in listing.content.decode()
    response = client.post(
        "/django-admin/axes/accessattempt/",
        {
            "action": "delete_selected",
            "_selected_action": list(AccessAttempt.objects.values_list("pk", flat=True)),
            "post": "yes",
        },
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    client.logout()
    assert login(client, "admin", PASSWORD).status_code == 302
