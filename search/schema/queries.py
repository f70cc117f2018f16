"""`search(query, filter, sort, first, after)` and `autocomplete(prefix)`: thin over search.services."""

from collections import defaultdict

import graphene

from cms.api import errors
from cms.api.errors import ApiError
from cms.api.pages import PAGE_TYPES, PageInterface, prepare_pages
from cms.api.pagination import (
    CountableConnection,
    check_length,
    cursor_to_offset,
    offset_to_cursor,
)
from cms.api.response_cache import no_store
from cms.api.selection import selected_paths
from cms.visibility import front_end_path, front_end_url
from search import services


def _api_error(error):
    return ApiError(error.message, error.code)


class SearchSort(graphene.Enum):
    class Meta:
        description = "Ordre des résultats de recherche."

    RELEVANCE = "relevance"
    DATE = "date"


class SearchHighlights(graphene.ObjectType):
    class Meta:
        description = "Extraits en HTML échappé, les mots recherchés entourés de <mark> (seule balise présente)."

    title = graphene.String(required=True, description="Titre, mots trouvés surlignés.")
    summary = graphene.String(
        required=True, description="Résumé (ou sa partie autour des mots trouvés), surligné."
    )
    excerpt = graphene.String(
        required=True,
        description="Passage du texte autour des mots trouvés, quand le résumé ne les contient pas ; sinon vide.",
    )


class SearchHit(graphene.ObjectType):
    class Meta:
        description = "Un résultat de recherche : une page publiée et ses extraits surlignés."

    page = graphene.Field(
        PageInterface, description="La page trouvée (null si son type n'est pas exposé par l'API)."
    )
    content_type = graphene.String(
        required=True, description="Type de page, ex. « inspiration.ExperiencePage »."
    )
    title = graphene.String(required=True, description="Titre de la page.")
    url_path = graphene.String(required=True, description="Chemin sur le front end.")
    url = graphene.String(required=True, description="Adresse complète sur le front end.")
    score = graphene.Float(
        description="Pertinence selon le moteur (plus grand = plus pertinent) ; comparable au sein d'une même recherche seulement."
    )
    highlights = graphene.Field(
        graphene.NonNull(SearchHighlights), description="Extraits surlignés."
    )

    def resolve_page(root, info):
        return root.page if type(root.page) in PAGE_TYPES else None

    def resolve_title(root, info):
        return root.page.title

    def resolve_url_path(root, info):
        return front_end_path(root.page, info.context)

    def resolve_url(root, info):
        return front_end_url(root.page, info.context)

    def resolve_highlights(root, info):
        return SearchHighlights(**root.highlights)


class SearchFacetValue(graphene.ObjectType):
    class Meta:
        description = "Une valeur de facette et le nombre de résultats qui la portent."

    value = graphene.String(
        required=True, description="Valeur à passer dans `filter` (slug, code, niveau, année…)."
    )
    label = graphene.String(required=True, description="Libellé à afficher.")
    count = graphene.Int(required=True, description="Nombre de résultats.")


def _facet_field(description):
    return graphene.List(graphene.NonNull(SearchFacetValue), required=True, description=description)


class SearchFacets(graphene.ObjectType):
    class Meta:
        description = "Décomptes des résultats (tous, pas seulement la page courante) par facette."

    content_type = _facet_field("Par type de contenu.")
    theme = _facet_field("Par thématique.")
    territory_type = _facet_field("Par type de territoire.")
    department = _facet_field("Par département (code INSEE).")
    participation_level = _facet_field("Par niveau de participation (échelle d'Arnstein).")
    year = _facet_field("Par année.")


class SearchPromotion(graphene.ObjectType):
    class Meta:
        description = (
            "Sélection de la rédaction pour cette recherche, à montrer avant les résultats."
        )

    title = graphene.String(required=True, description="Titre.")
    url = graphene.String(required=True, description="Adresse.")
    description = graphene.String(required=True, description="Texte de présentation.")
    page = graphene.Field(PageInterface, description="La page mise en avant, si c'en est une.")

    def resolve_page(root, info):
        return root.page if type(root.page) in PAGE_TYPES else None


class SearchFilter(graphene.InputObjectType):
    class Meta:
        description = "Filtres de recherche (valeurs des facettes) ; les clés se cumulent, les valeurs d'une clé s'additionnent."

    content_type = graphene.List(
        graphene.NonNull(graphene.String), description="Types, ex. « inspiration.ExperiencePage »."
    )
    theme = graphene.List(graphene.NonNull(graphene.String), description="Slugs de thématiques.")
    territory_type = graphene.List(
        graphene.NonNull(graphene.String), description="Slugs de types de territoire."
    )
    department = graphene.List(
        graphene.NonNull(graphene.String), description="Codes de départements."
    )
    participation_level = graphene.List(
        graphene.NonNull(graphene.Int), description="Niveaux sur l'échelle d'Arnstein (1 à 8)."
    )
    year = graphene.List(graphene.NonNull(graphene.Int), description="Années.")


