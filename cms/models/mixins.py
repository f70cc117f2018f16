"""Fields and panels shared by the content pages of several apps."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

ARNSTEIN_LEVELS = [
    (1, _("1 — Manipulation")),
    (2, _("2 — Thérapie")),
    (3, _("3 — Information")),
    (4, _("4 — Consultation")),
    (5, _("5 — Apaisement")),
    (6, _("6 — Partenariat")),
    (7, _("7 — Délégation de pouvoir")),
    (8, _("8 — Contrôle citoyen")),
]


class ClassifiedContent(models.Model):
    """Themes and territory types: the facets shared by inspiration content."""

    themes = ParentalManyToManyField(
        "cms.Theme",
        verbose_name=_("thématiques"),
        blank=True,
        related_name="%(app_label)s_%(class)s_set",
    )
    territory_types = ParentalManyToManyField(
        "cms.TerritoryType",
        verbose_name=_("types de territoire"),
        blank=True,
        related_name="%(app_label)s_%(class)s_set",
    )

    classification_panels = [
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("territory_types", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Classement"),
        )
    ]

    class Meta:
        abstract = True
