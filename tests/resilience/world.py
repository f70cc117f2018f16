"""The kill test's database, seen by processes of their own (the server is killed between them).

    python -m tests.resilience.world seed    # prints identities (tokens), proposals, projects
    python -m tests.resilience.world check   # prints what the database holds, and its problems

Both as one JSON line, with DJANGO_SETTINGS_MODULE and DATABASE_URL set.
"""

import datetime
import json


def seed():
    from django.utils import timezone

    from cms.models import HomePage, LocalAuthority
    from cms.roles import ensure_roles
    from cms.tokens import create_token
    from projects.models import SharedProjectPage, ThemeProposal, VotingCampaign
    from tests import factories as f
    from tests.workflows.factories import UserFactory

    home = HomePage.objects.get()
    f.InspirationIndexPageFactory(
        parent=home, title="Expériences territoriales", slug="experiences"
    )
    projects = f.SharedProjectIndexPageFactory(parent=home, title="Projets partagés")
    ensure_roles()
    theme = f.ThemeFactory()
    now = timezone.now()
    campaign = VotingCampaign.objects.create(
        title="Campagne de vote",
        opens_at=now - datetime.timedelta(hours=1),
        closes_at=now + datetime.timedelta(days=7),
        vote_limit=3,
    )
    proposals = [
        ThemeProposal.objects.create(
            title=f"Thème proposé {i}",
            description="Proposition pour le test d'arrêt brutal.",
            theme=theme,
            campaign=campaign,
            status=ThemeProposal.Status.APPROVED,
            moderated_at=now,
        ).pk
        for i in range(6)
    ]
    shared_projects = [
        f.SharedProjectPageFactory(
            parent=projects,
            title=f"Projet partagé {i}",
            slug=f"projet-partage-{i}",
            theme=theme,
            status=SharedProjectPage.Status.RECRUITING,
            participant_capacity=5,
        )
        for i in range(4)
    ]
    identities = []
    for i in range(8):
        authority = f.LocalAuthorityFactory(
            kind=LocalAuthority.Kind.COMMUNE, code=f"9{i:04d}", name=f"Commune {i}"
        )
        user = UserFactory(username=f"agent-{i}", role="contributors", authorities=[authority])
        identities.append({"authority": authority.pk, "token": create_token(user, "arrêt")})
    return {
        "identities": identities,
        "proposals": proposals,
        "projects": [project.slug for project in shared_projects],
        "project_ids": [project.pk for project in shared_projects],
    }


def check():
    """Structural problems, and the writes present: submissions, votes, enrolments."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from wagtail.models import Page, Revision, WorkflowState

    from inspiration.models import ExperiencePage
    from projects.models import Enrollment, ThemeVote
    from workflows.models import Submission

    problems = []
    evil_chars, bad_steplen, orphans, wrong_depth, wrong_numchild = Page.find_problems()
    for name, found in (
        ("caractères interdits", evil_chars),
        ("longueur de pas", bad_steplen),
        ("pages orphelines", orphans),
        ("profondeur", wrong_depth),
        ("nombre d'enfants", wrong_numchild),
    ):
        if found:
            problems.append(f"arbre des pages, {name} : {list(found)}")
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = {str(pk) for pk in Page.objects.values_list("pk", flat=True)}
    orphan_revisions = [
        pk
        for pk, object_id in Revision.objects.filter(base_content_type=page_type).values_list(
            "pk", "object_id"
        )
        if object_id not in page_ids
    ]
    if orphan_revisions:
        problems.append(f"révisions orphelines : {orphan_revisions}")
    # A contribution is written whole or not at all: page, revision, submission, circuit.
    for page in ExperiencePage.objects.filter(live=False):
        if not Submission.objects.filter(page=page).exists():
            problems.append(f"page {page.pk} sans contribution")
        if page.latest_revision_id is None:
            problems.append(f"page {page.pk} sans révision")
        if not WorkflowState.objects.filter(
            base_content_type=page_type, object_id=str(page.pk)
        ).exists():
            problems.append(f"page {page.pk} hors circuit de validation")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA integrity_check")
            verdict = [row[0] for row in cursor.fetchall()]
        if verdict != ["ok"]:
            problems.append(f"PRAGMA integrity_check : {verdict}")
    return {
        "problems": problems,
        "submissions": list(Submission.objects.values_list("page_id", flat=True)),
        "titles": list(ExperiencePage.objects.values_list("title", flat=True)),
        "votes": [
            list(v) for v in ThemeVote.objects.values_list("local_authority_id", "proposal_id")
        ],
        "enrollments": [
            list(e) for e in Enrollment.objects.values_list("local_authority_id", "project__slug")
        ],
    }


if __name__ == "__main__":
    import sys

    import django

    django.setup()
    print(json.dumps(seed() if sys.argv[1] == "seed" else check()))
