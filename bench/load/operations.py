"""The GraphQL operations of the load test (the clients and the races send the same)."""

VOTE = """mutation($p: ID!) { voteForTheme(proposal: $p) {
  errors { field code message } proposal { id voteCount } remainingVotes } }"""
WITHDRAW_VOTE = """mutation($p: ID!) { withdrawVote(proposal: $p) {
  errors { field code message } proposal { id } } }"""
ENROLL = """mutation($s: String!, $r: EnrollmentRole!) { enroll(project: $s, role: $r) {
  errors { field code message } enrollment { id role status waitingRank } } }"""
WITHDRAW_ENROLLMENT = """mutation($s: String!) { withdrawEnrollment(project: $s) {
  errors { field code message } enrollment { id status } promoted { id } } }"""
SEARCH = """query($q: String!) { search(query: $q, first: 10) { totalCount
  edges { node { title urlPath contentType } } facets { theme { value count } } } }"""
AUTOCOMPLETE = """query($p: String!) { autocomplete(prefix: $p) { title urlPath } }"""
RANKING = """{ themeRanking { rank votes proposal { id title } } }"""
PROJECT = """query($s: String!) { sharedProject(slug: $s) { title status } }"""
