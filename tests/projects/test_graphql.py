"""Participation through GraphQL: typed refusals, read fields, and a collectivité's journey."""

import datetime

import pytest
from django.utils import timezone

from cms.tokens import create_token
from projects.models import Enrollment, JournalEntryPage, ThemeProposal, ThemeVote
from tests.factories import (
    LocalAuthorityFactory,
    SharedProjectIndexPageFactory,
    SharedProjectPageFactory,
    SharedProjectStageFactory,
    ThemeFactory,
)
from tests.ids import gid
from tests.projects.factories import ThemeProposalFactory, VotingCampaignFactory, member_of

pytestmark = pytest.mark.django_db

PROPOSE = """mutation($title: String!, $description: String!, $theme: ID) {
  proposeTheme(title: $title, description: $description, theme: $theme) {
    proposal { id title status localAuthority { name } }
    errors { field code message }
  }
}"""
VOTE = """mutation($proposal: ID!, $authority: ID) {
  voteForTheme(proposal: $proposal, localAuthority: $authority) {
    proposal { id voteCount } remainingVotes errors { field code message }
  }
}"""
WITHDRAW_VOTE = """mutation($proposal: ID!) {
  withdrawVote(proposal: $proposal) { proposal { voteCount } errors { field code message } }
}"""
MODERATE = """mutation($proposal: ID!, $action: ThemeModerationAction!, $campaign: ID) {
  moderateThemeProposal(proposal: $proposal, action: $action, campaign: $campaign) {
    proposal { status } errors { field code message }
  }
}"""
SELECT = """mutation($proposal: ID!) {
  selectThemeProposal(proposal: $proposal, publish: true, participantCapacity: 3) {
    projectId projectSlug errors { field code message }
  }
}"""
ENROLL = """mutation($project: ID!, $role: EnrollmentRole!, $authority: ID) {
  enroll(project: $project, role: $role, localAuthority: $authority) {
    enrollment { role status waitingRank localAuthority { name } }
    errors { field code message }
  }
}"""
WITHDRAW = """mutation($project: ID!) {
  withdrawEnrollment(project: $project) {
    enrollment { status } promoted { name } errors { field code message }
  }
}"""
POST = """mutation($project: ID!, $title: String!, $summary: String!, $stage: ID) {
  postJournalEntry(project: $project, title: $title, summary: $summary, stage: $stage,
                   body: "Nous avons arpenté le quartier.") {
    entry { title stage { kind } authorAuthority { name } }
    errors { field code message }
  }
}"""
CAPACITY = """mutation($project: ID!, $capacity: Int!) {
  setParticipantCapacity(project: $project, capacity: $capacity) {
    participantCapacity errors { field code message }
  }
}"""
RANKING = """query { themeRanking { rank votes proposal { title } } }"""
PROJECT = """query($slug: String!) {
  sharedProject(slug: $slug) {
    participants { name } observers { name } waitingList { name } currentStage { kind }
  }
}"""


def token_for(authority):
    return create_token(member_of(authority))


def errors_of(data, name):
    return [(e["field"], e["code"]) for e in data[name]["errors"]]


def test_mutations_need_a_token(gql):
    data = gql(VOTE, {"proposal": "1"})
    assert errors_of(data, "voteForTheme") == [(None, "UNAUTHENTICATED")]


