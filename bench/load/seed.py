"""The data of the load test, on top of bench/generate.py's pages: one open voting campaign with
approved theme proposals, shared projects open for enrolment, and as many collectivités as
clients need, each with one member account and its Bearer token (so that every vote and every
enrolment is legitimately distinct). Writes the identities (tokens in clear) to a JSON file that
only the load test reads.

    DATABASE_URL=… DJANGO_SETTINGS_MODULE=bench.settings python -m bench.load.seed --out var/load/identities.json
"""

import argparse
import datetime
import json
import time
from pathlib import Path

import django

PROPOSALS = [
    "Alimentation locale dans la restauration scolaire",
    "Tiers-lieux et services publics itinérants",
    "Mobilités rurales partagées",
    "Budget participatif des jeunes",
    "Santé mentale et isolement",
    "Rénovation énergétique des écoles",
    "Culture dans les quartiers prioritaires",
    "Inclusion numérique des aînés",
    "Eau et sécheresse",
    "Accueil des nouveaux habitants",
]


def seed(
    *, pages, authorities, projects, capacity, vote_limit, index_pages, burst=13, stdout=print
):
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from wagtail.search import index as search_index

    from bench.generate import generate
    from bench.load.operations import global_id
    from cms.models import HomePage, LocalAuthority, LocalAuthorityMembership, Theme
    from cms.roles import ROLE_CONTRIBUTORS, ensure_roles
    from cms.tokens import create_token
    from inspiration.models import InspirationIndexPage
    from projects.models import (
        SharedProjectIndexPage,
        SharedProjectPage,
        ThemeProposal,
        VotingCampaign,
    )
    from workflows.setup import ensure_workflows

    started = time.perf_counter()
    generate(pages, stdout=stdout)
    bench_index = InspirationIndexPage.objects.get(slug=f"banc-{pages}")
    experiences = list(
        bench_index.get_children().specific().order_by("path")[: max(index_pages, 0)]
    )
    for page in experiences:  # generate() bulk-inserts without indexing: index a share for search
        search_index.insert_or_update_object(page)
    page_ids = list(bench_index.get_children().order_by("path").values_list("pk", flat=True))

    User = get_user_model()
    now = timezone.now()
    with transaction.atomic():
        themes = list(Theme.objects.order_by("pk"))
        campaign = VotingCampaign.objects.create(
            title="Campagne de vote (test de charge)",
            opens_at=now - datetime.timedelta(hours=1),
            closes_at=now + datetime.timedelta(days=7),
            vote_limit=vote_limit,
        )
        staff = User.objects.create_user("charge-anct", "anct@example.org", is_superuser=True)
        department, _ = LocalAuthority.objects.get_or_create(
            kind="departement", code="87", defaults={"name": "Haute-Vienne"}
        )
        # Members are their collectivité's contributors: they submit experiences too.
        contributors = ensure_roles()[ROLE_CONTRIBUTORS]
        ensure_workflows()  # the moderation workflow submissions start, created before the load
        identities = []
        for i in range(authorities + burst):
            authority = LocalAuthority.objects.create(
                kind="commune",
                code=f"L{i:05d}",
                name=f"Commune de charge {i + 1}",
                department=department,
            )
            user = User.objects.create_user(f"charge-{i + 1}", f"charge-{i + 1}@example.org")
            LocalAuthorityMembership.objects.create(user=user, local_authority=authority)
            user.groups.add(contributors)
            identities.append(
                {
                    "user": user.username,
                    "authority": authority.pk,
                    "token": create_token(user, "charge"),
                }
            )
        proposals = [
            ThemeProposal.objects.create(
                title=title,
                description="Proposition créée pour le test de charge.",
                theme=themes[i % len(themes)] if themes else None,
                campaign=campaign,
                status=ThemeProposal.Status.APPROVED,
                moderated_by=staff,
                moderated_at=now,
            ).pk
            for i, title in enumerate(PROPOSALS)
        ]
        home = HomePage.objects.get()
        if not InspirationIndexPage.objects.filter(slug="experiences").exists():
            # Where submitted experiences go (workflows/permissions.py SUBMISSION_SECTIONS).
            home.add_child(instance=InspirationIndexPage(title="Expériences", slug="experiences"))
        project_index = SharedProjectIndexPage.objects.order_by("path").first()
        if project_index is None:
            project_index = home.add_child(
                instance=SharedProjectIndexPage(title="Projets partagés", slug="projets-partages")
            )
        slugs, project_ids = [], {}
        for i in range(projects + 1):
            title = f"Projet partagé de charge {i + 1}" if i < projects else "Projet de la course"
            page = project_index.add_child(
                instance=SharedProjectPage(
                    title=title,
                    slug=slugify(title),
                    theme=themes[i % len(themes)],
                    status=SharedProjectPage.Status.RECRUITING,
                    summary="Projet partagé créé pour le test de charge.",
                    participant_capacity=capacity if i < projects else 3,
                )
            )
            slugs.append(page.slug)
            project_ids[page.slug] = global_id("SharedProjectPage", page.pk)
    data = {
        "campaign": campaign.pk,
        "vote_limit": vote_limit,
        "proposals": proposals,
        # What the clients send: the API designates objects by their Relay global ids.
        "proposal_ids": {str(pk): global_id("ThemeProposal", pk) for pk in proposals},
        "projects": slugs[:projects],
        "project_ids": project_ids,
        "themes": [global_id("Theme", theme.pk) for theme in themes],
        "capacity": capacity,
        "pages": [global_id("ExperiencePage", pk) for pk in page_ids],
        "identities": identities[:authorities],
        # Kept out of the clients' hands, for the races run after the load (run.py).
        "burst": identities[authorities:],
        "race_project": slugs[projects],
    }
    stdout(
        f"Données du test de charge : {authorities} collectivités avec jeton, {len(proposals)} thèmes "
        f"au vote, {projects} projets partagés ({capacity} places), {len(experiences)} pages indexées, "
        f"en {time.perf_counter() - started:.1f} s"
    )
    return data


def main():
    parser = argparse.ArgumentParser(description="Données du test de charge.")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--authorities", type=int, default=200)
    parser.add_argument("--projects", type=int, default=8)
    parser.add_argument("--capacity", type=int, default=5)
    parser.add_argument("--vote-limit", type=int, default=3)
    parser.add_argument("--index-pages", type=int, default=200)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    django.setup()
    data = seed(
        pages=args.pages,
        authorities=args.authorities,
        projects=args.projects,
        capacity=args.capacity,
        vote_limit=args.vote_limit,
        index_pages=args.index_pages,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=1))


if __name__ == "__main__":
    main()
