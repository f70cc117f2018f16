"""Action plans: a participating collectivité writes its plan, which goes through validation and
adoption; the project's progress rolls the plans up."""

from cms.text import free_slug, paragraphs_html
from projects.models import Action, ActionPlanPage, Enrollment
from projects.services.common import FORBIDDEN, REQUIRED, ServiceError, acting_authority, once
from projects.services.enrolment import current_project


def project_progress(project, *, live_only=True):
    """Progress roll-up of a project's action plans: the mean of the plans' progress (plans
    without actions left out), with each plan's own figure."""
    plans = ActionPlanPage.objects.child_of(project).select_related("local_authority")
    if live_only:
        plans = plans.live().public()
    plans = list(plans.prefetch_related("actions").order_by("title", "pk"))
    rows = [
        {
            "plan": plan,
            "local_authority": plan.local_authority,
            "progress": plan.progress,
            "actions": len(plan.actions.all()),
            "adopted": bool(plan.adoption_date),
        }
        for plan in plans
    ]
    measured = [row["progress"] for row in rows if row["progress"] is not None]
    return {
        "progress": round(sum(measured) / len(measured)) if measured else None,
        "plans": rows,
    }


def submit_action_plan(user, project, *, idempotency_key=None, **kwargs):
    """A participating collectivité writes its action plan (a draft page under the project, with
    its actions) and submits it to the page's workflow (validation, then adoption by the
    executive) when one applies. Returns the page."""
    return once(
        user,
        idempotency_key,
        "submit_action_plan",
        ActionPlanPage,
        lambda: _submit(user, project, **kwargs),
    )


def _submit(
    user,
    project,
    *,
    title,
    summary,
    objectives,
    success_criteria="",
    actions=(),
    local_authority=None,
):
    """A participating collectivité writes its action plan (a draft page under the project, with
    its actions) and submits it to the page's workflow (validation, then adoption by the
    executive) when one applies. Returns the page."""
    project = current_project(project)
    authority = acting_authority(user, local_authority)
    participants = Enrollment.objects.filter(project_id=project.pk).confirmed_participants()
    if not participants.filter(local_authority=authority).exists():
        raise ServiceError(
            "Seule une collectivité partie prenante du projet écrit un plan d'action.",
            FORBIDDEN,
            "local_authority",
        )
    if not (title or "").strip():
        raise ServiceError("Donnez un titre au plan d'action.", REQUIRED, "title")
    if not (summary or "").strip():
        raise ServiceError("Résumez le plan d'action.", REQUIRED, "summary")
    if not (objectives or "").strip():
        raise ServiceError("Énoncez les objectifs du plan.", REQUIRED, "objectives")
    plan = ActionPlanPage(
        title=title.strip(),
        slug=free_slug(project, f"plan-{authority.name}", "plan"),
        local_authority=authority,
        summary=summary.strip()[:800],
        objectives=paragraphs_html(objectives),
        success_criteria=paragraphs_html(success_criteria),
        live=False,
        owner=user,
    )
    for index, item in enumerate(actions or ()):
        action = Action(
            title=(item.get("title") or "").strip(),
            description=item.get("description") or "",
            owner=(item.get("owner") or "").strip(),
            deadline=item.get("deadline"),
            indicator=item.get("indicator") or "",
            status=item.get("status") or Action.Status.NOT_STARTED,
            progress=item.get("progress") or 0,
            sort_order=index,
        )
        if not action.title or not action.owner:
            raise ServiceError(
                f"Action n° {index + 1} : l'intitulé et le porteur sont requis.",
                REQUIRED,
                "actions",
            )
        action.full_clean(exclude=["plan"])
        plan.actions.add(action)
    plan._parent_for_validation = project
    project.add_child(instance=plan)
    revision = plan.save_revision(user=user, log_action=True)
    workflow = plan.get_workflow()
    if workflow is not None:
        workflow.start(plan, user)
    plan.latest_revision_id = revision.pk
    return plan