def test_bad_votes_are_typed_errors_and_change_nothing(gql):
    authority = LocalAuthorityFactory()
    token = token_for(authority)
    campaign = VotingCampaignFactory(vote_limit=1)
    first, second = ThemeProposalFactory(campaign=campaign), ThemeProposalFactory(campaign=campaign)
    closed = ThemeProposalFactory(
        campaign=VotingCampaignFactory(
            opens_at=timezone.now() - datetime.timedelta(days=9),
            closes_at=timezone.now() - datetime.timedelta(days=2),
        )
    )
    ok = gql(VOTE, {"proposal": gid(first)}, token)["voteForTheme"]
    assert ok["errors"] == [] and ok["proposal"]["voteCount"] == 1 and ok["remainingVotes"] == 0
    cases = [
        ({"proposal": gid(first)}, ("proposal", "ALREADY_VOTED")),
        ({"proposal": gid(second)}, ("proposal", "VOTE_LIMIT_REACHED")),
        ({"proposal": gid(closed)}, ("proposal", "CAMPAIGN_CLOSED")),
        ({"proposal": gid(424242, "ThemeProposal")}, ("proposal", "NOT_FOUND")),
        # The numeric ids of the past, and ids of another type, are refused before any rule.
        ({"proposal": str(second.pk)}, ("proposal", "INVALID_ID")),
        ({"proposal": gid(second.pk, "Theme")}, ("proposal", "INVALID_ID")),
        (
            {"proposal": gid(second), "authority": gid(LocalAuthorityFactory())},
            ("localAuthority", "NOT_A_MEMBER"),
        ),
        (
            {"proposal": gid(second), "authority": str(LocalAuthorityFactory().pk)},
            ("localAuthority", "INVALID_ID"),
        ),
    ]
    for variables, expected in cases:
        data = gql(VOTE, variables, token)
        assert errors_of(data, "voteForTheme") == [expected], variables
        assert data["voteForTheme"]["proposal"] is None
        message = data["voteForTheme"]["errors"][0]["message"]
        assert message and "Error" not in message
    assert ThemeVote.objects.count() == 1


def test_bad_enrolments_and_journal_posts(gql):
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=3)
    observer = LocalAuthorityFactory()
    token = token_for(observer)
    data = gql(ENROLL, {"project": gid(project), "role": "OBSERVER"}, token)
    assert data["enroll"]["enrollment"]["status"] == "CONFIRMED"
    data = gql(ENROLL, {"project": gid(project), "role": "PARTICIPANT"}, token)
    assert errors_of(data, "enroll") == [("project", "ALREADY_ENROLLED")]
    data = gql(
        ENROLL,
        {"project": gid(project), "role": "PARTICIPANT", "authority": gid(LocalAuthorityFactory())},
        token,
    )
    assert errors_of(data, "enroll") == [("localAuthority", "NOT_A_MEMBER")]
    data = gql(ENROLL, {"project": gid(424242, "SharedProjectPage"), "role": "OBSERVER"}, token)
    assert errors_of(data, "enroll") == [("project", "NOT_FOUND")]
    # A slug (the argument of the past) or the id of another page type: INVALID_ID, in French.
    for wrong in (project.slug, gid(project.pk, "ExperiencePage")):
        data = gql(ENROLL, {"project": wrong, "role": "OBSERVER"}, token)
        assert errors_of(data, "enroll") == [("project", "INVALID_ID")]
        assert "identifiant global" in data["enroll"]["errors"][0]["message"]
    data = gql(POST, {"project": gid(project), "title": "Séance", "summary": "Résumé"}, token)
    assert errors_of(data, "postJournalEntry") == [("project", "OBSERVER_CANNOT_POST")]
    assert "observatrice" in data["postJournalEntry"]["errors"][0]["message"]
    assert Enrollment.objects.count() == 1 and not JournalEntryPage.objects.exists()


def test_capacity_below_participants_through_graphql(gql, anct):
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=4)
    for _ in range(4):
        gql(
            ENROLL,
            {"project": gid(project), "role": "PARTICIPANT"},
            token_for(LocalAuthorityFactory()),
        )
    data = gql(CAPACITY, {"project": gid(project), "capacity": 3}, create_token(anct))
    assert errors_of(data, "setParticipantCapacity") == [
        ("participantCapacity", "CAPACITY_BELOW_PARTICIPANTS")
    ]
    data = gql(
        CAPACITY, {"project": gid(project), "capacity": 5}, token_for(LocalAuthorityFactory())
    )
    assert errors_of(data, "setParticipantCapacity") == [(None, "FORBIDDEN")]


