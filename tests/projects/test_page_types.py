"""Each projects page type says itself where it is created (Wagtail's `parent_page_types`), so that
the home page needs to know none of them."""

import pytest

from cms.models import HomePage
from projects import models

PARENTS = {
    models.SharedProjectIndexPage: [HomePage],
    models.SharedProjectPage: [models.SharedProjectIndexPage],
    models.JournalEntryPage: [models.SharedProjectPage],
    models.ActionPlanPage: [models.SharedProjectPage],
    models.EngagementTrackIndexPage: [HomePage],
    models.EngagementTrackPage: [models.EngagementTrackIndexPage],
}


@pytest.mark.parametrize("model", PARENTS, ids=lambda model: model.__name__)
def test_each_projects_page_names_its_parents(model):
    assert model.parent_page_types, "declared on the model itself"
    assert model.allowed_parent_page_models() == PARENTS[model]
