"""What a public site needs around its pages: menu, settings, redirects, sitemap.

The rules are in `cms.navigation`; here they are typed and described for front ends.
"""

import graphene

from cms import navigation
from cms.api.media import ImageField
from cms.api.pagination import check_length, connection_for, page_args, paginate
from cms.models import SiteSettings
from cms.schema.enums import choices_enum
from cms.visibility import front_end_path

AccessibilityStatusEnum = choices_enum(
    SiteSettings.AccessibilityStatus,
    "AccessibilityStatus",
    "Conformité du site au RGAA, à afficher dans le pied de page.",
)


class SiteLinkKind(graphene.Enum):
    class Meta:
        description = "Nature d'un lien du pied de page."

    LEGAL_NOTICE = "legal_notice"
    ACCESSIBILITY = "accessibility"
    PERSONAL_DATA = "personal_data"
    OTHER = "other"

    @property
    def description(self):
        return {
            "LEGAL_NOTICE": "Mentions légales.",
            "ACCESSIBILITY": "Déclaration d'accessibilité.",
            "PERSONAL_DATA": "Données personnelles.",
            "OTHER": "Autre lien.",
        }[self.name]


class MenuItemType(graphene.ObjectType):
    class Meta:
        name = "MenuItem"
        description = (
            "Entrée du menu principal : une page que les éditeurs affichent dans les menus."
        )

    title = graphene.String(required=True, description="Titre de la page.")
    url_path = graphene.String(
        required=True, description="Chemin sur le front end, depuis la racine du site."
    )
    children = graphene.List(
        graphene.NonNull(lambda: MenuItemType),
        required=True,
        description="Sous-pages affichées dans les menus, dans l'ordre de l'arborescence "
        "(vide au second niveau).",
    )


class SiteLinkType(graphene.ObjectType):
    class Meta:
        name = "SiteLink"
        description = "Lien du pied de page, vers une page publiée du site ou une adresse externe."

    kind = graphene.Field(graphene.NonNull(SiteLinkKind), description="Nature du lien.")
    label = graphene.String(required=True, description="Libellé.")
    url = graphene.String(required=True, description="Adresse complète.")
    url_path = graphene.String(
        description="Chemin sur le front end pour une page du site ; null pour une adresse externe."
    )
    is_external = graphene.Boolean(required=True, description="Vrai pour une adresse externe.")

    def resolve_is_external(root, info):
        return root.url_path is None


class SiteSettingsType(graphene.ObjectType):
    class Meta:
        name = "SiteSettings"
        description = (
            "Réglages du site public (en-tête, pied de page, partage), modifiés par les éditeurs "
            "de l'ANCT ; leurs valeurs par défaut tant qu'ils ne les ont pas enregistrés."
        )

    site_name = graphene.String(required=True, description="Nom du site.")
    baseline = graphene.String(required=True, description="Devise, sous le nom du site.")
    operator = graphene.String(required=True, description="Organisme qui édite le site.")
    contact_email = graphene.String(description="Adresse électronique de contact, si renseignée.")
    social_image = ImageField(
        description="Image de partage sur les réseaux sociaux, faute d'image propre à la page."
    )
    footer_links = graphene.List(
        graphene.NonNull(SiteLinkType),
        required=True,
        description="Liens du pied de page, dans l'ordre choisi.",
    )
    legal_links = graphene.List(
        graphene.NonNull(SiteLinkType),
        required=True,
        description="Liens obligatoires : mentions légales, accessibilité, données personnelles.",
    )
    accessibility_status = graphene.Field(
        graphene.NonNull(AccessibilityStatusEnum), description="Conformité au RGAA."
    )
    accessibility_status_label = graphene.String(
        required=True,
        description="Conformité au RGAA en toutes lettres, ex. « partiellement conforme ».",
    )

    def resolve_contact_email(root, info):
        return root.contact_email or None

    def resolve_footer_links(root, info):
        return navigation.site_links(root.footer_links, info.context)

    def resolve_legal_links(root, info):
        return navigation.site_links(root.legal_links, info.context)

    def resolve_accessibility_status(root, info):
        return root.accessibility_status

    def resolve_accessibility_status_label(root, info):
        return str(root.get_accessibility_status_display())


