"""The shared vocabularies: collectivités, themes and territory types."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from cms.validators import validate_official_code


class TerritoryType(index.Indexed, models.Model):
    """A kind of territory the ANCT programmes target (QPV, Villes, Ruralités)."""

    name = models.CharField(_("nom"), max_length=100, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("type de territoire")
        verbose_name_plural = _("types de territoire")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(index.Indexed, models.Model):
    """A public-policy theme used to classify every content (culture, mobilité, santé…)."""

    name = models.CharField(_("nom"), max_length=150, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=150, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("thématique")
        verbose_name_plural = _("thématiques")
        # The slug is the name without accents nor capitals: « Éducation » sorts with the E, as
        # in a French dictionary, on every database (SQLite has no French collation).
        ordering = ["slug"]

    def __str__(self):
        return self.name


class LocalAuthorityManager(models.Manager):
    """Looks collectivités up by their natural key (kind, code), e.g. for fixtures."""

    def get_by_natural_key(self, kind, code):
        return self.get(kind=kind, code=code)


class LocalAuthority(index.Indexed, models.Model):
    """A collectivité: commune, EPCI, département or région, keyed by its official code."""

    class Kind(models.TextChoices):
        COMMUNE = "commune", _("Commune")
        EPCI = "epci", _("EPCI")
        DEPARTEMENT = "departement", _("Département")
        REGION = "region", _("Région")

    kind = models.CharField(_("type de collectivité"), max_length=20, choices=Kind.choices)
    code = models.CharField(
        _("code officiel"),
        max_length=9,
        help_text=_(
            "Code INSEE pour une commune, un département ou une région ; SIREN pour un EPCI."
        ),
    )
    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("identifiant"), max_length=220, unique=True, editable=False)
    department = models.ForeignKey(
        "self",
        verbose_name=_("département"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"kind": Kind.DEPARTEMENT},
    )
    region = models.ForeignKey(
        "self",
        verbose_name=_("région"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"kind": Kind.REGION},
    )
    epci = models.ForeignKey(
        "self",
        verbose_name=_("EPCI de rattachement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_communes",
        limit_choices_to={"kind": Kind.EPCI},
    )
    epci_type = models.CharField(
        _("nature de l'EPCI"), max_length=10, blank=True, help_text=_("CC, CA, CU ou METRO.")
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    siren = models.CharField(
        _("SIREN"),
        max_length=9,
        blank=True,
        db_index=True,
        help_text=_(
            "Les 9 premiers chiffres du SIRET de ses agents : ProConnect le transmet à la connexion."
        ),
    )
    territory_types = models.ManyToManyField(
        TerritoryType,
        verbose_name=_("types de territoire"),
        blank=True,
        related_name="local_authorities",
    )

    objects = LocalAuthorityManager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("code"), FieldPanel("name")], heading=_("Identité")
        ),
        MultiFieldPanel(
            [
                FieldPanel("department"),
                FieldPanel("region"),
                FieldPanel("epci"),
                FieldPanel("epci_type"),
            ],
            heading=_("Rattachements"),
        ),
        FieldPanel("population"),
        FieldPanel("territory_types", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("code"),
        index.FilterField("kind"),
        index.FilterField("department_id"),
        index.FilterField("region_id"),
    ]

    class Meta:
        verbose_name = _("collectivité")
        verbose_name_plural = _("collectivités")
        ordering = ["name", "code"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "code"], name="unique_local_authority_code")
        ]
        indexes = [models.Index(fields=["name"]), models.Index(fields=["kind", "name"])]

    def __str__(self):
        if self.kind == self.Kind.COMMUNE and self.department_id:
            return f"{self.name} ({self.department.code})"
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.build_slug(self.kind, self.code, self.name)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        # An unknown kind is reported by clean_fields(); full_clean() still calls clean().
        if self.kind in self.Kind.values and self.code:
            try:
                validate_official_code(self.kind, self.code)
            except ValidationError as error:
                errors["code"] = error
        if self.department_id and self.kind in (self.Kind.DEPARTEMENT, self.Kind.REGION):
            errors["department"] = _(
                "Un département ou une région n'a pas de département de rattachement."
            )
        if self.epci_id and self.kind != self.Kind.COMMUNE:
            errors["epci"] = _("Seule une commune est rattachée à un EPCI.")
        if errors:
            raise ValidationError(errors)

    def natural_key(self):
        return (self.kind, self.code)

    @staticmethod
    def build_slug(kind, code, name):
        """The slug given to a new collectivité (also used by the bulk COG import)."""
        return slugify(f"{kind}-{code}-{name}")[:220]


class LocalAuthorityMembership(models.Model):
    """Ties a user account to a collectivité it acts for (contributors, participants)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utilisateur"),
        on_delete=models.CASCADE,
        related_name="authority_memberships",
    )
    local_authority = models.ForeignKey(
        LocalAuthority,
        verbose_name=_("collectivité"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    is_referent = models.BooleanField(
        _("référent"),
        default=False,
        help_text=_("Le référent relit les contributions de sa collectivité."),
    )

    class Status(models.TextChoices):
        PENDING = "pending", _("en attente")
        APPROVED = "approved", _("approuvée")
        REFUSED = "refused", _("refusée")

    # Memberships made by staff (admin, create_contributor) are approved; a ProConnect sign-in
    # or requestMembership creates a pending one, decided by a moderator or the referent.
    status = models.CharField(
        _("statut"), max_length=10, choices=Status.choices, default=Status.APPROVED, db_index=True
    )
    message = models.TextField(_("message de la demande"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("décidée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("décidée le"), null=True, blank=True)
    refusal_reason = models.TextField(_("motif du refus"), blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("appartenance à une collectivité")
        verbose_name_plural = _("appartenances à une collectivité")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "local_authority"], name="unique_authority_membership"
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.local_authority}"
