"""The newsletter's part of the roles (see `cms.roles`): ANCT editors manage and send it."""

from cms.roles import ROLE_EDITORS, grant

grant(
    ROLE_EDITORS,
    models=[
        ("newsletter", "subscriber", ["view", "change", "delete"]),
        ("newsletter", "sending", ["add", "view"]),
    ],
)
