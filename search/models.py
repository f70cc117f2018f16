"""The search documents: one per live, public page, with the facets it is counted under.

Pages are indexed by Wagtail for the admin; the public search runs on these documents instead,
so that only published, public content can ever be found, and so that every engine gets the same
flat record (title, summary, text, facets) whatever the page type.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search import index

from search import french


class FacetKey(models.TextChoices):
    CONTENT_TYPE = "content_type", _("type de contenu")
    THEME = "theme", _("thématique")
    TERRITORY_TYPE = "territory_type", _("type de territoire")
    DEPARTMENT = "department", _("département")
    PARTICIPATION_LEVEL = "participation_level", _("niveau de participation")
    YEAR = "year", _("année")


class SearchDocument(index.Indexed, models.Model):
    page = models.OneToOneField(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="search_document"
    )
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("type de contenu"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("titre"), max_length=255)
    summary = models.TextField(_("résumé"), blank=True)
    body = models.TextField(_("texte"), blank=True)
    date = models.DateTimeField(_("date"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("année"), null=True, blank=True)
    # Indexed: search/bitmaps.py reads its maximum before each search on the database engines.
    updated_at = models.DateTimeField(_("mis à jour le"), auto_now=True, db_index=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        # The same fields analysed by search/french.py, for the engines that analyse nothing
        # themselves (OpenSearch: split on blanks); the database engines skip them.
        index.SearchField("title_terms", es_extra={"analyzer": "whitespace"}),
        index.SearchField("summary_terms", es_extra={"analyzer": "whitespace"}),
        index.SearchField("body_terms", es_extra={"analyzer": "whitespace"}),
        index.FilterField("content_type"),
        index.FilterField("date"),
        index.FilterField("year"),
        index.FilterField("facet_values"),
    ]

    class Meta:
        verbose_name = _("document de recherche")
        verbose_name_plural = _("documents de recherche")
        # The results by date read the documents newest first from this index alone
        # (search/ranking.py `dated_page`).
        indexes = [models.Index(fields=["date", "id"], name="search_document_date_id")]

    def __str__(self):
        return self.title

    def title_terms(self):
        return french.analyse(self.title)

    def summary_terms(self):
        return french.analyse(self.summary)

    def body_terms(self):
        return french.analyse(self.body)

    def facet_values(self):
        """'key:value' of every facet, for engines that filter and aggregate on the index."""
        preloaded = self.__dict__.get("_facet_values")
        if preloaded is not None:
            return preloaded
        return [f"{facet.key}:{facet.value}" for facet in self.facets.all()]

    @classmethod
    def preload_facet_values(cls, documents):
        """`facet_values` of many documents in one query, without a model per facet: the engines
        that index the facets call it per batch (search/backends/faceted.py). Not a prefetch in
        `get_indexed_objects`: the database engines never read the facets, and instantiating
        seven facets per document was a fifth of their indexing time."""
        by_pk = {document.pk: document for document in documents}
        values = {pk: [] for pk in by_pk}
        rows = (
            SearchFacet.objects.filter(document_id__in=list(by_pk))
            .order_by("pk")
            .values_list("document_id", "key", "value")
        )
        for document_id, key, value in rows:
            values[document_id].append(f"{key}:{value}")
        for pk, document in by_pk.items():
            document._facet_values = values[pk]


class SearchFacet(models.Model):
    document = models.ForeignKey(
        SearchDocument, verbose_name=_("document"), on_delete=models.CASCADE, related_name="facets"
    )
    key = models.CharField(_("facette"), max_length=30, choices=FacetKey.choices)
    value = models.CharField(_("valeur"), max_length=150)
    label = models.CharField(_("libellé"), max_length=255)

    class Meta:
        verbose_name = _("facette d'un document")
        verbose_name_plural = _("facettes des documents")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "key", "value"], name="unique_search_facet_value"
            )
        ]
        indexes = [models.Index(fields=["key", "value"], name="search_facet_key_value")]

    def __str__(self):
        return f"{self.key}={self.value}"


class Synonym(models.Model):
    """An entry of the thesaurus « Synonymes et sigles », applied when a query is analysed."""

    terms = models.TextField(
        _("termes"),
        help_text=_(
            "Un terme par ligne (mot, sigle ou expression), au moins deux. Une recherche de l'un "
            "trouve aussi les textes qui emploient les autres."
        ),
    )
    one_way = models.BooleanField(
        _("sens unique"),
        default=False,
        help_text=_(
            "Le premier terme s'étend aux suivants, pas l'inverse : « vélo » puis « VTT » fait "
            "trouver les VTT à qui cherche « vélo », pas les vélos à qui cherche « VTT »."
        ),
    )
    updated_at = models.DateTimeField(_("mis à jour le"), auto_now=True)

    MAX_TERMS = 10
    MAX_TERM_LENGTH = 100

    class Meta:
        verbose_name = _("synonyme ou sigle")
        verbose_name_plural = _("synonymes et sigles")
        ordering = ["terms"]

    def __str__(self):
        separator = " ⇒ " if self.one_way else " ⇔ "
        return separator.join(self.term_list())

    def term_list(self):
        return [line.strip() for line in re.split(r"[\n;]", self.terms or "") if line.strip()]

    def clean(self):
        from django.core.exceptions import ValidationError

        from search import french

        terms = self.term_list()
        if len(terms) < 2:
            raise ValidationError({"terms": _("Saisissez au moins deux termes, un par ligne.")})
        if len(terms) > self.MAX_TERMS:
            raise ValidationError(
                {"terms": _("Dix termes au plus : créez plutôt plusieurs entrées.")}
            )
        for term in terms:
            if len(term) > self.MAX_TERM_LENGTH:
                raise ValidationError({"terms": _("« %s… » : 100 caractères au plus.") % term[:30]})
            if not french.terms(term):
                raise ValidationError(
                    {"terms": _("« %s » ne contient que des mots trop courants.") % term}
                )


class SearchWord(models.Model):
    """The words of the indexed texts as written (folded), with their stem: the typo corrector's
    vocabulary, the same whatever the engine."""

    word = models.CharField(_("mot"), max_length=60, unique=True)
    stem = models.CharField(_("radical"), max_length=60, db_index=True)
    documents = models.PositiveIntegerField(_("documents"), default=1)

    class Meta:
        verbose_name = _("mot indexé")
        verbose_name_plural = _("mots indexés")

    def __str__(self):
        return self.word
