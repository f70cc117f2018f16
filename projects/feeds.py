"""Atom feed of a shared project's journal, for observers and anyone following the project."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed

from cms.visibility import front_end_url, visible_pages
from projects.models import JournalEntryPage, SharedProjectPage

FEED_SIZE = 30


class JournalFeed(Feed):
    """The 30 latest published entries of one project's journal, newest first."""

    feed_type = Atom1Feed

    def get_object(self, request, slug):
        project = visible_pages(SharedProjectPage).filter(slug=slug).first()
        if project is None:
            raise Http404("Projet partagé introuvable.")
        return project

    def title(self, project):
        return f"Journal de bord — {project.title}"

    def subtitle(self, project):
        return project.summary

    def link(self, project):
        return front_end_url(project)

    def feed_guid(self, project):
        return f"urn:territoires-en-commun:projet-partage:{project.pk}:journal"

    def items(self, project):
        return (
            visible_pages(JournalEntryPage)
            .child_of(project)
            .select_related("stage", "author_authority")
            .order_by("-date", "-first_published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, entry):
        return entry.title

    def item_description(self, entry):
        parts = []
        if entry.stage_id:
            parts.append(f"Étape : {entry.stage}")
        if entry.author_authority_id:
            parts.append(f"Par : {entry.author_authority.name}")
        parts.append(entry.summary)
        return "\n".join(parts)

    def item_link(self, entry):
        return front_end_url(entry)

    def item_guid(self, entry):
        return f"urn:territoires-en-commun:journal:{entry.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, entry):
        return entry.first_published_at

    def item_updateddate(self, entry):
        return entry.last_published_at or entry.first_published_at

    def item_author_name(self, entry):
        return entry.author_authority.name if entry.author_authority_id else "Équipe d'experts"

    def item_categories(self, entry):
        return [str(entry.stage)] if entry.stage_id else []
