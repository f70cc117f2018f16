"""Admin views that speak French with the right gender (issue #17, item 3), through Wagtail's own
extension points: a `PageViewSet`'s `add_view_class` / `edit_view_class`, and a snippet viewset's
`chooser_viewset_class`. The words come from one table, `cms.admin_words`."""

from urllib.parse import urlencode

from django.urls import reverse
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.create import AddSubpageView, CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.snippets.views.chooser import ChooseView, SnippetChooserViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

from cms.admin_words import edit_title, new_title, noun_for


def section_choices(model):
    """The kinds of a section model (`section` field with choices), or none."""
    try:
        field = model._meta.get_field("section")
    except Exception:
        return []
    return [(value, label) for value, label in field.choices or [] if value]


class FrenchCreateView(CreateView):
    """« Nouvelle expérience » instead of « Nouveau: Expérience territoriale »; a section created
    from « Rubrique Agenda » in the type list (`?section=events`) starts with that kind."""

    def get(self, request):
        kind = request.GET.get("section", "")
        if kind in dict(section_choices(self.page_class)):
            self.page.section = kind
        return super().get(request)

    def get_page_title(self):
        kind = dict(section_choices(self.page_class)).get(getattr(self.page, "section", ""))
        if kind:
            return f"{new_title(self.page_class)} {kind}"
        return new_title(self.page_class)

    def get_page_subtitle(self):
        return ""


class FrenchEditView(EditView):
    """« Modifier l'expérience « Budget participatif » » instead of « Modification de … »."""

    def get_page_title(self):
        return edit_title(self.page_class, self.page.get_admin_display_title())

    def get_page_subtitle(self):
        return ""


class FrenchAddSubpageView(AddSubpageView):
    """« Ajouter une sous-page »: a section model whose pages differ by their kind (« Agenda »,
    « Expériences territoriales »…) is offered once per kind, each with its own name
    (« Rubrique Agenda »), and once without a kind (« Rubrique simple »), instead of one
    « Rubrique de ressources » for all."""

    template_name = "cms/admin/add_subpage.html"

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        # Wagtail redirects to the form of the only type: several kinds of it are still a choice.
        if response.status_code == 302 and len(self.page_types) == 1 and len(self.entries()) > 1:
            return self.render_to_response(self.get_context_data())
        return response

    def entries(self):
        models = {
            (model._meta.app_label, model._meta.model_name): model
            for model in type(self.parent_page).creatable_subpage_models()
        }
        next_url = get_valid_next_url_from_request(self.request)
        entries = []
        for verbose_name, app_label, model_name, description in self.page_types:
            url = reverse(
                "wagtailadmin_pages:add", args=[app_label, model_name, self.parent_page.id]
            )
            kinds = section_choices(models[(app_label, model_name)])
            named = [(f"Rubrique {label}", {"section": value}) for value, label in kinds]
            if kinds:
                verbose_name = "Rubrique simple (la liste de ses pages)"
            for name, query in [*named, (verbose_name, {})]:
                if next_url:
                    query = {**query, "next": next_url}
                entries.append(
                    {
                        "name": name,
                        "url": f"{url}?{urlencode(query)}" if query else url,
                        "description": description,
                        "type_use_url": reverse(
                            "wagtailadmin_pages:type_use", args=[app_label, model_name]
                        ),
                    }
                )
        return entries

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_types"] = self.entries()
        return context


class FrenchTitlesPageViewSet(PageViewSet):
    add_view_class = FrenchCreateView
    add_subpage_view_class = FrenchAddSubpageView
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
