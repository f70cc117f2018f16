"""Accounts of the platform's roles, for the moderation tests."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from cms.models import LocalAuthorityMembership
from cms.roles import ROLE_NAMES


class UserFactory(DjangoModelFactory):
    """A user; `role="contributors"` puts it in that group, `authorities=[…]` makes it a member."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"agent{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Agent {n}")
    password = factory.PostGenerationMethodCall("set_password", "motdepasse-solide-42")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=ROLE_NAMES[extracted]))
        if create:
            self.save()

    @factory.post_generation
    def authorities(self, create, extracted, **kwargs):
        if create and extracted:
            for authority in extracted:
                LocalAuthorityMembership.objects.get_or_create(user=self, local_authority=authority)

    @factory.post_generation
    def referent_of(self, create, extracted, **kwargs):
        if create and extracted:
            for authority in extracted:
                LocalAuthorityMembership.objects.update_or_create(
                    user=self, local_authority=authority, defaults={"is_referent": True}
                )
