"""The public site's own settings: its name, its operator, its footer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from cms.blocks import LinkTargetBlock

DEFAULT_SITE_NAME = "Territoires en commun"
DEFAULT_BASELINE = "La plateforme de l'engagement citoyen"
DEFAULT_OPERATOR = "Agence nationale de la cohésion des territoires"

# The links every site of the French State shows in its footer (système de design de l'État).
STATE_FOOTER_LINKS = [
    ("legifrance.gouv.fr", "https://www.legifrance.gouv.fr/"),
    ("info.gouvernement.fr", "https://www.info.gouvernement.fr/"),
    ("service-public.fr", "https://www.service-public.fr/"),
    ("data.gouv.fr", "https://www.data.gouv.fr/"),
]


class SiteLinkBlock(blocks.StructBlock):
    """A link of the site's footer: its label and a page of the site or an external address."""

    label = blocks.CharBlock(label=_("libellé"), max_length=100)
    link = LinkTargetBlock(label=_("cible"))

    class Meta:
        icon = "link"
        label = _("Lien")


class LegalLinksBlock(blocks.StreamBlock):
    """The mandatory links of a public site's footer, each at most once."""

    legal_notice = SiteLinkBlock(label=_("Mentions légales"))
    accessibility = SiteLinkBlock(label=_("Déclaration d'accessibilité"))
    personal_data = SiteLinkBlock(label=_("Données personnelles"))
    other = SiteLinkBlock(label=_("Autre lien"))

    class Meta:
        block_counts = {
            "legal_notice": {"max_num": 1},
            "accessibility": {"max_num": 1},
            "personal_data": {"max_num": 1},
        }


def default_footer_links():
    return [
        {"type": "link", "value": {"label": label, "link": {"page": None, "url": url}}}
        for label, url in STATE_FOOTER_LINKS
    ]


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the public site shows on every page: its name and baseline in the header, its
    operator, contact and links in the footer, the image shared on social networks."""

    class AccessibilityStatus(models.TextChoices):
        # The wording the RGAA requires in the footer, after « Accessibilité : ».
        NON_COMPLIANT = "non_compliant", _("non conforme")
        PARTIALLY_COMPLIANT = "partially_compliant", _("partiellement conforme")
        FULLY_COMPLIANT = "fully_compliant", _("totalement conforme")

    site_name = models.CharField(_("nom du site"), max_length=100, default=DEFAULT_SITE_NAME)
    baseline = models.CharField(
        _("devise"),
        max_length=200,
        default=DEFAULT_BASELINE,
        help_text=_("Affichée sous le nom du site, dans l'en-tête."),
    )
    operator = models.CharField(
        _("opérateur"),
        max_length=200,
        default=DEFAULT_OPERATOR,
        help_text=_("L'organisme qui édite le site, nommé dans le pied de page."),
    )
    contact_email = models.EmailField(_("adresse de contact"), blank=True)
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image de partage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Image des pages partagées sur les réseaux sociaux, faute d'image propre."),
    )
    footer_links = StreamField(
        [("link", SiteLinkBlock())],
        verbose_name=_("liens du pied de page"),
        blank=True,
        default=default_footer_links,
    )
    legal_links = StreamField(
        LegalLinksBlock(),
        verbose_name=_("liens obligatoires"),
        blank=True,
        help_text=_("Mentions légales, déclaration d'accessibilité, données personnelles."),
    )
    accessibility_status = models.CharField(
        _("conformité au RGAA"),
        max_length=20,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.NON_COMPLIANT,
        help_text=_("Affichée dans le pied de page : « Accessibilité : non conforme »."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("baseline"), FieldPanel("operator")],
            heading=_("Identité"),
        ),
        FieldPanel("contact_email"),
        FieldPanel("social_image"),
        FieldPanel("footer_links"),
        MultiFieldPanel(
            [FieldPanel("legal_links"), FieldPanel("accessibility_status")],
            heading=_("Obligations légales"),
        ),
    ]

    class Meta:
        verbose_name = _("Réglages du site")
        verbose_name_plural = _("Réglages du site")
