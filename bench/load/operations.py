"""The GraphQL operations of the load test (the clients and the races send the same), written
as the site sends them (graphql/operations/*.graphql): Relay global ids for every object, an
idempotency key on every write that takes one. `python -m bench.load.operations` validates them
against graphql/schema.graphql (run.py does it before seeding)."""

import base64

VOTE = """mutation($proposal: ID!, $idempotencyKey: String) {
  voteForTheme(proposal: $proposal, idempotencyKey: $idempotencyKey) {
    errors { field code message } proposal { id voteCount } remainingVotes } }"""
WITHDRAW_VOTE = """mutation($proposal: ID!, $idempotencyKey: String) {
  withdrawVote(proposal: $proposal, idempotencyKey: $idempotencyKey) {
    errors { field code message } proposal { id voteCount } } }"""
ENROLL = """mutation($project: ID!, $role: EnrollmentRole!, $idempotencyKey: String) {
  enroll(project: $project, role: $role, idempotencyKey: $idempotencyKey) {
    errors { field code message } enrollment { id role status waitingRank } } }"""
WITHDRAW_ENROLLMENT = """mutation($project: ID!, $idempotencyKey: String) {
  withdrawEnrollment(project: $project, idempotencyKey: $idempotencyKey) {
    errors { field code message } enrollment { id status } promoted { id } } }"""
SUBMIT_EXPERIENCE = """mutation($input: ExperienceSubmissionInput!, $idempotencyKey: String) {
  submitExperience(input: $input, idempotencyKey: $idempotencyKey) {
    errors { field code message } submission { id title status } } }"""
SEARCH = """query($q: String!) { search(query: $q, first: 10) { totalCount
  edges { node { title urlPath contentType } } facets { theme { value count } } } }"""
AUTOCOMPLETE = """query($p: String!) { autocomplete(prefix: $p) { title urlPath } }"""
RANKING = """{ themeRanking { rank votes proposal { id title } } }"""
PROJECT = """query($id: ID!) { sharedProject(id: $id) { title status participantCapacity } }"""
LISTING = """query($n: Int) { experiences(first: $n) { edges { node {
  id title url firstPublishedAt themes { name } localAuthorities { name }
  image { rendition(width: 320, height: 200) { url } } } } } }"""
DETAIL = """query($id: ID!) { page(id: $id) { title url firstPublishedAt ... on ExperiencePage {
  themes { name } localAuthorities { name } image { rendition(width: 320, height: 200) { url } } } } }"""

WRITES = {
    "vote": ("voteForTheme", VOTE),
    "withdraw_vote": ("withdrawVote", WITHDRAW_VOTE),
    "enroll": ("enroll", ENROLL),
    "withdraw_enrollment": ("withdrawEnrollment", WITHDRAW_ENROLLMENT),
    "submit_experience": ("submitExperience", SUBMIT_EXPERIENCE),
}


def global_id(type_name, pk):
    """graphene's global id, base64("<type>:<pk>") (cms/api/relay.py)."""
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()


def pk_of(value):
    """The pk inside a global id (None when it is not one)."""
    try:
        _, _, pk = base64.b64decode(str(value), validate=True).decode().partition(":")
    except ValueError:
        return None
    return int(pk) if pk.isdigit() else None


def validate():
    """Every operation against the committed schema: the list of errors (empty when all pass)."""
    from pathlib import Path

    from graphql import build_schema, parse
    from graphql import validate as check

    schema = build_schema(
        (Path(__file__).resolve().parents[2] / "graphql" / "schema.graphql").read_text()
    )
    operations = {
        "VOTE": VOTE,
        "WITHDRAW_VOTE": WITHDRAW_VOTE,
        "ENROLL": ENROLL,
        "WITHDRAW_ENROLLMENT": WITHDRAW_ENROLLMENT,
        "SUBMIT_EXPERIENCE": SUBMIT_EXPERIENCE,
        "SEARCH": SEARCH,
        "AUTOCOMPLETE": AUTOCOMPLETE,
        "RANKING": RANKING,
        "PROJECT": PROJECT,
        "LISTING": LISTING,
        "DETAIL": DETAIL,
    }
    return [
        f"{name} : {error.message}"
        for name, text in operations.items()
        for error in check(schema, parse(text))
    ]


if __name__ == "__main__":
    problems = validate()
    print("\n".join(problems) or "toutes les opérations du test de charge sont valides")
    raise SystemExit(1 if problems else 0)
