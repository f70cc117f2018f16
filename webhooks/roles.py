"""The webhooks' part of the roles (see `cms.roles`): ANCT editors manage the endpoints and read
the delivery log; nobody else sees them (the secrets sign what the site believes)."""

from cms.roles import ROLE_EDITORS, grant

grant(
    ROLE_EDITORS,
    models=[
        ("webhooks", "webhookendpoint", ["add", "change", "delete", "view"]),
        ("webhooks", "webhookdelivery", ["view"]),
    ],
)
