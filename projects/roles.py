"""Projects' part of the roles (see `cms.roles`): proposals, votes, enrolments, projects' pages."""

from cms.roles import (
    ROLE_CONTRIBUTORS,
    ROLE_EDITORS,
    ROLE_EXPERTS,
    ROLE_MODERATORS,
    ROLE_PARTICIPANTS,
    grant,
)

grant(
    ROLE_EDITORS,
    models=[
        ("projects", "themeproposal", ["add", "change", "delete", "view"]),
        ("projects", "themevote", ["view"]),
        ("projects", "enrollment", ["add", "change", "view"]),
    ],
)
grant(
    ROLE_MODERATORS,
    models=[
        ("projects", "themeproposal", ["change", "view"]),
        ("projects", "themevote", ["view"]),
        ("projects", "enrollment", ["view"]),
    ],
)
grant(ROLE_CONTRIBUTORS, models=[("projects", "themeproposal", ["add", "view"])])
grant(
    ROLE_PARTICIPANTS,
    models=[("projects", "enrollment", ["view"])],
    pages={"projects.SharedProjectIndexPage": ["add_page"]},
)
grant(
    ROLE_EXPERTS,
    models=[("projects", "enrollment", ["view"])],
    pages={"projects.SharedProjectIndexPage": ["add_page", "change_page"]},
)
