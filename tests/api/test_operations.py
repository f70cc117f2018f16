"""The named operations of graphql/operations/ — what front ends run — executed end to end on a
site built with the factories (tests/api/content.py)."""

import re
from pathlib import Path

import pytest
from django.db import transaction
from django.test import override_settings

from cms.tokens import create_token
from tests.api import content

OPERATIONS = Path(__file__).resolve().parents[2] / "graphql" / "operations"
PROJECT = content.PROJECT_SLUG


FRAGMENTS = OPERATIONS / "fragments"


def operation(name):
    """The committed document, with the shared fragments (graphql/operations/fragments/) it spreads,
    as a client that bundles them (graphql-codegen) sends it."""
    return with_fragments((OPERATIONS / f"{name}.graphql").read_text(encoding="utf-8"))


def with_fragments(text):
    available = {}
    for path in FRAGMENTS.glob("*.graphql"):
        source = path.read_text(encoding="utf-8")
        for fragment in re.split(r"(?m)^(?=fragment )", source):
            match = re.match(r"fragment (\w+)", fragment)
            if match:
                available[match.group(1)] = fragment
    defined, pending = set(re.findall(r"(?m)^fragment (\w+)", text)), [text]
    parts = [text]
    while pending:
        for name in re.findall(r"\.\.\.\s*(\w+)", pending.pop()):
            if name in available and name not in defined:
                defined.add(name)
                parts.append(available[name])
                pending.append(available[name])
    return "\n".join(parts)


