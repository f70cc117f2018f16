"""What collectivités share: territorial experiences and resources."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.blocks import RICH_TEXT_FEATURES, BodyStreamBlock, LinkTargetBlock
from cms.models import ARNSTEIN_LEVELS, ClassifiedContent
from cms.page_permissions import RegisteredPagePermissions
from inspiration.forms import ExperiencePageForm, ProposedByForm
from inspiration.models.index import PlacedInSection


class ExperiencePage(
    PlacedInSection, RegisteredPagePermissions, HeadlessPreviewMixin, ClassifiedContent, Page
):
    """A territorial experience or democratic project, told so that another collectivité can learn from it."""

    summary = models.TextField(_("résumé"), max_length=800)
    participation_level = models.PositiveSmallIntegerField(
        _("niveau de participation"),
        choices=ARNSTEIN_LEVELS,
        validators=[MinValueValidator(1), MaxValueValidator(8)],
        help_text=_("Sur l'échelle d'Arnstein, de 1 (manipulation) à 8 (contrôle citoyen)."),
    )
    period_start = models.DateField(_("début"), null=True, blank=True)
    period_end = models.DateField(
        _("fin"), null=True, blank=True, help_text=_("Vide si l'expérience se poursuit.")
    )
    actors = models.TextField(_("acteurs impliqués"), blank=True)
    results = RichTextField(_("résultats"), blank=True, features=RICH_TEXT_FEATURES)
    contact_name = models.CharField(_("contact"), max_length=200, blank=True)
    contact_role = models.CharField(_("fonction du contact"), max_length=200, blank=True)
    contact_email = models.EmailField(_("courriel du contact"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image principale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("récit de l'expérience"), blank=True)
    sources = StreamField(
        [("source", LinkTargetBlock(label=_("source")))], verbose_name=_("sources"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("proposed_by"),
        InlinePanel(
            "authority_links", heading=_("Collectivités"), label=_("collectivité"), min_num=1
        ),
        FieldPanel("participation_level"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Période")),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("actors"),
        FieldPanel("results"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
        FieldPanel("sources"),
        *ClassifiedContent.classification_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("actors"),
        index.SearchField("results"),
        index.FilterField("participation_level"),
        index.FilterField("period_start"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("territory_types", [index.SearchField("name")]),
        index.RelatedFields(
            "authority_links", [index.RelatedFields("local_authority", [index.SearchField("name")])]
        ),
    ]

    parent_page_types = ["inspiration.InspirationIndexPage"]
    subpage_types = []
    base_form_class = ExperiencePageForm

    class Meta:
        verbose_name = _("expérience territoriale")
        verbose_name_plural = _("expériences territoriales")

    @property
    def local_authorities(self):
        return [link.local_authority for link in self.authority_links.all()]

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError(
                {"period_end": _("La fin de l'expérience ne peut précéder son début.")}
            )


class ExperienceLocalAuthority(Orderable):
    page = ParentalKey(ExperiencePage, on_delete=models.CASCADE, related_name="authority_links")
    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        on_delete=models.PROTECT,
        related_name="experience_links",
    )

    panels = [FieldPanel("local_authority")]

    class Meta(Orderable.Meta):
        verbose_name = _("collectivité de l'expérience")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "local_authority"], name="unique_experience_authority"
            )
        ]


class ResourcePage(
    PlacedInSection, RegisteredPagePermissions, HeadlessPreviewMixin, ClassifiedContent, Page
):
    """A resource to learn from: a study, a guide, a tool, an article or a video."""

    class ResourceType(models.TextChoices):
        STUDY = "study", _("Étude")
        GUIDE = "guide", _("Guide")
        TOOL = "tool", _("Outil")
        ARTICLE = "article", _("Article")
        VIDEO = "video", _("Vidéo")

    resource_type = models.CharField(
        _("type de ressource"), max_length=20, choices=ResourceType.choices
    )
    summary = models.TextField(_("résumé"), max_length=800)
    organisation = models.CharField(_("organisme"), max_length=200, blank=True)
    authors = models.CharField(_("auteurs"), max_length=300, blank=True)
    publication_date = models.DateField(_("date de publication"), null=True, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("fichier"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(_("lien externe"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("resource_type"), FieldPanel("publication_date")]),
        FieldPanel("summary"),
        FieldPanel("proposed_by"),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("authors")]),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("external_url")], heading=_("Accès à la ressource")
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        *ClassifiedContent.classification_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("organisation"),
        index.SearchField("authors"),
        index.SearchField("body"),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["inspiration.InspirationIndexPage"]
    subpage_types = []
    base_form_class = ProposedByForm

    class Meta:
        verbose_name = _("ressource")
        verbose_name_plural = _("ressources")

    def clean(self):
        super().clean()
        if not self.document_id and not self.external_url:
            raise ValidationError(
                {"external_url": _("Joignez un fichier ou indiquez un lien vers la ressource.")}
            )
