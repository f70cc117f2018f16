"""Workflows' part of the roles (see `cms.roles`): the moderation workflows take the groups."""

from cms.roles import register_setup
from workflows.setup import ensure_workflows

register_setup(ensure_workflows)
