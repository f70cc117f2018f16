"""Inspiration's part of the roles (see `cms.roles`)."""

from cms.roles import ROLE_CONTRIBUTORS, grant

# "add_page" alone lets a contributor create pages and edit the ones they own, never publish.
grant(ROLE_CONTRIBUTORS, pages={"inspiration.InspirationIndexPage": ["add_page"]})
