"""Page permission testers that an app registers for page types it does not own.

Wagtail asks a page what a user may do with it through `Page.permissions_for_user`, which a page
model overrides to return its own `PagePermissionTester`. The rules for collectivités' content
live in workflows, and the content apps must not import it (inspiration imports no workflows): a
page model mixes `RegisteredPagePermissions` in, and workflows registers its tester for that
model from its `AppConfig.ready()`. A model nobody registered keeps Wagtail's own tester.
"""

from wagtail.models import PagePermissionTester
from wagtail.utils.registry import ObjectTypeRegistry

page_permission_testers = ObjectTypeRegistry()


def register_page_permission_tester(model, tester_class):
    """`tester_class` (a `PagePermissionTester`) answers for `model` and its subclasses."""
    if not issubclass(tester_class, PagePermissionTester):
        raise TypeError(f"{tester_class!r} n'est pas un PagePermissionTester.")
    page_permission_testers.register(model, tester_class)


class RegisteredPagePermissions:
    """Mixin for page models whose permissions another app decides (see the module docstring)."""

    def permissions_for_user(self, user):
        tester_class = page_permission_testers.get_by_type(type(self))
        if tester_class is None:
            return super().permissions_for_user(user)
        return tester_class(user, self)
