"""Who may do what with collectivités' content: one set of rules for the admin and the API.

A contributor acts for the collectivités of their memberships. A page belongs to the
collectivités of its `Submission`, of its `authority_links` (experiences) or of its
`local_authority` (action plans). Contributors create experiences and resources in their sections,
edit what they own or what belongs to one of their collectivités, never publish, and never see
another collectivité's drafts, revisions, previews or moderation comments. ANCT editors edit
everything; moderators (and editors) approve.
"""

from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.models import PagePermissionTester

from cms.roles import (
    ROLE_CONTRIBUTORS,
    ROLE_MODERATORS,
    ROLE_NAMES,
    is_anct_staff,
)

# Each kind of contribution and the slug of the section it goes under.
SUBMISSION_SECTIONS = {
    "inspiration.experiencepage": "experiences",
    "inspiration.resourcepage": "ressources",
}


def _model_key(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def _cached(user, name, compute):
    cache = user.__dict__.setdefault("_workflows_permission_cache", {})
    if name not in cache:
        cache[name] = compute()
    return cache[name]


def group_names(user):
    if not user.is_authenticated:
        return set()
    return _cached(user, "groups", lambda: set(user.groups.values_list("name", flat=True)))


def is_contributor(user):
    """A collectivité's agent (contributors' group), restricted to their collectivités.

    ANCT editors and moderators are never restricted; participants and experts who are not
    contributors keep Wagtail's own page permissions (shared projects).
    """
    return (
        user.is_authenticated
        and not is_anct_staff(user)
        and ROLE_NAMES[ROLE_CONTRIBUTORS] in group_names(user)
    )


def authority_ids(user):
    """Ids of the collectivités the user acts for."""
    if not user.is_authenticated:
        return set()
    return _cached(
        user,
        "authorities",
        lambda: set(
            user.authority_memberships.filter(status="approved").values_list(
                "local_authority_id", flat=True
            )
        ),
    )


def referent_authority_ids(user):
    if not user.is_authenticated:
        return set()
    return _cached(
        user,
        "referent_of",
        lambda: set(
            user.authority_memberships.filter(is_referent=True, status="approved").values_list(
                "local_authority_id", flat=True
            )
        ),
    )


def page_authority_ids(page):
    """Ids of the collectivités a page belongs to (its submission, links, or action plan)."""
    from inspiration.models import ExperienceLocalAuthority
    from projects.models import ActionPlanPage
    from workflows.models import Submission

    page_id = page.pk
    found = set(
        Submission.objects.filter(page_id=page_id).values_list("local_authority_id", flat=True)
    )
    found |= set(
        ExperienceLocalAuthority.objects.filter(page_id=page_id).values_list(
            "local_authority_id", flat=True
        )
    )
    found |= set(
        ActionPlanPage.objects.filter(pk=page_id).values_list("local_authority_id", flat=True)
    )
    return found


def page_ids_of_authorities(ids):
    """Ids of the pages that belong to any of the collectivités `ids`."""
    from inspiration.models import ExperienceLocalAuthority
    from projects.models import ActionPlanPage
    from workflows.models import Submission

    ids = list(ids)
    return (
        set(Submission.objects.filter(local_authority_id__in=ids).values_list("page_id", flat=True))
        | set(
            ExperienceLocalAuthority.objects.filter(local_authority_id__in=ids).values_list(
                "page_id", flat=True
            )
        )
        | set(
            ActionPlanPage.objects.filter(local_authority_id__in=ids).values_list("pk", flat=True)
        )
    )


def pages_of_authorities_q(ids):
    """A `Q` on pages: those belonging to any of the collectivités `ids` (subqueries, lazy)."""
    from inspiration.models import ExperienceLocalAuthority
    from projects.models import ActionPlanPage
    from workflows.models import Submission

    ids = list(ids)
    if not ids:
        return Q(pk__in=[])
    return (
        Q(pk__in=Submission.objects.filter(local_authority_id__in=ids).values("page_id"))
        | Q(
            pk__in=ExperienceLocalAuthority.objects.filter(local_authority_id__in=ids).values(
                "page_id"
            )
        )
        | Q(pk__in=ActionPlanPage.objects.filter(local_authority_id__in=ids).values("pk"))
    )


def contributor_visible_pages_q(user):
    """What a contributor may list in the admin: live pages, their own pages, and the pages
    (drafts included) of their collectivités — never another collectivité's drafts."""
    return Q(live=True) | Q(owner=user) | pages_of_authorities_q(authority_ids(user))


def contributor_history_pages_q(user):
    """The pages whose history (log entries, revisions) a contributor may read: their own and
    their collectivités' pages, as `can_view_draft` (not other collectivités' live pages: their
    log entries carry the titles of unpublished revisions)."""
    return Q(owner=user) | pages_of_authorities_q(authority_ids(user))


def scope_pages(pages, user):
    """`pages` (a page queryset) as `user` may list them in the admin: contributors are
    restricted (`contributor_visible_pages_q`), other roles are left as they are."""
    if is_contributor(user):
        return pages.filter(contributor_visible_pages_q(user))
    return pages


def visible_pages(pages, user):
    """The pages (instances, in their order) that `user` may see named in the admin: contributors
    see those of `contributor_visible_pages_q` only, other roles all of them."""
    pages = list(pages)
    if not is_contributor(user) or not pages:
        return pages
    from wagtail.models import Page

    visible = set(
        Page.objects.filter(pk__in=[page.pk for page in pages])
        .filter(contributor_visible_pages_q(user))
        .values_list("pk", flat=True)
    )
    return [page for page in pages if page.pk in visible]


def scope_page_log_entries(entries, user):
    """Page log entries as `user` may read them in the site history: a contributor reads those of
    their own and their collectivités' pages only (`contributor_history_pages_q`)."""
    if not is_contributor(user):
        return entries
    from wagtail.models import Page

    pages = Page.objects.filter(contributor_history_pages_q(user))
    return entries.filter(page_id__in=pages.values("pk"))


def is_submission_type(page_or_class):
    model = page_or_class if isinstance(page_or_class, type) else type(page_or_class.specific)
    return _model_key(model) in SUBMISSION_SECTIONS


def in_scope(user, page):
    """The page is the user's own, or belongs to one of their collectivités."""
    if not user.is_authenticated:
        return False
    if page.owner_id == user.pk:
        return True
    mine = authority_ids(user)
    return bool(mine and mine & page_authority_ids(page))


def section_for(page_class):
    """The index a contribution of this type goes under (None when the site has none)."""
    from inspiration.models import InspirationIndexPage

    slug = SUBMISSION_SECTIONS.get(_model_key(page_class))
    if slug is None:
        return None
    return InspirationIndexPage.objects.filter(slug=slug).order_by("path").first()


def can_create(user, page_class, parent):
    """May the user create a page of `page_class` under `parent`? (contributors' extra rule)."""
    if not is_contributor(user):
        return True
    if _model_key(page_class) not in SUBMISSION_SECTIONS:
        return False
    section = section_for(page_class)
    if section is not None:
        return parent.pk == section.pk
    from inspiration.models import InspirationIndexPage

    return isinstance(parent.specific, InspirationIndexPage)


def can_view_draft(user, page):
    """Drafts, revisions, previews, workflow history and moderation comments of `page`."""
    if not user.is_authenticated:
        return False
    if is_anct_staff(user):
        return True
    if is_contributor(user):
        return in_scope(user, page)
    if authority_ids(user) and in_scope(user, page):
        return True
    # Other roles (experts, participants): Wagtail's own page permissions decide.
    return page.permissions_for_user(user).can_edit()


def can_edit(user, page):
    if not user.is_authenticated:
        return False
    if is_anct_staff(user):
        return True
    if is_contributor(user):
        return is_submission_type(page) and in_scope(user, page)
    return page.permissions_for_user(user).can_edit()


def can_publish(user, page):
    if is_contributor(user):
        return False
    return page.permissions_for_user(user).can_publish()


def can_moderate(user, task_state):
    """Is this task state in the user's moderation queue?"""
    page = task_state.workflow_state.content_object
    actions = task_state.task.specific.get_actions(page, user)
    return any(name == "approve" for name, *_ in actions)


def moderators():
    """Active users who moderate contributions (ANCT moderators' group)."""
    group = Group.objects.filter(name=ROLE_NAMES[ROLE_MODERATORS]).first()
    if group is None:
        return []
    return list(group.user_set.filter(is_active=True).exclude(email=""))


class CollectivitePagePermissionTester(PagePermissionTester):
    """Wagtail lets an "add" permission edit only the pages one owns; a contribution belongs to a
    collectivité, so its other contributors may edit it too — in the admin as through the API.
    Registered for the contributions' page models by `WorkflowsConfig.ready()` (cms.page_permissions)."""

    def can_edit(self):
        if super().can_edit():
            return True
        return (
            self.user.is_active
            and is_contributor(self.user)
            and "add" in self.permissions
            and is_submission_type(self.page)
            and in_scope(self.user, self.page)
        )