def test_waiting_list_and_promotion_through_graphql(gql):
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=3)
    authorities = [LocalAuthorityFactory(name=f"Commune {n}") for n in range(5)]
    tokens = [token_for(a) for a in authorities]
    for token in tokens:
        gql(ENROLL, {"project": gid(project), "role": "PARTICIPANT"}, token)
    data = gql(
        ENROLL, {"project": gid(project), "role": "PARTICIPANT"}, token_for(LocalAuthorityFactory())
    )
    assert data["enroll"]["enrollment"]["waitingRank"] == 3
    read = gql(PROJECT, {"slug": project.slug})["sharedProject"]
    assert [a["name"] for a in read["participants"]] == ["Commune 0", "Commune 1", "Commune 2"]
    assert [a["name"] for a in read["waitingList"]][:2] == ["Commune 3", "Commune 4"]
    data = gql(WITHDRAW, {"project": gid(project)}, tokens[0])["withdrawEnrollment"]
    assert data["errors"] == [] and data["promoted"] == [{"name": "Commune 3"}]
    read = gql(PROJECT, {"slug": project.slug})["sharedProject"]
    assert [a["name"] for a in read["participants"]] == ["Commune 1", "Commune 2", "Commune 3"]


def test_proposals_list_hides_unmoderated_ones_from_the_public(gql):
    ThemeProposalFactory(title="Visible")
    ThemeProposalFactory(title="En attente", status=ThemeProposal.Status.SUBMITTED)
    data = gql("query { themeProposals { title status voteCount } votingCampaigns { status } }")
    assert [p["title"] for p in data["themeProposals"]] == ["Visible"]
    assert data["votingCampaigns"][0]["status"] == "OPEN"


def test_a_collectivite_whole_journey(gql, anct):
    """Propose, have it approved, vote, see the ranking, the ANCT turns the winner into a shared
    project, enrol as participant, and post to the journal — all through GraphQL."""
    SharedProjectIndexPageFactory()
    theme = ThemeFactory(slug="transition-ecologique", name="Transition écologique")
    lorient = LocalAuthorityFactory(name="Lorient")
    token = token_for(lorient)
    anct_token = create_token(anct)
    campaign = VotingCampaignFactory(vote_limit=2)

    proposed = gql(
        PROPOSE,
        {
            "title": "Sobriété énergétique",
            "description": "Réduire nos consommations.",
            "theme": gid(theme),
        },
        token,
    )["proposeTheme"]
    assert proposed["errors"] == []
    assert proposed["proposal"]["status"] == "SUBMITTED"
    assert proposed["proposal"]["localAuthority"]["name"] == "Lorient"
    proposal_id = proposed["proposal"]["id"]
    # Not votable before moderation.
    assert errors_of(gql(VOTE, {"proposal": proposal_id}, token), "voteForTheme") == [
        ("proposal", "NOT_VOTABLE")
    ]
    # Only the ANCT moderates.
    assert errors_of(
        gql(MODERATE, {"proposal": proposal_id, "action": "APPROVE"}, token),
        "moderateThemeProposal",
    ) == [(None, "FORBIDDEN")]
    moderated = gql(
        MODERATE,
        {"proposal": proposal_id, "action": "APPROVE", "campaign": gid(campaign)},
        anct_token,
    )
    assert moderated["moderateThemeProposal"]["errors"] == []
    assert moderated["moderateThemeProposal"]["proposal"]["status"] == "APPROVED"

    # Lorient and two other collectivités vote; a competitor gets one vote.
    assert gql(VOTE, {"proposal": proposal_id}, token)["voteForTheme"]["errors"] == []
    for _ in range(2):
        gql(VOTE, {"proposal": proposal_id}, token_for(LocalAuthorityFactory()))
    other = ThemeProposalFactory(campaign=campaign, title="Mobilité")
    gql(VOTE, {"proposal": gid(other)}, token_for(LocalAuthorityFactory()))
    # Withdraw and vote again while the campaign is open.
    assert gql(WITHDRAW_VOTE, {"proposal": proposal_id}, token)["withdrawVote"]["errors"] == []
    gql(VOTE, {"proposal": proposal_id}, token)
    ranking = gql(RANKING)["themeRanking"]
    assert ranking[0] == {"rank": 1, "votes": 3, "proposal": {"title": "Sobriété énergétique"}}
    assert ranking[1]["votes"] == 1

    # The campaign closes; the ANCT turns the winner into a shared project.
    campaign.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    campaign.opens_at = timezone.now() - datetime.timedelta(days=30)
    campaign.save()
    assert errors_of(gql(VOTE, {"proposal": proposal_id}, token), "voteForTheme") == [
        ("proposal", "CAMPAIGN_CLOSED")
    ]
    selected = gql(SELECT, {"proposal": proposal_id}, anct_token)["selectThemeProposal"]
    assert selected["errors"] == []
    slug, project_id = selected["projectSlug"], selected["projectId"]

    # Lorient enrols as participant, with the project's global id.
    enrolled = gql(ENROLL, {"project": project_id, "role": "PARTICIPANT"}, token)["enroll"]
    assert enrolled["errors"] == []
    assert enrolled["enrollment"]["status"] == "CONFIRMED"
    read = gql(PROJECT, {"slug": slug})["sharedProject"]
    assert read["participants"] == [{"name": "Lorient"}]

    # The project's first stage begins; Lorient posts to the journal.
    from projects.models import SharedProjectPage

    project = SharedProjectPage.objects.get(slug=slug)
    stage = SharedProjectStageFactory(project=project, kind="diagnosis", status="in_progress")
    posted = gql(
        POST,
        {"project": project_id, "title": "Diagnostic en marchant", "summary": "Balade."},
        token,
    )["postJournalEntry"]
    assert posted["errors"] == []
    assert posted["entry"] == {
        "title": "Diagnostic en marchant",
        "stage": {"kind": "DIAGNOSIS"},
        "authorAuthority": {"name": "Lorient"},
    }
    journal = gql(
        "query($p: ID!) { journalEntries(project: $p) { totalCount edges { node { title } } } }",
        {"p": project_id},
    )["journalEntries"]
    assert journal["totalCount"] == 1
    assert stage.journal_entries.count() == 1


