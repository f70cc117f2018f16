"""Shared projects (projets partagés), their journals and action plans, engagement tracks, and the
participation records: theme proposals, votes and enrolments. One module per sub-domain; every
model is importable from `projects.models`."""

from projects.models.action_plans import Action, ActionPlanPage
from projects.models.children import ProjectChildPageForm, parent_project
from projects.models.engagement import (
    ENGAGEMENT_YEARLY_CAP,
    EngagementMilestone,
    EngagementReview,
    EngagementTrackIndexPage,
    EngagementTrackPage,
    EngagementYearlyPlan,
)
from projects.models.enrolment import Enrollment, EnrollmentQuerySet
from projects.models.journal import JournalDigest, JournalEntryPage
from projects.models.keys import MutationKey
from projects.models.proposals import ThemeProposal, ThemeVote, VotingCampaign
from projects.models.shared_projects import (
    MAX_PARTICIPANTS,
    MIN_PARTICIPANTS,
    SharedProjectExpert,
    SharedProjectIndexPage,
    SharedProjectPage,
    SharedProjectStage,
)

__all__ = [
    "ENGAGEMENT_YEARLY_CAP",
    "MAX_PARTICIPANTS",
    "MIN_PARTICIPANTS",
    "Action",
    "ActionPlanPage",
    "EngagementMilestone",
    "EngagementReview",
    "EngagementTrackIndexPage",
    "EngagementTrackPage",
    "EngagementYearlyPlan",
    "Enrollment",
    "EnrollmentQuerySet",
    "JournalDigest",
    "MutationKey",
    "JournalEntryPage",
    "ProjectChildPageForm",
    "SharedProjectExpert",
    "SharedProjectIndexPage",
    "SharedProjectPage",
    "SharedProjectStage",
    "ThemeProposal",
    "ThemeVote",
    "VotingCampaign",
    "parent_project",
]
