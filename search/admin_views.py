"""The admin's page search (/admin/pages/search/, the header's search box) in French.

Wagtail's own view sends the editor's words to the engine's autocomplete (title prefixes,
unstemmed): « démocraties » did not find « Démocratie locale », and an engine error was a 500.
This view runs the search service's French analysis instead (`services.clean_query`, then the
same stemmed, accent-folded, elision-aware compiler as the public search, see
`search.services.search_pages`), completed by title prefixes for the word being typed.

Unlike the public search, it searches the *pages* an editor may explore — drafts and private
pages included — not the search documents (live public pages only). The pages are those of
Wagtail's explorer for this user: `explorable_instances`, then the
`construct_explorer_page_queryset` hooks (a contributor sees live pages and their own
collectivités' drafts only, see workflows.wagtail_hooks). An unreachable engine or unusable
words become a French message above an empty listing, never an error page.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from wagtail import hooks
from wagtail.admin.views.pages.search import SearchView
from wagtail.models import Page
from wagtail.search.utils import separate_filters_from_query

from cms.admin_search import content_before_sections
from search import services


class FrenchPageSearchView(SearchView):
    results_template_name = "search/admin/search_results.html"

    def explorable_pages(self):
        """The pages the explorer would show this user (drafts and private pages included)."""
        user = self.request.user
        pages = Page.objects.filter(
            pk__in=self.permission_policy.explorable_instances(user).values_list("pk", flat=True)
        )
        root = self.permission_policy.explorable_root_instance(user)
        for hook in hooks.get_hooks("construct_explorer_page_queryset"):
            pages = hook(root, pages, self.request)
        return pages

    def get_queryset(self):
        self.search_error = None
        filters, text = separate_filters_from_query(self.search_query or "")
        pages = self.explorable_pages()
        live = (filters.get("live") or filters.get("published") or "").lower()
        if live in ("yes", "true"):
            pages = pages.filter(live=True)
        elif live in ("no", "false"):
            pages = pages.filter(live=False)

        ids = None
        if text.strip():
            try:
                ids = services.search_pages(text, pages)
            except services.SearchError as error:
                self.search_error = error.message
                ids = []
            pages = pages.filter(pk__in=ids)

        self.all_pages = pages
        self.content_types = [
            (ContentType.objects.get_for_id(row["content_type"]), row["count"])
            for row in pages.order_by()
            .values("content_type")
            .annotate(count=Count("pk"))
            .order_by("-count", "content_type")
        ]
        if self.selected_content_type:
            pages = pages.filter(content_type=self.selected_content_type)
        if self.show_locale_labels:
            pages = pages.select_related("locale")
        if self.ordering:
            pages = pages.order_by(self.ordering, "pk")
        elif ids:
            pages = pages.order_by(*content_before_sections(ids))
        else:
            pages = pages.order_by("-latest_revision_created_at", "pk")
        return self.annotate_queryset(pages)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["search_error"] = self.search_error
        return context
