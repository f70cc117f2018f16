"""Every rule of participation, one module per sub-domain: theme proposals and their moderation
(`proposals`), votes and the ranking (`votes`), enrolment with its waiting list (`enrolment`), the
journal (`journal`), action plans (`action_plans`) and the engagement-track programme
(`engagement`); `common` holds who may act and the refusal codes, `notify` the e-mails.

Services take model instances and plain values (the GraphQL layer turns ids and slugs into
models), check who may act, and raise `ServiceError` with a stable code and a French message when
they refuse, changing nothing in that case.
"""

from projects.services.action_plans import project_progress, submit_action_plan
from projects.services.common import (
    ALREADY_ENROLLED,
    ALREADY_MODERATED,
    ALREADY_SELECTED,
    ALREADY_VOTED,
    CAMPAIGN_CLOSED,
    CAMPAIGN_NOT_OPEN,
    CAMPAIGN_OPEN,
    CAPACITY_BELOW_PARTICIPANTS,
    CAPACITY_OUT_OF_RANGE,
    ENROLLMENT_CLOSED,
    FORBIDDEN,
    INVALID,
    NOT_A_MEMBER,
    NOT_ENOUGH_PARTICIPANTS,
    NOT_ENROLLED,
    NOT_FOUND,
    NOT_VOTABLE,
    OBSERVER_CANNOT_POST,
    REQUIRED,
    VOTE_LIMIT_REACHED,
    ServiceError,
    acting_authority,
    is_anct_staff,
    is_expert,
    member_authorities,
    require_staff,
)
from projects.services.engagement import engagement_programme
from projects.services.enrolment import (
    check_capacity_range,
    current_project,
    enroll,
    enrolment_summary,
    promote_waiting,
    revise_project,
    set_capacity,
    start_project,
    withdraw_enrollment,
)
from projects.services.journal import journal_author, post_journal_entry, text_to_body
from projects.services.proposals import (
    approve_proposal,
    current_campaign,
    latest_campaign,
    moderate_proposal,
    propose_theme,
    reject_proposal,
    select_proposal,
    visible_proposals,
)
from projects.services.votes import remaining_votes, theme_ranking, vote, withdraw_vote

__all__ = [
    "ALREADY_ENROLLED",
    "ALREADY_MODERATED",
    "ALREADY_SELECTED",
    "ALREADY_VOTED",
    "CAMPAIGN_CLOSED",
    "CAMPAIGN_NOT_OPEN",
    "CAMPAIGN_OPEN",
    "CAPACITY_BELOW_PARTICIPANTS",
    "CAPACITY_OUT_OF_RANGE",
    "ENROLLMENT_CLOSED",
    "FORBIDDEN",
    "INVALID",
    "NOT_A_MEMBER",
    "NOT_ENOUGH_PARTICIPANTS",
    "NOT_ENROLLED",
    "NOT_FOUND",
    "NOT_VOTABLE",
    "OBSERVER_CANNOT_POST",
    "REQUIRED",
    "VOTE_LIMIT_REACHED",
    "ServiceError",
    "acting_authority",
    "approve_proposal",
    "check_capacity_range",
    "current_campaign",
    "current_project",
    "engagement_programme",
    "enrolment_summary",
    "enroll",
    "is_anct_staff",
    "is_expert",
    "journal_author",
    "latest_campaign",
    "member_authorities",
    "moderate_proposal",
    "post_journal_entry",
    "project_progress",
    "promote_waiting",
    "propose_theme",
    "reject_proposal",
    "remaining_votes",
    "require_staff",
    "revise_project",
    "select_proposal",
    "set_capacity",
    "start_project",
    "submit_action_plan",
    "text_to_body",
    "theme_ranking",
    "visible_proposals",
    "vote",
    "withdraw_enrollment",
    "withdraw_vote",
]