SUBMIT_PLAN = """mutation($project: ID!) {
  submitActionPlan(project: $project, title: "Plan d'action de Lorient",
    summary: "Sobriété dans les bâtiments communaux.",
    objectives: "Réduire de 20 % la consommation.\\n\\nAssocier les usagers.",
    actions: [{title: "Audit énergétique", owner: "Services techniques", status: IN_PROGRESS,
               progress: 40, deadline: "2027-06-30", indicator: "kWh économisés"}]) {
    planId revisionId inWorkflow errors { field code message }
  }
}"""
MODERATE_PLAN = """mutation($id: ID!, $date: Date, $ref: String) {
  moderate(submission: $id, action: APPROVE, adoptionDate: $date, deliberationReference: $ref) {
    errors { field code message }
  }
}"""


def test_action_plan_submitted_then_adopted_through_graphql(gql, anct, expert):
    """The end of the journey: a participant submits its action plan; the experts review it, the
    collectivité's executive adopts it (deliberation), the ANCT publishes it."""
    from cms.models import LocalAuthorityMembership
    from cms.roles import ensure_roles

    index = SharedProjectIndexPageFactory()
    ensure_roles()
    project = SharedProjectPageFactory(parent=index, status="in_progress", slug="sobriete")
    lorient = LocalAuthorityFactory(name="Lorient")
    agent = member_of(lorient)
    referent = member_of(lorient)
    LocalAuthorityMembership.objects.filter(user=referent).update(is_referent=True)
    token = create_token(agent)
    observer = LocalAuthorityFactory()
    gql(ENROLL, {"project": gid(project), "role": "OBSERVER"}, token_for(observer))
    assert errors_of(
        gql(SUBMIT_PLAN, {"project": gid(project)}, token_for(observer)), "submitActionPlan"
    ) == [("localAuthority", "FORBIDDEN")]
    from projects.services import enroll as service_enroll

    project.status = "recruiting"
    project.save()
    service_enroll(agent, project, "participant")
    submitted = gql(SUBMIT_PLAN, {"project": gid(project)}, token)["submitActionPlan"]
    assert submitted["errors"] == []
    assert submitted["inWorkflow"] is True
    plan_id = submitted["planId"]
    # A second plan for the same collectivité is refused.
    again = gql(SUBMIT_PLAN, {"project": gid(project)}, token)["submitActionPlan"]
    assert [e["field"] for e in again["errors"]] == ["localAuthority"]

    steps = [
        (create_token(expert), {}),
        (create_token(referent), {"date": "2027-01-15", "ref": "DEL-2027-004"}),
        (create_token(anct), {}),
    ]
    for step_token, extra in steps:
        result = gql(MODERATE_PLAN, {"id": plan_id, **extra}, step_token)["moderate"]
        assert result["errors"] == [], result
    plans = gql(
        """query($p: ID!) { actionPlans(project: $p) { edges { node {
             title adoptionDate deliberationReference progress localAuthority { name } } } } }""",
        {"p": gid(project)},
    )["actionPlans"]["edges"]
    assert plans == [
        {
            "node": {
                "title": "Plan d'action de Lorient",
                "adoptionDate": "2027-01-15",
                "deliberationReference": "DEL-2027-004",
                "progress": 40,
                "localAuthority": {"name": "Lorient"},
            }
        }
    ]
    progress = gql('query { sharedProject(slug: "sobriete") { actionPlansProgress } }')
    assert progress["sharedProject"]["actionPlansProgress"] == 40


