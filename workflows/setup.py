"""The platform's three moderation workflows, created idempotently (migration and `ensure_roles`).

- « Contribution d'une collectivité » : relecture par le référent (facultative) → modération ANCT ;
  on the "experiences" and "ressources" sections.
- « Plan d'action » : relecture par les experts → adoption par l'exécutif → publication par l'ANCT ;
  on the shared projects' sections.
- « Contenu éditorial » : relecture éditoriale ANCT ; on the whole site (home), for the rest.

Run before the groups or sections exist (the migration), it creates the workflows and tasks; run
again by `ensure_roles()`, it gives the tasks their groups and assigns the workflows to sections.
Existing assignments and group choices made in the admin are kept.
"""

from django.apps import apps as global_apps

from cms.roles import ROLE_EDITORS, ROLE_EXPERTS, ROLE_MODERATORS, ROLE_NAMES

CONTRIBUTION = "Contribution d'une collectivité"
ACTION_PLAN = "Plan d'action"
EDITORIAL = "Contenu éditorial"

# workflow name → [(task model "app.Model", task name, role keys of its groups)]
WORKFLOWS = {
    CONTRIBUTION: [
        ("workflows.ReferentReviewTask", "Relecture par le référent de la collectivité", []),
        ("workflows.ModerationTask", "Modération ANCT", [ROLE_MODERATORS]),
    ],
    ACTION_PLAN: [
        ("wagtailcore.GroupApprovalTask", "Relecture par l'équipe d'experts", [ROLE_EXPERTS]),
        (
            "workflows.ExecutiveAdoptionTask",
            "Adoption par l'exécutif de la collectivité",
            [ROLE_EDITORS],
        ),
        (
            "wagtailcore.GroupApprovalTask",
            "Publication par l'ANCT",
            [ROLE_MODERATORS, ROLE_EDITORS],
        ),
    ],
    EDITORIAL: [
        (
            "wagtailcore.GroupApprovalTask",
            "Relecture éditoriale ANCT",
            [ROLE_EDITORS, ROLE_MODERATORS],
        ),
    ],
}

CONTRIBUTION_SECTION_SLUGS = ["experiences", "ressources"]


def ensure_workflows(apps=global_apps):
    """Create what is missing; returns {workflow name: Workflow}."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")

    workflows = {}
    for workflow_name, steps in WORKFLOWS.items():
        workflow, _ = Workflow.objects.get_or_create(name=workflow_name)
        workflows[workflow_name] = workflow
        for order, (model_name, task_name, roles) in enumerate(steps):
            app_label, model = model_name.split(".")
            task_model = apps.get_model(app_label, model)
            content_type = ContentType.objects.get_for_model(task_model)
            task = task_model.objects.filter(name=task_name, content_type=content_type).first()
            if task is None:
                task = task_model.objects.create(name=task_name, content_type=content_type)
            if hasattr(task, "groups") and not task.groups.exists():
                groups = Group.objects.filter(name__in=[ROLE_NAMES[role] for role in roles])
                task.groups.add(*groups)
            if not WorkflowTask.objects.filter(workflow=workflow, task_id=task.pk).exists():
                WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=order)

    def assign(page_ids, workflow):
        for page_id in page_ids:
            if not WorkflowPage.objects.filter(page_id=page_id).exists():
                WorkflowPage.objects.create(page_id=page_id, workflow=workflow)

    home_type = ContentType.objects.filter(app_label="cms", model="homepage").first()
    if home_type is not None:
        assign(
            Page.objects.filter(content_type=home_type).values_list("pk", flat=True),
            workflows[EDITORIAL],
        )
    index_type = ContentType.objects.filter(
        app_label="inspiration", model="inspirationindexpage"
    ).first()
    if index_type is not None:
        assign(
            Page.objects.filter(
                content_type=index_type, slug__in=CONTRIBUTION_SECTION_SLUGS
            ).values_list("pk", flat=True),
            workflows[CONTRIBUTION],
        )
    projects_type = ContentType.objects.filter(
        app_label="projects", model="sharedprojectindexpage"
    ).first()
    if projects_type is not None:
        assign(
            Page.objects.filter(content_type=projects_type).values_list("pk", flat=True),
            workflows[ACTION_PLAN],
        )
    return workflows


def contribution_workflow():
    from wagtail.models import Workflow

    workflow = Workflow.objects.filter(name=CONTRIBUTION, active=True).first()
    if workflow is None:
        ensure_workflows()
        workflow = Workflow.objects.get(name=CONTRIBUTION)
    return workflow
