"""What the admin's page search shows first (issue #17, item 6): the pages an editor looks for
— experiences, resources, events, projects — before the section pages that list them (home page,
« Expériences territoriales », « Agenda »…), each group in the engine's order."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, IntegerField, Value, When

# The pages that list others: found by their title, they come after the content they list.
SECTION_PAGE_MODELS = (
    "cms.HomePage",
    "inspiration.InspirationIndexPage",
    "projects.SharedProjectIndexPage",
    "projects.EngagementTrackIndexPage",
)


def section_content_type_ids():
    from django.apps import apps

    models = [apps.get_model(label) for label in SECTION_PAGE_MODELS]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


def content_before_sections(ranked_ids):
    """Order expressions: content pages, then section pages; in each, the engine's rank."""
    is_section = Case(
        When(content_type_id__in=section_content_type_ids(), then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    rank = Case(
        *[When(pk=pk, then=Value(position)) for position, pk in enumerate(ranked_ids)],
        output_field=IntegerField(),
    )
    return [is_section, rank]
