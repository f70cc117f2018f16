"""What the admin tells each person about a contribution's circuit de validation, in French:
what a moderator's decision did and to whom, the reasons a contributor must read before editing,
and the contributor's own list with its next step. The admin hooks only display these."""

from django.utils.translation import ngettext
from wagtail.models import TaskState, WorkflowState

from workflows import services
from workflows.models import CHANGE_REASON_LABELS


def person(user):
    if user is None:
        return "la collectivité"
    return user.get_full_name() or user.get_username()


def _latest_finished_task_state(state):
    return (
        TaskState.objects.filter(workflow_state=state, finished_at__isnull=False)
        .select_related("task")
        .order_by("-finished_at", "-pk")
        .specific()
        .first()
    )


def outcome_message(page):
    """After a moderator's decision: « Renvoyée à Claire Le Guennec avec 2 motifs. »…"""
    state = services.latest_workflow_state(page)
    if state is None:
        return None
    title = page.get_admin_display_title()
    submitter = person(state.requested_by)
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        finished = _latest_finished_task_state(state)
        count = len(getattr(finished, "reasons", []) or [])
        return ngettext(
            "« %(title)s » est renvoyée à %(person)s avec %(count)d motif : elle les lira en "
            "haut du formulaire de modification.",
            "« %(title)s » est renvoyée à %(person)s avec %(count)d motifs : elle les lira en "
            "haut du formulaire de modification.",
            count,
        ) % {"title": title, "person": submitter, "count": count}
    if state.status == WorkflowState.STATUS_APPROVED:
        return "« %(title)s » est approuvée et publiée ; %(person)s en est informée." % {
            "title": title,
            "person": submitter,
        }
    if state.status == WorkflowState.STATUS_IN_PROGRESS and state.current_task_state:
        return "« %(title)s » est approuvée à cette étape ; elle passe à « %(task)s »." % {
            "title": title,
            "task": state.current_task_state.task.name,
        }
    if state.status == WorkflowState.STATUS_CANCELLED:
        return "« %(title)s » est refusée ; %(person)s en est informée." % {
            "title": title,
            "person": submitter,
        }
    return None


def changes_requested(page):
    """The reasons and comment of the request for changes the page waits on, or None."""
    state = services.latest_workflow_state(page)
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    finished = _latest_finished_task_state(state)
    if finished is None:
        return None
    reasons = [str(CHANGE_REASON_LABELS.get(r, r)) for r in getattr(finished, "reasons", []) or []]
    comment = finished.comment or ""
    # The stored comment starts with the reasons (workflows.models.format_reasons): show it once.
    if reasons and comment.startswith("Motifs : "):
        comment = comment.split(". ", 1)[1] if ". " in comment else ""
    return {
        "task": finished.task.name,
        "author": person(finished.finished_by),
        "date": finished.finished_at,
        "reasons": reasons,
        "comment": comment.strip(),
    }


NEXT_STEPS = {
    services.DRAFT: "La compléter puis l'envoyer en validation.",
    services.IN_REVIEW: "Rien à faire : elle est en cours de relecture.",
    services.CHANGES_REQUESTED: "La corriger selon les motifs, puis la renvoyer à la modération.",
    services.PUBLISHED: "Rien à faire : elle est en ligne.",
    services.REJECTED: "Rien à faire : elle a été refusée.",
    services.WITHDRAWN: "La renvoyer en validation quand elle sera prête.",
}

STATUS_LABELS = {
    services.DRAFT: "Brouillon",
    services.IN_REVIEW: "En modération",
    services.CHANGES_REQUESTED: "Modifications demandées",
    services.PUBLISHED: "Publiée",
    services.REJECTED: "Refusée",
    services.WITHDRAWN: "Retirée de la validation",
}


def whose_step(task):
    """Who decides on the current step, as the contributor reads it in her next step."""
    from workflows.models import ReferentReviewTask

    task = task.specific
    if isinstance(task, ReferentReviewTask):
        return "du référent de votre collectivité"
    groups = getattr(task, "groups", None)
    names = sorted(group.name for group in groups.all()) if groups is not None else []
    return (
        "du groupe " + " ou ".join(f"« {name} »" for name in names)
        if names
        else "de l'équipe de l'ANCT"
    )


def next_step(status, task=None):
    """The contributor's next step; during review, whose step it is."""
    if status == services.IN_REVIEW and task is not None:
        return f"Rien à faire : c'est l'étape « {task.name} », au tour {whose_step(task)}."
    return NEXT_STEPS.get(status, "")


def contributions(user, limit=20):
    """The contributor's pages, newest first, each with its status, step and next step."""
    rows = []
    for page in services.submissions_of(user)[:limit]:
        state = services.latest_workflow_state(page)
        status = services.status_of(page, state)
        task = None
        if state is not None and state.current_task_state and status == services.IN_REVIEW:
            task = state.current_task_state.task
        rows.append(
            {
                "page": page,
                "status": status,
                "status_label": STATUS_LABELS.get(status, status),
                "task": task.name if task else "",
                "next_step": next_step(status, task),
                "needs_action": status in (services.CHANGES_REQUESTED, services.DRAFT),
            }
        )
    return rows
