"""A small French corpus, the same for every engine (SQLite by default, PostgreSQL with
DATABASE_URL, OpenSearch with SEARCH_URL): see test_relevance.py for what each query must find."""

import datetime

import pytest
from django.conf import settings
from django.db import transaction
from wagtail.models import PageViewRestriction

from cms.models import HomePage, LocalAuthority, TerritoryType
from search import documents
from tests.factories import (
    ConceptPageFactory,
    EventPageFactory,
    ExperiencePageFactory,
    InspirationIndexPageFactory,
    LocalAuthorityFactory,
    ResourcePageFactory,
    ThemeFactory,
)

THEMES = {
    "democratie": "Démocratie locale",
    "jeunesse": "Jeunesse",
    "mobilite": "Mobilité",
    "ecologie": "Transition écologique",
    "sante": "Santé",
    "numerique": "Numérique",
    "renovation": "Rénovation urbaine",
}

# (factory, title, summary, themes, territory types, département code or None, extra fields)
CORPUS = [
    (
        "experience",
        "Budget participatif des enfants à Sène",
        "Les enfants des écoles votent pour des projets de leur quartier. La démocratie commence à l'école.",
        ["jeunesse", "democratie"],
        ["villes"],
        "56",
        {"participation_level": 6, "period_start": datetime.date(2022, 3, 1), "period_end": None},
    ),
    (
        "experience",
        "Assemblée des habitantes et habitants de Saillans",
        "Une commune rurale gouvernée avec ses habitantes : la participation citoyenne au quotidien.",
        ["democratie"],
        ["ruralites"],
        "26",
        {"participation_level": 7, "period_start": datetime.date(2014, 4, 1), "period_end": None},
    ),
    (
        "resource",
        "Guide de l'engagement bénévole",
        "Comment susciter l'engagement des jeunes dans les associations locales.",
        ["jeunesse"],
        [],
        None,
        {"publication_date": datetime.date(2023, 5, 10)},
    ),
    (
        "concept",
        "Échelle de la participation d'Arnstein",
        "Huit niveaux, de la manipulation au contrôle citoyen.",
        ["democratie"],
        [],
        None,
        {},
    ),
    (
        "event",
        "Webinaire : mobilités rurales et covoiturage",
        "Des élus présentent leurs solutions de mobilité pour les villages.",
        ["mobilite"],
        ["ruralites"],
        None,
        {},
    ),
    (
        "experience",
        "Jardins partagés dans les quartiers prioritaires",
        "Des jardins cultivés par les familles d'un quartier de la politique de la ville.",
        ["ecologie"],
        ["qpv"],
        "93",
        {"participation_level": 5, "period_start": datetime.date(2023, 1, 1), "period_end": None},
    ),
    (
        "resource",
        "Étude sur la santé des personnes âgées isolées",
        "Lutter contre l'isolement des aînés grâce aux visites de voisinage.",
        ["sante"],
        [],
        None,
        {"publication_date": datetime.date(2024, 2, 1)},
    ),
    (
        "experience",
        "Conseil citoyen de Grigny",
        "Les citoyennes et citoyens évaluent la rénovation urbaine de leur quartier.",
        ["renovation", "democratie"],
        ["qpv"],
        "91",
        {"participation_level": 4, "period_start": datetime.date(2024, 9, 1), "period_end": None},
    ),
    (
        "resource",
        "Numérique inclusif : les conseillers numériques",
        "Accompagner les usagers éloignés du numérique dans leurs démarches en ligne.",
        ["numerique"],
        [],
        None,
        {"publication_date": datetime.date(2022, 11, 1)},
    ),
    (
        "event",
        "Rencontre nationale de la démocratie délibérative",
        "Tirage au sort et conventions citoyennes : deux jours d'échanges entre collectivités.",
        ["democratie"],
        [],
        None,
        {},
    ),
]

DEPARTMENTS = {"56": "Morbihan", "26": "Drôme", "93": "Seine-Saint-Denis", "91": "Essonne"}
COMMUNES = {
    "56": ("56243", "Sène"),
    "26": ("26289", "Saillans"),
    "93": ("93066", "Saint-Denis"),
    "91": ("91286", "Grigny"),
}

FACTORIES = {
    "experience": ExperiencePageFactory,
    "resource": ResourcePageFactory,
    "concept": ConceptPageFactory,
    "event": EventPageFactory,
}


def _reset_engine():
    """An OpenSearch index is not rolled back with the database: start each test from empty."""
    if settings.SEARCH_URL:
        from search.backends.opensearch_french import reset_index

        reset_index()


def build_corpus():
    _reset_engine()
    home = HomePage.objects.get()
    themes = {slug: ThemeFactory(slug=slug, name=name) for slug, name in THEMES.items()}
    territory_types = {t.slug: t for t in TerritoryType.objects.all()}
    index = InspirationIndexPageFactory(parent=home, title="Ressources", slug="ressources")
    pages = {}
    for kind, title, summary, theme_slugs, territory_slugs, department, extra in CORPUS:
        kwargs = dict(
            parent=index,
            title=title,
            summary=summary,
            themes=[themes[s] for s in theme_slugs],
            territory_types=[territory_types[s] for s in territory_slugs],
            **extra,
        )
        if kind == "experience":
            dept = LocalAuthorityFactory(
                kind=LocalAuthority.Kind.DEPARTEMENT, code=department, name=DEPARTMENTS[department]
            )
            code, name = COMMUNES[department]
            commune = LocalAuthorityFactory(code=code, name=name, department=dept)
            kwargs["authority_link__local_authority"] = commune
        pages[title] = FACTORIES[kind](**kwargs)

    # Never to be found: a draft, and a live page under a private section.
    draft = ExperiencePageFactory(
        parent=index,
        title="Projet de téléphérique urbain",
        summary="Un téléphérique pour relier les quartiers.",
        live=False,
    )
    private_index = InspirationIndexPageFactory(parent=home, title="Espace réservé", slug="reserve")
    PageViewRestriction.objects.create(
        page=private_index, restriction_type=PageViewRestriction.PASSWORD, password="secret-42"
    )
    private = ExperiencePageFactory(
        parent=private_index,
        title="Dossier confidentiel sur la piscine municipale",
        summary="La piscine municipale et sa rénovation énergétique.",
    )
    documents.rebuild()
    _refresh_engine()
    pages["draft"] = draft
    pages["private"] = private
    pages["index"] = index
    pages["private_index"] = private_index
    return pages


@pytest.fixture(scope="module")
def module_corpus(django_db_setup, django_db_blocker):
    """On the database engines, the corpus built once for the module and rolled back at its end.
    None on OpenSearch, whose index is not rolled back with the database."""
    if settings.SEARCH_URL:
        yield None
        return
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_corpus()
        transaction.set_rollback(True)


@pytest.fixture
def corpus(module_corpus, db):
    """The corpus as each test finds it: what a test changes (publishes, moves, deletes) is rolled
    back at its end, its transaction being a savepoint inside the module's. On OpenSearch each test
    builds its own, from an empty index."""
    return module_corpus or build_corpus()


def _refresh_engine():
    if settings.SEARCH_URL:
        from search.backends.opensearch_french import refresh_index

        refresh_index()


@pytest.fixture
def refresh():
    return _refresh_engine
