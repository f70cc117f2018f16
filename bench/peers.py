"""The fields of an experience as Wagtail's API v2 and wagtail-grapple need them declared."""

LISTING_FIELDS = ("title", "url", "date", "themes", "collectivité", "image rendition 320x200")


def declare_peer_fields():
    from django.conf import settings
    from rest_framework import serializers
    from wagtail.api import APIField
    from wagtail.images.api.fields import ImageRenditionField

    from cms.models import LocalAuthority, Theme
    from inspiration.models import ExperienceLocalAuthority, ExperiencePage

    class ThemeSerializer(serializers.ModelSerializer):
        class Meta:
            model = Theme
            fields = ["name", "slug"]

    ExperiencePage.authority_names = property(
        lambda page: [link.local_authority.name for link in page.authority_links.all()]
    )
    ExperiencePage.api_fields = [
        APIField("summary"),
        APIField("themes", serializer=ThemeSerializer(many=True)),
        APIField("authority_names"),
        APIField("image_thumbnail", serializer=ImageRenditionField("fill-320x200", source="image")),
    ]

    if "grapple" not in settings.INSTALLED_APPS:
        return
    from grapple import models as grapple_fields

    Theme.graphql_fields = [
        grapple_fields.GraphQLString("name"),
        grapple_fields.GraphQLString("slug"),
    ]
    ExperiencePage.graphql_fields = [
        grapple_fields.GraphQLString("summary"),
        grapple_fields.GraphQLCollection(grapple_fields.GraphQLForeignKey, "themes", "cms.Theme"),
        grapple_fields.GraphQLCollection(
            grapple_fields.GraphQLForeignKey,
            "authority_links",
            "inspiration.ExperienceLocalAuthority",
        ),
        grapple_fields.GraphQLImage("image"),
    ]
    ExperienceLocalAuthority.graphql_fields = [
        grapple_fields.GraphQLForeignKey("local_authority", "cms.LocalAuthority")
    ]
    LocalAuthority.graphql_fields = [
        grapple_fields.GraphQLString("name"),
        grapple_fields.GraphQLString("code"),
    ]