def test_read_fields_of_participation(gql):
    import datetime as dt

    from tests.factories import EngagementTrackPageFactory

    EngagementTrackPageFactory(start_date=dt.date(2024, 5, 1))
    data = gql("query { engagementProgramme { year entering accompanied } }")
    assert data["engagementProgramme"][0] == {"year": 2024, "entering": 1, "accompanied": 1}
    unknown = gid(999, "VotingCampaign")
    response = gql.post(f'query {{ themeRanking(campaign: "{unknown}") {{ rank }} }}').json()
    assert response["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert "introuvable" in response["errors"][0]["message"]
    response = gql.post('query { themeRanking(campaign: "999") { rank } }').json()
    assert response["errors"][0]["extensions"]["code"] == "INVALID_ID"
    assert "« campaign » : identifiant invalide" in response["errors"][0]["message"]
    assert gql("query { themeRanking { rank } }") == {"themeRanking": []}


def test_propose_theme_refusals(gql):
    token = token_for(LocalAuthorityFactory())
    data = gql(PROPOSE, {"title": "", "description": "Pourquoi"}, token)
    assert errors_of(data, "proposeTheme") == [("title", "REQUIRED")]
    data = gql(
        PROPOSE,
        {"title": "Santé", "description": "Pourquoi", "theme": gid(424242, "Theme")},
        token,
    )
    assert errors_of(data, "proposeTheme") == [("theme", "NOT_FOUND")]
    data = gql(PROPOSE, {"title": "Santé", "description": "Pourquoi", "theme": "sante"}, token)
    assert errors_of(data, "proposeTheme") == [("theme", "INVALID_ID")]
    assert not ThemeProposal.objects.exists()
    # The proposer sees its own proposal while it waits for moderation; the public does not.
    gql(PROPOSE, {"title": "Santé", "description": "Pourquoi"}, token)
    mine = gql("query { themeProposals { title status } }", token=token)["themeProposals"]
    assert mine == [{"title": "Santé", "status": "SUBMITTED"}]
    assert gql("query { themeProposals { title } }")["themeProposals"] == []


def test_start_needs_three_participants(gql, anct):
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=3)
    start = """mutation($p: ID!) { startSharedProject(project: $p) {
                 status errors { field code message } } }"""
    for _ in range(2):
        gql(
            ENROLL,
            {"project": gid(project), "role": "PARTICIPANT"},
            token_for(LocalAuthorityFactory()),
        )
    data = gql(start, {"p": gid(project)}, create_token(anct))["startSharedProject"]
    assert [(e["field"], e["code"]) for e in data["errors"]] == [
        ("project", "NOT_ENOUGH_PARTICIPANTS")
    ]
    assert "au moins 3" in data["errors"][0]["message"]
    gql(
        ENROLL, {"project": gid(project), "role": "PARTICIPANT"}, token_for(LocalAuthorityFactory())
    )
    data = gql(start, {"p": gid(project)}, create_token(anct))["startSharedProject"]
    assert data == {"status": "IN_PROGRESS", "errors": []}


BALLOTS = """{ me { ballots { localAuthority { name } campaign { title } votesLeft
  myVotes { title } } } themeRanking { rank votes proposal { title } } }"""


