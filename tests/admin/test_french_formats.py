"""Amounts, numbers and dates in the admin as a French reader writes them (issue #17, item 4):
« 100 000 € », « 1er avril 2021 »; a refused capacity states one minimum, with the number of
participants already confirmed."""

import datetime
import html
import re
from decimal import Decimal

import pytest
from django.utils import timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms import admin_formats
from projects.models import Enrollment
from tests import factories as f
from tests.projects.factories import (
    EngagementTrackIndexPageFactory,
    EngagementTrackPageFactory,
    EnrollmentFactory,
    SharedProjectPageFactory,
)

pytestmark = pytest.mark.django_db

NBSP = "\N{NO-BREAK SPACE}"


def text_of(response):
    body = html.unescape(response.content.decode())
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", body))


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


def test_amounts_and_dates_are_written_the_french_way():
    assert admin_formats.french_amount(Decimal("100000.00")) == f"100{NBSP}000{NBSP}€"
    assert admin_formats.french_amount(Decimal("1234.5")) == f"1{NBSP}234,50{NBSP}€"
    assert admin_formats.french_date(datetime.date(2021, 4, 1)) == "1er avril 2021"
    assert admin_formats.french_date(datetime.date(2021, 4, 2)) == "2 avril 2021"
    noon_utc = datetime.datetime(2021, 4, 1, 12, 30, tzinfo=datetime.UTC)
    assert admin_formats.french_datetime(noon_utc) == "1er avril 2021 à 14:30"


def test_a_listing_shows_first_of_the_month_and_grouped_numbers(admin_client):
    project = SharedProjectPageFactory(title="Budget participatif")
    enrolment = EnrollmentFactory(
        project=project, local_authority=f.LocalAuthorityFactory(name="Niort", population=59193)
    )
    Enrollment.objects.filter(pk=enrolment.pk).update(
        created_at=datetime.datetime(2021, 4, 1, 8, 5, tzinfo=datetime.UTC)
    )
    text = text_of(admin_client.get("/admin/snippets/projects/enrollment/"))
    assert "1er avril 2021 à 10:05" in text
    assert "1 avril 2021" not in text
    text = text_of(admin_client.get("/admin/snippets/cms/localauthority/?q=Niort"))
    assert f"59{NBSP}193" in text


def test_relative_dates_give_the_french_date_in_their_tooltip(admin_client, home):
    page = f.ExperiencePageFactory(parent=home, title="Budget participatif de Niort")
    revision = page.save_revision()
    type(revision).objects.filter(pk=revision.pk).update(
        created_at=timezone.make_aware(datetime.datetime(2021, 4, 1, 9, 0))
    )
    type(page).objects.filter(pk=page.pk).update(
        latest_revision_created_at=timezone.make_aware(datetime.datetime(2021, 4, 1, 9, 0))
    )
    body = html.unescape(admin_client.get(f"/admin/pages/{page.get_parent().pk}/").content.decode())
    assert 'data-w-tooltip-content-value="1er avril 2021 à 09:00"' in body


def test_the_yearly_budget_cap_is_stated_in_euros():
    from django.core.exceptions import ValidationError

    from projects.models import EngagementYearlyPlan

    track = EngagementTrackPageFactory(parent=EngagementTrackIndexPageFactory())
    plan = EngagementYearlyPlan(track=track, year_number=1, budget=Decimal("150000"))
    with pytest.raises(ValidationError) as caught:
        plan.full_clean()
    assert caught.value.message_dict["budget"] == [
        f"Le budget d'une année est plafonné à 100{NBSP}000{NBSP}€."
    ]


def capacity_form(project, capacity):
    return nested_form_data(
        {
            "title": project.title,
            "slug": project.slug,
            "theme": project.theme_id,
            "status": "recruiting",
            "summary": project.summary,
            "participant_capacity": capacity,
            "start_date": "2022-01-01",
            "end_date": "2022-12-31",
            "body": streamfield([]),
            "stages": inline_formset([]),
            "experts": inline_formset([]),
            "action-publish": "publish",
        }
    )


@pytest.mark.parametrize("capacity", [2, 3])
def test_a_refused_capacity_states_one_minimum_with_the_participants(admin_client, capacity):
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=5)
    for _ in range(4):
        EnrollmentFactory(project=project)
    response = admin_client.post(
        f"/admin/pages/{project.pk}/edit/", capacity_form(project, capacity)
    )
    assert response.status_code == 200
    text = text_of(response)
    assert (
        "Le projet compte déjà 4 collectivités parties prenantes : "
        "sa capacité ne peut pas descendre sous 4." in text
    )
    assert "supérieure ou égale" not in text
    assert "entre 3 et 5" not in text.replace("Entre 3 et 5 collectivités par projet", "")


def test_the_api_refuses_a_capacity_with_the_same_single_minimum(superuser):
    from cms.services import ServiceError
    from projects import services

    project = SharedProjectPageFactory(status="recruiting", participant_capacity=5)
    for _ in range(4):
        EnrollmentFactory(project=project)
    with pytest.raises(ServiceError) as caught:
        services.set_capacity(superuser, project, 2)
    assert caught.value.code == services.CAPACITY_BELOW_PARTICIPANTS
    assert caught.value.message.endswith("sa capacité ne peut pas descendre sous 4.")