class RedirectType(graphene.ObjectType):
    class Meta:
        name = "Redirect"
        description = (
            "Redirection d'une ancienne adresse du site (redirections de Wagtail, y compris celles "
            "créées quand une page change d'adresse), à répondre en 301 ou 302."
        )

    old_path = graphene.String(
        required=True, description="Ancien chemin, normalisé (sans barre finale)."
    )
    location = graphene.String(
        required=True,
        description="Destination : chemin sur le front end de la page cible, ou adresse externe.",
    )
    is_permanent = graphene.Boolean(
        required=True, description="Vrai : redirection permanente (301) ; faux : temporaire (302)."
    )
    status_code = graphene.Int(required=True, description="Code HTTP à répondre : 301 ou 302.")

    def resolve_location(root, info):
        return navigation.redirect_location(root, info.context)

    def resolve_status_code(root, info):
        return 301 if root.is_permanent else 302


class SitemapEntryType(graphene.ObjectType):
    class Meta:
        name = "SitemapEntry"
        description = "Une page publique du site, pour le plan du site (sitemap.xml)."

    url_path = graphene.String(
        required=True, description="Chemin sur le front end, depuis la racine du site."
    )
    last_published_at = graphene.DateTime(description="Dernière publication.")
    content_type = graphene.String(
        required=True, description="Type de page, ex. « inspiration.ExperiencePage »."
    )

    def resolve_url_path(root, info):
        return front_end_path(root, info.context)

    def resolve_content_type(root, info):
        return navigation.content_type_label(root)


RedirectConnection = connection_for(RedirectType)
SitemapConnection = connection_for(
    SitemapEntryType,
    name="SitemapConnection",
    description="Liste paginée des pages publiques du site.",
)

# Long enough for any address a browser sends; a redirect's own path is 255 characters at most.
MAX_PATH_LENGTH = 2000


class SiteQuery(graphene.ObjectType):
    menu = graphene.List(
        graphene.NonNull(MenuItemType),
        required=True,
        description="Menu principal : les rubriques sous la page d'accueil affichées dans les "
        "menus et leurs sous-pages affichées dans les menus, dans l'ordre de l'arborescence.",
    )
    site_settings = graphene.Field(
        graphene.NonNull(SiteSettingsType),
        description="Réglages du site : nom, devise, opérateur, contact, pied de page.",
    )
    redirect = graphene.Field(
        RedirectType,
        path=graphene.String(
            required=True,
            description="Chemin demandé au front end, ex. « /ancienne-page/ » (requête comprise).",
        ),
        description="La redirection d'un chemin, ou null : le front end répond alors 404.",
    )
    redirects = graphene.Field(
        graphene.NonNull(RedirectConnection),
        **page_args(),
        description="Toutes les redirections du site, par ancien chemin (pour une génération "
        "statique).",
    )
    sitemap = graphene.Field(
        graphene.NonNull(SitemapConnection),
        **page_args(),
        description="Toutes les pages publiques du site, dans l'ordre de l'arborescence.",
    )

    def resolve_menu(root, info):
        return navigation.menu(info.context)

    def resolve_site_settings(root, info):
        return navigation.site_settings()

    def resolve_redirect(root, info, path):
        check_length("path", path, MAX_PATH_LENGTH)
        return navigation.redirect_for(path)

    def resolve_redirects(root, info, first=None, after=None):
        return paginate(RedirectConnection, navigation.site_redirects(), first=first, after=after)

    def resolve_sitemap(root, info, first=None, after=None):
        return paginate(SitemapConnection, navigation.sitemap_pages(), first=first, after=after)
