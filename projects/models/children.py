"""What the pages under a shared project (journal entries, action plans) share."""

from wagtail.admin.forms import WagtailAdminPageForm

from projects.models.shared_projects import SharedProjectStage


def parent_project(page):
    """The shared project a journal entry or an action plan belongs to, saved or not."""
    if page.pk and page.depth:
        return page.get_parent()
    return getattr(page, "_parent_for_validation", None)


class ProjectChildPageForm(WagtailAdminPageForm):
    """Offers only the stages and the participating collectivités of the parent project."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        project = self.parent_page.specific if self.parent_page else None
        # The model's clean() needs the parent before the page exists in the tree.
        self.instance._parent_for_validation = project
        if "stage" in self.fields:
            self.fields["stage"].queryset = (
                SharedProjectStage.objects.filter(project=project)
                if project
                else SharedProjectStage.objects.none()
            )
