"""French e-mails (text and HTML) on moderation events, for the admin and the API alike.

- a step starts (`task_submitted`): to whoever can act on it (moderators, experts, referents);
- changes are requested (`workflow_rejected`): to the submitter, with the reasons and the comment;
- the workflow is approved (`workflow_approved`): to the submitter, the content is published;
- a contribution is refused (`services.reject`): to the submitter, with the comment.

Wagtail's own English-template notifications for the same events are switched off (overrides.py).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.utils import translation

from cms.mail import send_later


def admin_url(page):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    return f"{base}/admin/pages/{page.pk}/edit/"


def send(template, recipients, context):
    """Render `workflows/emails/<template>.{subject.txt,txt,html}` in French and send it to each
    active recipient with an address, once the transaction commits (a decision rolled back sends
    nothing; a mail server down does not undo it). Returns how many messages are planned."""
    emails = sorted({user.email for user in recipients if user.is_active and user.email})
    if not emails:
        return 0
    with translation.override("fr"):
        subject = " ".join(
            render_to_string(f"workflows/emails/{template}.subject.txt", context).split()
        )
        text = render_to_string(f"workflows/emails/{template}.txt", context)
        html = render_to_string(f"workflows/emails/{template}.html", context)
    return send_later(subject, text, emails, html)


def _page(instance):
    obj = instance.content_object
    return getattr(obj, "specific", obj)


def _authority_names(page):
    from cms.models import LocalAuthority
    from workflows.permissions import page_authority_ids

    return ", ".join(str(a) for a in LocalAuthority.objects.filter(pk__in=page_authority_ids(page)))


def _submitters(workflow_state):
    found = []
    if workflow_state.requested_by_id:
        found.append(workflow_state.requested_by)
    page = _page(workflow_state)
    owner = getattr(page, "owner", None)
    if owner is not None and owner not in found:
        found.append(owner)
    return found


def reviewers_of(task_state):
    """Users who can act on this step, except the one who submitted the content."""
    from workflows.models import ExecutiveAdoptionTask, ReferentReviewTask

    task = task_state.task.specific
    page = _page(task_state.workflow_state)
    users = set()
    if hasattr(task, "groups"):
        users |= set(get_user_model().objects.filter(groups__in=task.groups.all(), is_active=True))
    if isinstance(task, ReferentReviewTask | ExecutiveAdoptionTask):
        from cms.models import LocalAuthorityMembership
        from workflows.permissions import page_authority_ids

        users |= {
            m.user
            for m in LocalAuthorityMembership.objects.filter(
                local_authority_id__in=page_authority_ids(page), is_referent=True, status="approved"
            ).select_related("user")
        }
    requester = task_state.workflow_state.requested_by
    return [user for user in users if user != requester]


def on_task_submitted(sender, instance, user=None, **kwargs):
    task_state = instance
    page = _page(task_state.workflow_state)
    send(
        "task_submitted",
        reviewers_of(task_state),
        {
            "page": page,
            "task": task_state.task,
            "workflow": task_state.workflow_state.workflow,
            "submitter": task_state.workflow_state.requested_by,
            "authorities": _authority_names(page),
            "url": admin_url(page),
        },
    )


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    task_state = instance.current_task_state
    page = _page(instance)
    reasons = []
    if task_state is not None:
        from workflows.models import CHANGE_REASON_LABELS

        specific = task_state.specific
        reasons = [str(CHANGE_REASON_LABELS.get(r, r)) for r in getattr(specific, "reasons", [])]
    comment = task_state.comment if task_state is not None else ""
    if reasons and comment.startswith("Motifs :"):
        comment = comment.split(". ", 1)[1] if ". " in comment else comment
    send(
        "changes_requested",
        _submitters(instance),
        {
            "page": page,
            "task": task_state.task if task_state else None,
            "reviewer": user,
            "reasons": reasons,
            "comment": comment,
            "url": admin_url(page),
        },
    )


def on_workflow_approved(sender, instance, user=None, **kwargs):
    page = _page(instance)
    send(
        "approved",
        _submitters(instance),
        {"page": page, "reviewer": user, "workflow": instance.workflow, "url": admin_url(page)},
    )


def notify_rejected(page, workflow_state, comment, user):
    send(
        "rejected",
        _submitters(workflow_state),
        {"page": page, "reviewer": user, "comment": comment, "url": admin_url(page)},
    )


def connect():
    from wagtail.signals import task_submitted, workflow_approved, workflow_rejected

    task_submitted.connect(on_task_submitted, dispatch_uid="workflows_task_submitted")
    workflow_rejected.connect(on_workflow_rejected, dispatch_uid="workflows_workflow_rejected")
    workflow_approved.connect(on_workflow_approved, dispatch_uid="workflows_workflow_approved")
