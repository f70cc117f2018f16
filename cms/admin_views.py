"""Admin views that speak French with the right gender (issue #17, item 3), through Wagtail's own
extension points: a `PageViewSet`'s `add_view_class` / `edit_view_class`, and a snippet viewset's
`chooser_viewset_class`. The words come from one table, `cms.admin_words`."""

from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.snippets.views.chooser import ChooseView, SnippetChooserViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

from cms.admin_words import edit_title, new_title, noun_for


class FrenchCreateView(CreateView):
    """« Nouvelle expérience » instead of « Nouveau: Expérience territoriale »."""

    def get_page_title(self):
        return new_title(self.page_class)

    def get_page_subtitle(self):
        return ""


class FrenchEditView(EditView):
    """« Modifier l'expérience « Budget participatif » » instead of « Modification de … »."""

    def get_page_title(self):
        return edit_title(self.page_class, self.page.get_admin_display_title())

    def get_page_subtitle(self):
        return ""


class FrenchTitlesPageViewSet(PageViewSet):
    add_view_class = FrenchCreateView
    edit_view_class = FrenchEditView


class FrenchChooseView(ChooseView):
    # The title already names the thing (« Choisir une collectivité »).
    page_subtitle = ""


class FrenchSnippetChooser(AdminSnippetChooser):
    """Wagtail's snippet widget writes « Choose another %(object)s » over the viewset's texts
    when it is built: ours says them with the noun's gender."""

    def __init__(self, model=None, **kwargs):
        super().__init__(model=model, **kwargs)
        noun = noun_for(self.model)
        if noun is not None:
            self.choose_one_text = noun.choose_one()
            self.choose_another_text = noun.choose_another()
            self.link_to_chosen_text = noun.edit_item()


class FrenchSnippetChooserViewSet(SnippetChooserViewSet):
    """« Choisir une autre collectivité », « Modifier cette collectivité »: Wagtail's chooser texts
    (`choose_one_text`, `choose_another_text`, `edit_item_text`) from the table of nouns."""

    choose_view_class = FrenchChooseView
    base_widget_class = FrenchSnippetChooser

    def __init__(self, *args, **kwargs):
        noun = noun_for(kwargs.get("model") or self.model)
        if noun is not None:
            kwargs.setdefault("choose_one_text", noun.choose_one())
            kwargs.setdefault("choose_another_text", noun.choose_another())
            kwargs.setdefault("edit_item_text", noun.edit_item())
        super().__init__(*args, **kwargs)
