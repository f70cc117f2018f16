"""The exchange's part of the roles (see `cms.roles`): ANCT moderators read the reports, the
threads and their messages in the admin; hiding goes through the services (audit log)."""

from cms.roles import ROLE_EDITORS, ROLE_MODERATORS, grant

for _role in (ROLE_EDITORS, ROLE_MODERATORS):
    grant(
        _role,
        models=[
            ("community", "report", ["view"]),
            ("community", "thread", ["view"]),
            ("community", "message", ["view"]),
        ],
    )