def test_every_committed_document_is_valid_against_the_schema():
    """What the site and other front ends run must stay valid when the schema changes."""
    from graphql import parse, validate

    from cms.api.schema import schema

    names = sorted(p.stem for p in OPERATIONS.glob("*.graphql"))
    assert names, "aucune opération commise"
    for name in names:
        errors = validate(schema.graphql_schema, parse(operation(name)))
        assert not errors, f"{name}: {errors}"


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once for the module and rolled back afterwards; each test's own changes are rolled
    back at its end (its transaction is a savepoint inside this one)."""
    media = tmp_path_factory.mktemp("operations-media")
    with (
        override_settings(MEDIA_ROOT=str(media)),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        yield content.build()
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_every_operation_returns_the_published_content(gql, site):
    assert {p.stem for p in OPERATIONS.glob("*.graphql")} >= {
        "ExperienceDetail",
        "ExperienceList",
        "Home",
        "Me",
        "Moderate",
        "Newsletter",
        "Node",
        "Preview",
        "SharedProject",
        "SubmitExperience",
        "ThemeOfTheMonth",
        "UpdateSubmission",
    }

    home = gql(operation("Home"))
    assert home["page"]["title"] == "Territoires en commun"
    assert {"/experiences/", "/projets-partages/"} <= {
        edge["node"]["urlPath"] for edge in home["page"]["children"]["edges"]
    }
    assert [c["__typename"] for c in home["page"]["body"]] == [
        "BodyParagraph",
        "BodyQuote",
        "BodyImage",
        "BodyDocument",
        "BodyKeyFigures",
        "BodyCallToAction",
        "BodyFaq",
    ]
    cta = home["page"]["body"][5]["callToAction"]
    assert cta["link"]["page"]["urlPath"] == "/projets-partages/"
    assert home["inspirationThemes"]["edges"][0]["node"]["title"] == "La démocratie culturelle"
    assert [e["node"]["title"] for e in home["events"]["edges"]] == [site.event.title]
    assert [p["node"]["urlPath"] for p in home["sharedProjects"]["edges"]] == [
        f"/projets-partages/{PROJECT}/"
    ]

    theme = gql(operation("ThemeOfTheMonth"))["inspirationThemes"]["edges"][0]["node"]
    assert theme["month"] == "2021-06-01"
    assert [e["title"] for e in theme["featuredExperiences"]] == [
        "La commune de Séné, précurseur de la démocratie culturelle"
    ]
    assert theme["featuredExperiences"][0]["localAuthorities"] == [{"name": "Séné"}]
    assert [r["title"] for r in theme["featuredResources"]] == [site.resource.title]
    assert [e["title"] for e in theme["featuredEvents"]] == [site.event.title]
    assert theme["nextThemeTitle"] == "La crise sanitaire et la démocratie"
    assert theme["nextThemeMonth"] == "2021-07-01"
    rendition = theme["image"]["rendition"]
    assert (rendition["width"], rendition["height"]) == (1200, 630)
    assert rendition["url"].endswith(".webp")
    assert theme["image"]["srcSet"].count("w,") == 1  # two widths, comma separated

    listing = gql(operation("ExperienceList"), {"first": 10})
    assert listing["experiences"]["totalCount"] == 3
    assert {"culture", "democratie"} <= {t["slug"] for t in listing["themes"]}
    by_department = gql(operation("ExperienceList"), {"filter": {"department": "87"}})
    assert [e["node"]["title"] for e in by_department["experiences"]["edges"]] == [
        "Haute-Vienne : la lecture citoyenne"
    ]
    in_morbihan = gql(operation("ExperienceList"), {"filter": {"department": "56"}})
    assert [e["node"]["title"] for e in in_morbihan["experiences"]["edges"]] == [
        site.experiences.sene.title
    ]
    # Filters take the global ids the listing gives with each theme.
    culture_id = next(t["id"] for t in listing["themes"] if t["slug"] == "culture")
    culture = gql(
        operation("ExperienceList"), {"filter": {"theme": culture_id, "participationLevel": 6}}
    )["experiences"]["edges"]
    assert [e["node"]["title"] for e in culture] == [site.experiences.sene.title]
    assert culture[0]["node"]["participationLevel"]["level"] == 6
    assert culture[0]["node"]["localAuthorities"][0]["department"]["code"] == "56"

    detail = gql(
        operation("ExperienceDetail"),
        {"urlPath": "/experiences/sene-precurseur-de-la-democratie-culturelle/"},
    )
    page = detail["page"]
    assert [a["name"] for a in page["localAuthorities"]] == ["Séné"]
    assert page["participationLevel"]["label"].startswith("6")
    assert [a["urlPath"] for a in page["ancestors"]] == ["/", "/experiences/"]
    assert page["body"][0]["paragraph"]["html"].startswith("<p>Les habitants choisissent")
    assert page["body"][2]["image"]["image"]["rendition"]["url"]
    assert page["body"][4]["keyFigures"]["figures"][0]["value"] == "100 %"
    assert page["sources"] == [{"url": "", "page": {"urlPath": "/ressources/"}}]

    # Any object comes back by its global id alone, whatever its type.
    for global_id, expected in [
        (page["id"], {"__typename": "ExperiencePage", "title": site.experiences.sene.title}),
        (page["themes"][0]["id"], {"__typename": "Theme", "slug": page["themes"][0]["slug"]}),
        (page["localAuthorities"][0]["id"], {"__typename": "LocalAuthority", "name": "Séné"}),
    ]:
        node = gql(operation("Node"), {"id": global_id})["node"]
        assert node["id"] == global_id
        assert expected.items() <= node.items()

    project_id = gql(
        "query($slug: String!) { sharedProject(slug: $slug) { id } }", {"slug": PROJECT}
    )["sharedProject"]["id"]
    project = gql(operation("SharedProject"), {"id": project_id})
    shared = project["sharedProject"]
    assert {p["name"] for p in shared["participants"]} == {
        "Mantes-la-Jolie",
        "Bourges",
        "Niort",
        "Guichen",
    }
    assert {o["name"] for o in shared["observers"]} == {"Séné", "Nantes"}
    assert [w["name"] for w in shared["waitingList"]] == ["Audierne"]
    assert [e["name"] for e in shared["experts"]] == ["Camille Lefèvre"]
    assert shared["currentStage"]["kind"] == "CREATIVITY_DIVERGENCE"
    assert len(shared["stages"]) == 8
    assert project["journalEntries"]["totalCount"] == 2
    assert {e["node"]["stage"]["kind"] for e in project["journalEntries"]["edges"]} == {"DIAGNOSIS"}
    # Guichen's action plan is a draft: not published, so not listed.
    plans = [e["node"] for e in project["actionPlans"]["edges"]]
    assert [(p["localAuthority"]["name"], p["progress"]) for p in plans] == [("Bourges", 40)]
    assert [a["title"] for a in plans[0]["actions"]] == ["Ouvrir la programmation aux habitants"]

    newsletter = gql(operation("Newsletter"))["newsletters"]["edges"][0]["node"]
    assert newsletter["editionNumber"] == 1
    kinds = [section["__typename"] for section in newsletter["sections"]]
    assert kinds == [
        "NewsletterSectionIntro",
        "NewsletterSectionConceptOfTheMonth",
        "NewsletterSectionThemeOfTheMonth",
        "NewsletterSectionFeaturedPages",
        "NewsletterSectionEcosystemNews",
        "NewsletterSectionAgenda",
        "NewsletterSectionNextThemeCall",
        "NewsletterSectionCallToAction",
    ]
    sections = newsletter["sections"]
    assert sections[1]["conceptOfTheMonth"]["concept"]["title"] == site.concept.title
    assert sections[2]["themeOfTheMonth"]["theme"]["urlPath"] == (
        "/thematiques-d-inspiration/la-democratie-culturelle/"
    )
    assert [p["contentType"] for p in sections[3]["featuredPages"]["pages"]] == [
        "inspiration.ExperiencePage",
        "inspiration.ResourcePage",
    ]
    assert sections[5]["agenda"]["events"][0]["localStart"].startswith("2021-06-15T11:30")

    plan = site.action_plan.get_latest_revision_as_object()
    token = plan.create_page_preview().token
    preview = gql(operation("Preview"), {"token": token})["page"]
    assert preview["contentType"] == "projects.ActionPlanPage"
    assert preview["localAuthority"]["name"] == "Guichen"
    assert [a["title"] for a in preview["actions"]] == ["Créer un conseil culturel citoyen"]


@pytest.mark.django_db
def test_submission_operations_take_a_contribution_to_publication(gql, site):
    """A Séné contributor submits, the moderator asks for changes then approves: the operations a
    contribution front end runs, with Bearer tokens."""
    contributor = create_token(site.users.contributor)
    moderator = create_token(site.users.moderator)
    vocabularies = gql(operation("ExperienceList"), {"first": 1})
    culture = next(t["id"] for t in vocabularies["themes"] if t["slug"] == "culture")
    rural = next(t["id"] for t in vocabularies["territoryTypes"] if t["slug"] == "ruralites")

    submitted = gql(
        operation("SubmitExperience"),
        {
            "input": {
                "title": "Un conseil citoyen de la culture à Séné",
                "summary": "Des habitants tirés au sort donnent leur avis sur la saison culturelle.",
                "body": "Premier paragraphe.\n\nSecond paragraphe.",
                "themes": [culture],
                "territoryTypes": [rural],
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
