"""Atom feeds of new experiences, resources and events, for those who follow the platform in a
feed reader (beside each shared project's journal, projects/feeds.py)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from cms.visibility import front_end_url, visible_pages
from inspiration.models import EventPage, ExperiencePage, ResourcePage

FEED_SIZE = 30


class NewContentFeed(Feed):
    """The 30 latest published pages of one type, newest first."""

    feed_type = Atom1Feed
    model = None
    name = ""
    subtitle_text = ""

    def title(self):
        return f"Territoires en commun — {self.name}"

    def subtitle(self):
        return self.subtitle_text

    def link(self):
        from django.conf import settings

        return settings.FRONTEND_URL.rstrip("/") + "/"

    def feed_guid(self):
        return f"urn:territoires-en-commun:flux:{self.model._meta.model_name}"

    def items(self):
        return visible_pages(self.model).order_by("-first_published_at", "-pk")[:FEED_SIZE]

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.summary

    def item_link(self, page):
        return front_end_url(page)

    def item_guid(self, page):
        return f"urn:territoires-en-commun:page:{page.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at


class ExperienceFeed(NewContentFeed):
    model = ExperiencePage
    name = "Nouvelles expériences"
    subtitle_text = "Les expériences territoriales publiées récemment."


class ResourceFeed(NewContentFeed):
    model = ResourcePage
    name = "Nouvelles ressources"
    subtitle_text = "Études, guides, outils et articles publiés récemment."


class EventFeed(NewContentFeed):
    model = EventPage
    name = "Nouveaux événements"
    subtitle_text = "Webinaires et rencontres annoncés récemment."
