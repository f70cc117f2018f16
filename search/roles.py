"""The thesaurus « Synonymes et sigles » is the ANCT editors' and moderators' (cms/roles.py)."""

from cms.roles import ROLE_EDITORS, ROLE_MODERATORS, grant

for role in (ROLE_EDITORS, ROLE_MODERATORS):
    grant(role, models=[("search", "synonym", ["add", "change", "delete", "view"])])