class SearchConnection(CountableConnection):
    class Meta:
        node = SearchHit
        strict_types = True
        description = "Résultats de recherche paginés, avec facettes."

    facets = graphene.Field(graphene.NonNull(SearchFacets), description="Facettes et décomptes.")
    corrected_query = graphene.String(
        description="Quand des mots de la recherche semblent mal orthographiés (absents des textes publiés), la recherche corrigée dont les résultats sont affichés (« Vouliez-vous dire … »)."
    )
    expansions = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Synonymes et sigles du thésaurus ajoutés à la recherche, tels que la rédaction les a saisis (« Résultats aussi pour … ») ; vide sinon.",
    )
    promotions = graphene.List(
        graphene.NonNull(SearchPromotion),
        required=True,
        description="Sélections de la rédaction pour cette recherche (première page seulement).",
    )


class AutocompleteSuggestion(graphene.ObjectType):
    class Meta:
        description = "Une suggestion pendant la saisie : une page publiée dont le titre commence par les mots tapés."

    title = graphene.String(required=True, description="Titre.")
    url_path = graphene.String(required=True, description="Chemin sur le front end.")
    content_type = graphene.String(required=True, description="Type de page.")
    page = graphene.Field(PageInterface, description="La page (null si son type n'est pas exposé).")

    def resolve_title(root, info):
        return root.title

    def resolve_url_path(root, info):
        return front_end_path(root, info.context)

    def resolve_content_type(root, info):
        return f"{root._meta.app_label}.{type(root).__name__}"

    def resolve_page(root, info):
        return root if type(root) in PAGE_TYPES else None


def _prepare(pages, paths):
    by_type = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for model, group in by_type.items():
        graphql_type = PAGE_TYPES.get(model)
        if graphql_type is not None:
            prepare_pages(group, paths, getattr(graphql_type, "PREFETCHES", {}))


def _filters(filter):
    if not filter:
        return {}
    return {key: value for key, value in dict(filter).items() if value}


class Query(graphene.ObjectType):
    search = graphene.Field(
        graphene.NonNull(SearchConnection),
        query=graphene.String(
            required=True, description="Mots recherchés (200 caractères au plus), en français."
        ),
        filter=graphene.Argument(SearchFilter, description="Filtres (valeurs des facettes)."),
        sort=graphene.Argument(SearchSort, description="Ordre : pertinence (défaut) ou date."),
        first=graphene.Int(description="Nombre de résultats (20 par défaut, 100 au plus)."),
        after=graphene.String(description="Curseur après lequel reprendre (`pageInfo.endCursor`)."),
        spellcheck=graphene.Boolean(
            default_value=True,
            description=(
                "Corriger une faute de frappe quand rien n'est trouvé (oui par défaut) ; "
                "non pour chercher exactement les mots saisis (lien « Rechercher plutôt … »)."
            ),
        ),
        description=(
            "Recherche plein texte en français dans tout le contenu publié : accents et majuscules "
            "indifférents, pluriels et féminins trouvés, « l' » et « d' » ignorés, une faute de frappe "
            "corrigée quand rien n'est trouvé. Résultats surlignés, facettes avec décomptes."
        ),
    )
    autocomplete = graphene.Field(
        graphene.NonNull(graphene.List(graphene.NonNull(AutocompleteSuggestion))),
        prefix=graphene.String(
            required=True, description="Début de saisie (200 caractères au plus)."
        ),
        first=graphene.Int(description="Nombre de suggestions (10 par défaut, 20 au plus)."),
        description="Suggestions de pages pendant la saisie : titres commençant par les mots tapés.",
    )

    def resolve_search(
        root, info, query, filter=None, sort=None, first=None, after=None, spellcheck=True
    ):
        # Each search is counted in the statistics: never answered from the response cache.
        no_store(info.context)
        if after is not None:
            check_length("after", after, 100)
        offset = cursor_to_offset(after) + 1 if after else 0
        if first is not None and first < 0:
            raise ApiError("« first » ne peut pas être négatif.", errors.BAD_USER_INPUT)
        paths = selected_paths(info)
        try:
            result = services.search(
                query,
                filters=_filters(filter),
                sort=getattr(sort, "value", sort) or services.RELEVANCE,
                first=first,
                offset=offset,
                with_facets="facets" in paths,
                correct=spellcheck is not False,
            )
        except services.SearchError as error:
            raise _api_error(error) from error

        page_paths = {
            p[len("edges.node.page.") :] for p in paths if p.startswith("edges.node.page.")
        }
        _prepare([hit.page for hit in result.hits], page_paths)

        edges = [
            SearchConnection.Edge(node=hit, cursor=offset_to_cursor(offset + index))
            for index, hit in enumerate(result.hits)
        ]
        connection = SearchConnection(
            edges=edges,
            page_info=graphene.relay.PageInfo(
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
                has_previous_page=offset > 0,
                has_next_page=result.has_next,
            ),
            facets=SearchFacets(**{key: result.facets.get(key, []) for key in services.FACET_KEYS}),
            corrected_query=result.corrected_query,
            expansions=result.expansions,
            promotions=result.promotions,
        )
        connection.length = result.total
        return connection

    def resolve_autocomplete(root, info, prefix, first=None):
        try:
            pages = services.autocomplete(prefix, first=10 if first is None else first)
        except services.SearchError as error:
            raise _api_error(error) from error
        paths = {p[len("page.") :] for p in selected_paths(info) if p.startswith("page.")}
        _prepare(pages, paths)
        return pages
