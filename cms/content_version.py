"""The content version: one number bumped after every committed change the public can see.

Caches of public answers (the API's, the site's) are keyed on it, so every process drops what it
kept as soon as any of them commits a change.
"""

from django.apps import apps as global_apps
from django.db import connection, transaction

# Writes to these models change nothing the public API shows.
IGNORED_MODELS = {
    "cms.contentversion",
    "sessions.session",
    "admin.logentry",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pagesubscription",
    "wagtailimages.rendition",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailcore.referenceindex",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.uploadedfile",
    "wagtailadmin.editingsession",
    "wagtailusers.userprofile",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
    "search.searchdocument",
    "search.searchfacet",
    "wagtail_headless_preview.pagepreview",
    "wagtailcore.apitoken",
    "webhooks.webhookendpoint",
    "projects.mutationkey",
    "webhooks.webhookdelivery",
    # Bookkeeping of the task queue and of the login lockout: every enqueued e-mail or webhook, and
    # every sign-in attempt, would otherwise empty the caches of public answers.
    "django_tasks_database.dbtaskresult",
    "axes.accessattempt",
    "axes.accessattemptexpiration",
    "axes.accessfailurelog",
    "axes.accesslog",
    # Sign-in bookkeeping, double-submit keys and the newsletter's lists: never in a public answer.
    "cms.agentidentity",
    "cms.agentsession",
    "cms.exchangedidtoken",
    "cms.unmatchedsiretrequest",
    "workflows.submissionkey",
    "newsletter.subscriber",
    "newsletter.sending",
    "newsletter.delivery",
    # The exchange of shared projects is read signed in only (never a cached public answer).
    "community.thread",
    "community.message",
    "community.messagerevision",
    "community.mention",
    "community.report",
    "community.notificationpreference",
    "community.communitydigest",
    "community.message_documents",
    "community.message_images",
    # E-mail sign-in links and organisation memberships (issue 19): never in a public answer.
    "cms.emailsigninlink",
    "cms.organisationmembership",
}


def _bump():
    from django.db.models import F

    from cms.models import ContentVersion

    if not ContentVersion.objects.filter(pk=1).update(version=F("version") + 1):
        # The row comes with the migration; a flushed test database has lost it.
        ContentVersion.objects.get_or_create(pk=1, defaults={"version": 1})


def content_changed(**kwargs):
    """Bump the content version once the current transaction commits (once per transaction)."""
    sender = kwargs.get("sender")
    meta = getattr(sender, "_meta", None)
    if meta is not None and (meta.label_lower in IGNORED_MODELS or meta.apps is not global_apps):
        return  # also the historical models of migrations: the table may not exist yet
    if connection.in_atomic_block and any(func is _bump for _, func, _ in connection.run_on_commit):
        return
    transaction.on_commit(_bump)


def current_version():
    with connection.cursor() as cursor:
        cursor.execute("SELECT version FROM cms_contentversion WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else 0