def test_an_agent_reads_her_votes_left_and_her_votes_beside_the_live_ranking(gql):
    authority, other = LocalAuthorityFactory(name="Niort"), LocalAuthorityFactory()
    token = token_for(authority)
    campaign = VotingCampaignFactory(vote_limit=2, title="Campagne 2027")
    mobility, water = (
        ThemeProposalFactory(campaign=campaign, title="Mobilités"),
        ThemeProposalFactory(campaign=campaign, title="Eau"),
    )
    before = gql(BALLOTS, {}, token)["me"]["ballots"]
    assert [(b["votesLeft"], b["myVotes"]) for b in before] == [(2, [])]
    gql(VOTE, {"proposal": gid(water)}, token)
    gql(VOTE, {"proposal": gid(water)}, token_for(other))
    gql(VOTE, {"proposal": gid(mobility)}, token_for(other))
    data = gql(BALLOTS, {}, token)
    assert data["me"]["ballots"] == [
        {
            "localAuthority": {"name": "Niort"},
            "campaign": {"title": "Campagne 2027"},
            "votesLeft": 1,
            "myVotes": [{"title": "Eau"}],
        }
    ]
    assert [(e["rank"], e["votes"], e["proposal"]["title"]) for e in data["themeRanking"]] == [
        (1, 2, "Eau"),
        (2, 1, "Mobilités"),
    ]


KEYED_PROPOSE = """mutation($title: String!, $key: String) {
  proposeTheme(title: $title, description: "Pourquoi", idempotencyKey: $key) {
    proposal { id } errors { field code }
  }
}"""
KEYED_POST = """mutation($project: ID!, $title: String!, $key: String) {
  postJournalEntry(project: $project, title: $title, summary: "Résumé", idempotencyKey: $key) {
    entry { id } errors { field code }
  }
}"""


def test_a_form_sent_twice_with_its_key_makes_one_proposal_and_one_entry(gql):
    """The site sends each form's id as the key: a double submit that reaches two Node processes
    still makes one thing, and the second answer names it."""
    VotingCampaignFactory()
    authority = LocalAuthorityFactory()
    token = token_for(authority)
    refused = gql(KEYED_PROPOSE, {"title": "", "key": "form-a"}, token)["proposeTheme"]
    assert refused["errors"] == [{"field": "title", "code": "REQUIRED"}]
    first = gql(KEYED_PROPOSE, {"title": "Santé", "key": "form-a"}, token)["proposeTheme"]
    again = gql(KEYED_PROPOSE, {"title": "Santé", "key": "form-a"}, token)["proposeTheme"]
    assert again == first and first["errors"] == []
    gql(KEYED_PROPOSE, {"title": "Santé", "key": "form-b"}, token)
    assert ThemeProposal.objects.count() == 2

    project = SharedProjectPageFactory(status="recruiting", participant_capacity=3)
    gql(ENROLL, {"project": gid(project), "role": "PARTICIPANT"}, token)
    post = {"project": gid(project), "title": "Séance 1", "key": "form-c"}
    first = gql(KEYED_POST, post, token)["postJournalEntry"]
    assert gql(KEYED_POST, post, token)["postJournalEntry"] == first
    assert JournalEntryPage.objects.count() == 1
    # The same key for another action is refused, in French.
    reused = gql(KEYED_PROPOSE, {"title": "Eau", "key": "form-c"}, token)["proposeTheme"]
    assert reused["errors"] == [{"field": "idempotencyKey", "code": "CONFLICT"}]


KEYED_VOTE = """mutation($proposal: ID!, $key: String) {
  voteForTheme(proposal: $proposal, idempotencyKey: $key) {
    proposal { title voteCount } remainingVotes errors { field code }
  }
}"""
KEYED_WITHDRAW_VOTE = """mutation($proposal: ID!, $key: String) {
  withdrawVote(proposal: $proposal, idempotencyKey: $key) {
    proposal { title voteCount } errors { field code }
  }
}"""
KEYED_ENROLL = """mutation($project: ID!, $key: String) {
  enroll(project: $project, role: PARTICIPANT, idempotencyKey: $key) {
    enrollment { role status waitingRank localAuthority { name } } errors { field code }
  }
}"""
KEYED_WITHDRAW = """mutation($project: ID!, $key: String) {
  withdrawEnrollment(project: $project, idempotencyKey: $key) {
    enrollment { status localAuthority { name } } promoted { name } errors { field code }
  }
}"""


