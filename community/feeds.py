"""Atom feed of a project's threads open to observers, for a member who may read them.

Feed readers send no session: the address carries a signed token naming the person and the project
(`feed_url`), and every fetch checks again that this person still reads the project's exchange; a
person who left the project, or a forged token, gets a 404.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.syndication.views import Feed
from django.core import signing
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from cms.visibility import visible_pages
from community.models import Thread
from community.services.access import standing
from community.services.notifications import exchange_url
from projects.models import SharedProjectPage

FEED_SIZE = 30
SALT = "community.feed"


def feed_url(user, project):
    """The caller's personal feed address, or None when they read nothing of the project."""
    if not standing(user, project).can_read:
        return None
    token = signing.dumps({"u": user.pk, "p": project.pk}, salt=SALT, compress=True)
    path = reverse("community:feed", args=[project.slug])
    return f"{settings.API_BASE_URL.rstrip('/')}{path}?jeton={token}"


class OpenThreadsFeed(Feed):
    """The 30 most active threads open to observers, with their opening message."""

    feed_type = Atom1Feed

    def get_object(self, request, slug):
        project = visible_pages(SharedProjectPage).filter(slug=slug).first()
        try:
            claim = signing.loads(request.GET.get("jeton", "")[:500], salt=SALT)
        except signing.BadSignature:
            claim = None
        user = None
        if project is not None and isinstance(claim, dict) and claim.get("p") == project.pk:
            user = get_user_model().objects.filter(pk=claim.get("u"), is_active=True).first()
        if user is None or not standing(user, project).can_read:
            raise Http404("Flux introuvable.")
        return project

    def title(self, project):
        return f"Échanges ouverts — {project.title}"

    def subtitle(self, project):
        return "Les fils d'échange du projet partagé ouverts aux collectivités observatrices."

    def link(self, project):
        return f"{settings.FRONTEND_URL.rstrip('/')}/mon-espace/projets/{project.slug}/echanges/"

    def feed_guid(self, project):
        return f"urn:territoires-en-commun:projet-partage:{project.pk}:echanges"

    def items(self, project):
        return (
            Thread.objects.filter(project=project, visibility=Thread.Visibility.OBSERVERS)
            .select_related("project", "author_authority")
            .prefetch_related("messages")
            .order_by("-last_activity_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, thread):
        return f"{thread.get_kind_display()} : {thread.title}"

    def item_description(self, thread):
        opening = next(iter(thread.messages.all()), None)
        parts = []
        if thread.author_authority_id:
            parts.append(f"Par : {thread.author_authority.name}")
        if opening is not None and not opening.is_hidden:
            parts.append(opening.body[:1000])
        return "\n".join(parts)

    def item_link(self, thread):
        return exchange_url(thread)

    def item_guid(self, thread):
        return f"urn:territoires-en-commun:echange:{thread.pk}"

    def item_pubdate(self, thread):
        return thread.created_at

    def item_updateddate(self, thread):
        return thread.last_activity_at
