"""`manage.py create_contributor`."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from cms.api.auth import user_from_request
from cms.models import LocalAuthority
from tests import factories as f

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("create_contributor", *args, stdout=out, stderr=err)
    return out.getvalue().strip(), err.getvalue()


def test_creates_a_contributor_with_a_token(home, rf):
    sene = f.LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code="56243", name="Séné")
    token, messages = run(
        "--authority", "56243", "--username", "claire", "--email", "c@example.org"
    )
    user = get_user_model().objects.get(username="claire")
    assert user.groups.filter(name="Contributeurs des collectivités").exists()
    assert list(user.authority_memberships.values_list("local_authority", flat=True)) == [sene.pk]
    assert not user.has_usable_password()
    assert "Séné" in messages
    request = rf.get("/", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert user_from_request(request) == user


def test_unknown_code_and_bad_email(home):
    with pytest.raises(CommandError, match="Aucune collectivité"):
        run("--authority", "99999", "--username", "x")
    f.LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code="56243", name="Séné")
    with pytest.raises(CommandError, match="invalide"):
        run("--authority", "56243", "--username", "x", "--email", "pas-une-adresse")
    assert not get_user_model().objects.filter(username="x").exists()