def test_a_vote_sent_twice_with_its_key_answers_the_vote_not_already_voted(gql):
    campaign = VotingCampaignFactory(vote_limit=2)
    water, mobility = (
        ThemeProposalFactory(campaign=campaign, title="Eau"),
        ThemeProposalFactory(campaign=campaign, title="Mobilités"),
    )
    token = token_for(LocalAuthorityFactory())
    sent = {"proposal": gid(water), "key": "vote-a"}
    first = gql(KEYED_VOTE, sent, token)["voteForTheme"]
    assert first == {
        "proposal": {"title": "Eau", "voteCount": 1},
        "remainingVotes": 1,
        "errors": [],
    }
    assert gql(KEYED_VOTE, sent, token)["voteForTheme"] == first
    assert ThemeVote.objects.count() == 1
    # Without the key the rules answer; the key sent for another theme is refused.
    again = gql(KEYED_VOTE, {"proposal": gid(water)}, token)["voteForTheme"]
    assert again["errors"] == [{"field": "proposal", "code": "ALREADY_VOTED"}]
    other = gql(KEYED_VOTE, {"proposal": gid(mobility), "key": "vote-a"}, token)["voteForTheme"]
    assert other["errors"] == [{"field": "idempotencyKey", "code": "CONFLICT"}]
    assert ThemeVote.objects.count() == 1


def test_a_vote_withdrawal_sent_twice_with_its_key_answers_the_theme_not_a_refusal(gql):
    water = ThemeProposalFactory(campaign=VotingCampaignFactory(), title="Eau")
    token = token_for(LocalAuthorityFactory())
    gql(KEYED_VOTE, {"proposal": gid(water), "key": "vote-a"}, token)
    sent = {"proposal": gid(water), "key": "retrait-a"}
    first = gql(KEYED_WITHDRAW_VOTE, sent, token)["withdrawVote"]
    assert first == {"proposal": {"title": "Eau", "voteCount": 0}, "errors": []}
    assert gql(KEYED_WITHDRAW_VOTE, sent, token)["withdrawVote"] == first
    unkeyed = gql(KEYED_WITHDRAW_VOTE, {"proposal": gid(water)}, token)["withdrawVote"]
    assert unkeyed["errors"] == [{"field": "proposal", "code": "NOT_FOUND"}]


def test_an_enrolment_sent_twice_with_its_key_answers_the_enrolment(gql):
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=3)
    token = token_for(LocalAuthorityFactory(name="Niort"))
    sent = {"project": gid(project), "key": "inscription-a"}
    first = gql(KEYED_ENROLL, sent, token)["enroll"]
    assert first["errors"] == [] and first["enrollment"]["status"] == "CONFIRMED"
    assert gql(KEYED_ENROLL, sent, token)["enroll"] == first
    assert Enrollment.objects.count() == 1
    unkeyed = gql(KEYED_ENROLL, {"project": gid(project)}, token)["enroll"]
    assert unkeyed["errors"] == [{"field": "project", "code": "ALREADY_ENROLLED"}]


def test_an_enrolment_withdrawal_sent_twice_with_its_key_answers_the_first_withdrawal(gql):
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=3)
    authorities = [LocalAuthorityFactory(name=f"Commune {n}") for n in range(4)]
    tokens = [token_for(a) for a in authorities]
    for token in tokens:
        gql(KEYED_ENROLL, {"project": gid(project)}, token)
    sent = {"project": gid(project), "key": "retrait-a"}
    first = gql(KEYED_WITHDRAW, sent, tokens[0])["withdrawEnrollment"]
    assert first == {
        "enrollment": {"status": "WITHDRAWN", "localAuthority": {"name": "Commune 0"}},
        "promoted": [{"name": "Commune 3"}],
        "errors": [],
    }
    assert gql(KEYED_WITHDRAW, sent, tokens[0])["withdrawEnrollment"] == first
    unkeyed = gql(KEYED_WITHDRAW, {"project": gid(project)}, tokens[0])["withdrawEnrollment"]
    assert unkeyed["errors"] == [{"field": "project", "code": "NOT_ENROLLED"}]
