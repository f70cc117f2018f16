"""The named operations of graphql/operations/ — what front ends run — return the demo content."""

from pathlib import Path

import pytest
from django.core.management import call_command

from inspiration.models import ExperiencePage
from projects.models import ActionPlanPage

OPERATIONS = Path(__file__).resolve().parents[2] / "graphql" / "operations"
PROJECT = "co-construire-la-politique-culturelle-avec-ses-habitants"


def operation(name):
    return (OPERATIONS / f"{name}.graphql").read_text(encoding="utf-8")


@pytest.mark.django_db
def test_every_operation_returns_the_demo_content(gql):
    call_command("load_demo", quiet=True)
    assert sorted(p.stem for p in OPERATIONS.glob("*.graphql")) == [
        "ExperienceDetail",
        "ExperienceList",
        "Home",
        "Me",
        "Moderate",
        "Newsletter",
        "Preview",
        "SharedProject",
        "SubmitExperience",
        "ThemeOfTheMonth",
        "UpdateSubmission",
    ]

    home = gql(operation("Home"))
    assert home["page"]["title"] == "Territoires en commun"
    assert {"/experiences/", "/projets-partages/"} <= {
        edge["node"]["urlPath"] for edge in home["page"]["children"]["edges"]
    }
    assert home["inspirationThemes"]["edges"][0]["node"]["title"] == "La démocratie culturelle"

    theme = gql(operation("ThemeOfTheMonth"))["inspirationThemes"]["edges"][0]["node"]
    assert theme["month"] == "2021-06-01"
    assert {e["title"] for e in theme["featuredExperiences"]} >= {
        "La commune de Séné, précurseur de la démocratie culturelle"
    }
    assert theme["nextThemeTitle"] == "La crise sanitaire et la démocratie"
    assert theme["image"]["rendition"]["width"] == 1200 and theme["image"]["rendition"][
        "url"
    ].endswith(".webp")

    listing = gql(operation("ExperienceList"), {"first": 10})
    assert listing["experiences"]["totalCount"] == 3
    by_department = gql(operation("ExperienceList"), {"filter": {"department": "87"}})[
        "experiences"
    ]
    assert [e["node"]["title"] for e in by_department["edges"]] == [
        ExperiencePage.objects.get(slug="haute-vienne-la-lecture-citoyenne").title
    ]
    culture = gql(
        operation("ExperienceList"), {"filter": {"theme": "culture", "participationLevel": 6}}
    )
    assert all(
        e["node"]["participationLevel"]["level"] == 6 for e in culture["experiences"]["edges"]
    )

    detail = gql(
        operation("ExperienceDetail"),
        {"urlPath": "/experiences/sene-precurseur-de-la-democratie-culturelle/"},
    )
    page = detail["page"]
    assert [a["name"] for a in page["localAuthorities"]][0] == "Séné"
    assert page["participationLevel"]["label"].startswith("6")
    assert [a["urlPath"] for a in page["ancestors"]] == ["/", "/experiences/"]
    assert page["body"], "le récit de l'expérience est vide"

    project = gql(operation("SharedProject"), {"slug": PROJECT})
    participants = {p["name"] for p in project["sharedProject"]["participants"]}
    assert participants == {"Mantes-la-Jolie", "Bourges", "Niort", "Guichen"}
    assert project["sharedProject"]["currentStage"] is not None
    assert len(project["sharedProject"]["stages"]) == 8
    assert project["journalEntries"]["totalCount"] >= 2
    # The action plan is a draft: not published, so not listed.
    assert project["actionPlans"]["edges"] == []

    newsletter = gql(operation("Newsletter"))["newsletters"]["edges"][0]["node"]
    kinds = {section["__typename"] for section in newsletter["sections"]}
    assert {
        "NewsletterSectionConceptOfTheMonth",
        "NewsletterSectionThemeOfTheMonth",
        "NewsletterSectionAgenda",
    } <= kinds

    plan = ActionPlanPage.objects.get(live=False).get_latest_revision_as_object()
    token = plan.create_page_preview().token
    preview = gql(operation("Preview"), {"token": token})["page"]
    assert preview["contentType"] == "projects.ActionPlanPage"
    assert preview["localAuthority"]["name"] == "Guichen" and preview["actions"]


@pytest.mark.django_db
def test_submission_operations_take_a_contribution_to_publication(gql):
    """A Séné contributor submits, the moderator asks for changes then approves: the operations a
    contribution front end runs, with Bearer tokens of the demo accounts."""
    from django.contrib.auth import get_user_model

    from cms.tokens import create_token

    call_command("load_demo", quiet=True)
    users = get_user_model().objects
    contributor = create_token(users.get(username="contributeur"))
    moderator = create_token(users.get(username="moderateur"))

    submitted = gql(
        operation("SubmitExperience"),
        {
            "input": {
                "title": "Un conseil citoyen de la culture à Séné",
                "summary": "Des habitants tirés au sort donnent leur avis sur la saison culturelle.",
                "body": "Premier paragraphe.\n\nSecond paragraphe.",
                "themes": ["culture"],
                "territoryTypes": ["ruralites"],
                "participationLevel": 5,
            }
        },
        token=contributor,
    )["submitExperience"]
    assert submitted["errors"] == []
    submission = submitted["submission"]
    assert submission["localAuthority"]["name"] == "Séné"

    listing = gql(operation("ExperienceList"), {"first": 50})["experiences"]["edges"]
    assert "Un conseil citoyen de la culture à Séné" not in [e["node"]["title"] for e in listing]

    queue = gql(operation("Me"), token=moderator)["me"]["moderationQueue"]
    assert submission["id"] in [item["id"] for item in queue]

    changes = gql(
        operation("Moderate"),
        {
            "submission": submission["id"],
            "action": "REQUEST_CHANGES",
            "comment": "Précisez le tirage au sort.",
            "reasons": ["UNCLEAR"],
        },
        token=moderator,
    )["moderate"]
    assert changes["errors"] == []
    mine = gql(operation("Me"), token=contributor)["me"]["submissions"]
    entry = next(item for item in mine if item["id"] == submission["id"])
    assert any("tirage au sort" in comment["comment"] for comment in entry["comments"])

    resubmitted = gql(
        operation("UpdateSubmission"),
        {
            "id": submission["id"],
            "baseRevisionId": entry["latestRevisionId"],
            "input": {
                "summary": "Vingt habitants tirés au sort sur les listes électorales donnent leur avis."
            },
        },
        token=contributor,
    )["updateSubmission"]
    assert resubmitted["errors"] == []

    refused = gql(
        operation("Moderate"),
        {"submission": submission["id"], "action": "APPROVE"},
        token=contributor,
    )["moderate"]
    assert refused["errors"] and refused["errors"][0]["code"] == "FORBIDDEN"

    approved = gql(
        operation("Moderate"),
        {"submission": submission["id"], "action": "APPROVE"},
        token=moderator,
    )["moderate"]
    assert approved["errors"] == [] and approved["submission"]["live"] is True
    listing = gql(operation("ExperienceList"), {"first": 50})["experiences"]["edges"]
    assert "Un conseil citoyen de la culture à Séné" in [e["node"]["title"] for e in listing]
