"""The facts of the demo site, as data.

Everything a person reads is French and comes from the programme's own documents (the shared
projects' leaflet and service offer, the Territoires d'engagement leaflet, the OGP commitment #23,
the first newsletter of June 2021), completed where they are cut short by public sources named in
each page's « sources ». What is purely illustrative (the engagement track, the shared project's
journal and action plan, the experts' team, the demo accounts) says so.

References between objects are written with the small `*Ref` classes below; rich text links to a
page with the placeholder `{page:<key>}` in `<a linktype="page" id="{page:<key>}">`. The builder
resolves both.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from cms.roles import (
    ROLE_CONTRIBUTORS,
    ROLE_EDITORS,
    ROLE_EXPERTS,
    ROLE_MODERATORS,
    ROLE_PARTICIPANTS,
)

PARIS = ZoneInfo("Europe/Paris")
SITE_URL = "https://territoires-en-commun.fr"


# --- References, resolved by the builder -------------------------------------------------------


@dataclass(frozen=True)
class PageRef:
    key: str


@dataclass(frozen=True)
class ImageRef:
    key: str


@dataclass(frozen=True)
class DocumentRef:
    key: str


@dataclass(frozen=True)
class AuthorityRef:
    kind: str
    code: str


@dataclass(frozen=True)
class ThemeRef:
    slug: str


@dataclass(frozen=True)
class StageRef:
    project: str
    kind: str


@dataclass(frozen=True)
class UserRef:
    username: str


def commune(code):
    return AuthorityRef("commune", code)


def epci(code):
    return AuthorityRef("epci", code)


def departement(code):
    return AuthorityRef("departement", code)


def page_link(key, text):
    """An internal link in rich text."""
    return f'<a linktype="page" id="{{page:{key}}}">{text}</a>'


def paris(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=PARIS)


# --- StreamField blocks, in their raw (JSON) form ----------------------------------------------


def site_link(label, page=None, url="", kind="link"):
    """A link of the site settings' footer (a page of the site or an external address)."""
    return {"type": kind, "value": {"label": label, "link": {"page": page, "url": url}}}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def quote(text, author="", role=""):
    return {"type": "quote", "value": {"quote": text, "author": author, "role": role}}


def image(ref, alt_text, caption="", credit="Illustration générée pour la démonstration"):
    return {
        "type": "image",
        "value": {"image": ref, "alt_text": alt_text, "caption": caption, "credit": credit},
    }


def document(ref, title, description=""):
    return {
        "type": "document",
        "value": {"document": ref, "title": title, "description": description},
    }


def key_figures(title, figures):
    return {
        "type": "key_figures",
        "value": {
            "title": title,
            "figures": [
                {"value": value, "label": label, "source": source}
                for value, label, source in figures
            ],
        },
    }


def link(page=None, url=""):
    return {"page": page, "url": url}


def call_to_action(title, text, button_label, page=None, url=""):
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": text,
            "button_label": button_label,
            "link": link(page, url),
        },
    }


def faq(title, items):
    return {
        "type": "faq",
        "value": {
            "title": title,
            "items": [{"question": question, "answer": answer} for question, answer in items],
        },
    }


# --- Vocabularies and collectivités ------------------------------------------------------------

THEMES = [
    (
        "culture",
        "Culture",
        "Politiques culturelles, droits culturels, démocratie culturelle et pratiques artistiques des habitants.",
    ),
    (
        "democratie-participative",
        "Démocratie participative",
        "Associer les habitants à la conception, à la mise en œuvre et à l'évaluation des politiques locales.",
    ),
    (
        "sante",
        "Santé",
        "Démocratie sanitaire, prévention, accès aux soins et santé dans toutes les politiques.",
    ),
    (
        "education-jeunesse",
        "Éducation et jeunesse",
        "Réussite éducative, lecture, engagement et citoyenneté des enfants et des jeunes.",
    ),
    (
        "cohesion-sociale",
        "Cohésion sociale",
        "Lien social, solidarités entre générations, lutte contre l'isolement et contre les inégalités.",
    ),
    (
        "transition-ecologique",
        "Transition écologique",
        "Climat, biodiversité, sobriété : conduire la transition avec les habitants.",
    ),
    (
        "budget-participatif",
        "Budget participatif",
        "Confier aux habitants la proposition et le choix de projets financés par la collectivité.",
    ),
    (
        "mobilites",
        "Mobilités",
        "Déplacements du quotidien, mobilités partagées et actives, désenclavement.",
    ),
    (
        "urbanisme-cadre-de-vie",
        "Urbanisme et cadre de vie",
        "Aménagement, espaces publics, lieux à réinventer et urbanisme culturel.",
    ),
    (
        "vie-associative",
        "Vie associative et bénévolat",
        "Soutien au mouvement associatif, au bénévolat et aux coopérations entre société civile et institutions.",
    ),
]

REGIONS = [
    ("11", "Île-de-France"),
    ("24", "Centre-Val de Loire"),
    ("52", "Pays de la Loire"),
    ("53", "Bretagne"),
    ("75", "Nouvelle-Aquitaine"),
]

# (code, name, region code)
DEPARTEMENTS = [
    ("18", "Cher", "24"),
    ("35", "Ille-et-Vilaine", "53"),
    ("44", "Loire-Atlantique", "52"),
    ("56", "Morbihan", "53"),
    ("78", "Yvelines", "11"),
    ("79", "Deux-Sèvres", "75"),
    ("87", "Haute-Vienne", "75"),
]

# SIREN, name, nature, population, département and région of the seat.
EPCIS = [
    ("200067932", "CA Golfe du Morbihan - Vannes Agglomération", "CA", 177719, "56", "53"),
    ("244400404", "Nantes Métropole", "METRO", 683981, "44", "52"),
    ("200059889", "CU Grand Paris Seine et Oise", "CU", 433255, "78", "11"),
    ("241800507", "CA Bourges Plus", "CA", 102172, "18", "24"),
    ("200041317", "CA du Niortais", "CA", 123389, "79", "75"),
    ("200043990", "CC Vallons de Haute-Bretagne Communauté", "CC", 45066, "35", "53"),
]

# INSEE code, name, population, département, région, EPCI (SIREN), territory types.
COMMUNES = [
    ("56243", "Séné", 9554, "56", "53", "200067932", ["ruralites"]),
    ("44109", "Nantes", 327734, "44", "52", "244400404", ["villes", "qpv"]),
    ("78361", "Mantes-la-Jolie", 43526, "78", "11", "200059889", ["qpv", "villes"]),
    ("18033", "Bourges", 64186, "18", "24", "241800507", ["villes", "qpv"]),
    ("79191", "Niort", 59854, "79", "75", "200041317", ["villes", "qpv"]),
    ("35126", "Guichen", 9412, "35", "53", "200043990", ["ruralites"]),
]

# SIREN of each demo commune (from @etalab/decoupage-administratif 6.0.0, as the COG import reads
# it): ProConnect's SIRET starts with it. An EPCI's SIREN is its code. The package gives none for
# départements and régions.
COMMUNE_SIRENS = {
    "56243": "215602434",
    "44109": "214401093",
    "78361": "217803618",
    "18033": "211800339",
    "79191": "217901917",
    "35126": "213501265",
}

# --- Illustrations and documents (drawn by demo/images.py) ---------------------------------

# key: (title, description, kicker, palette, motif)
IMAGES = {
    "home": (
        "Territoires en commun — des collectivités qui coopèrent",
        "Illustration abstraite : des cercles de couleur qui se chevauchent, comme des territoires qui coopèrent.",
        "La plateforme de l'engagement citoyen",
        "bleu",
        "circles",
    ),
    "theme-democratie-culturelle": (
        "La démocratie culturelle — thématique de juin 2021",
        "Illustration abstraite : des vagues colorées qui montent, évoquant la culture qui se déconfine.",
        "Thématique d'inspiration",
        "corail",
        "waves",
    ),
    "experience-sene": (
        "Séné, centre culturel Grain de Sel — les Glop",
        "Illustration abstraite : des sièges de salle de spectacle et des cercles, évoquant des habitants qui programment leur saison.",
        "Expérience territoriale — Séné (56)",
        "marine",
        "seats",
    ),
    "experience-nantes": (
        "Nantes, 15 lieux à réinventer avec les habitants",
        "Illustration abstraite : une mosaïque de quinze blocs colorés, comme quinze lieux réinventés.",
        "Expérience territoriale — Nantes (44)",
        "vert",
        "blocks",
    ),
    "experience-haute-vienne": (
        "Haute-Vienne, la lecture citoyenne entre générations",
        "Illustration abstraite : des livres ouverts et deux silhouettes, une aînée et un enfant.",
        "Expérience territoriale — Haute-Vienne (87)",
        "ocre",
        "books",
    ),
    "resource-opale": (
        "Enquête d'Opale sur les associations culturelles employeuses",
        "Illustration abstraite : un histogramme aux barres colorées, évoquant les résultats d'une enquête.",
        "Ressource — étude",
        "violet",
        "bars",
    ),
    "resource-offre-projets-partages": (
        "Les projets partagés — l'offre de service de l'ANCT",
        "Illustration abstraite : un chemin jalonné d'étapes, du diagnostic au plan d'action.",
        "Ressource — guide",
        "bleu",
        "path",
    ),
    "event-cndp": (
        "Webinaire de la CNDP — 15 juin 2021",
        "Illustration abstraite : des bulles de dialogue qui se répondent.",
        "Agenda — webinaire",
        "marine",
        "bubbles",
    ),
    "event-crise-cooperation": (
        "Webinaire « Crise et coopération » — 17 juin 2021",
        "Illustration abstraite : des cercles de couleur qui se rejoignent et se chevauchent.",
        "Agenda — webinaire",
        "vert",
        "circles",
    ),
    "event-budget-participatif": (
        "Webinaire « Budget participatif » — 30 juin 2021",
        "Illustration abstraite : des barres de couleur, comme les parts d'un budget.",
        "Agenda — webinaire",
        "ocre",
        "bars",
    ),
    "event-rep-2021": (
        "Rencontres européennes de la participation — septembre 2021",
        "Illustration abstraite : un cercle d'étoiles et des formes qui se rassemblent.",
        "Agenda — rencontres",
        "bleu",
        "stars",
    ),
    "shared-project-culture": (
        "Co-construire la politique culturelle avec ses habitants — projet partagé",
        "Illustration abstraite : quatre grands cercles reliés entre eux, pour les quatre collectivités du projet.",
        "Projet partagé",
        "corail",
        "network",
    ),
    "news-launch": (
        "Lancement de la plateforme Territoires en commun",
        "Illustration abstraite : un cercle d'étoiles entouré de formes colorées.",
        "Actualité",
        "violet",
        "stars",
    ),
    "news-minister": (
        "Message de la ministre Jacqueline Gourault",
        "Illustration abstraite : des bulles de parole colorées qui se répondent.",
        "Actualité",
        "marine",
        "bubbles",
    ),
    "news-participatory-science": (
        "La science participative au service des collectivités",
        "Illustration abstraite : un réseau de points reliés, comme une enquête menée ensemble.",
        "Actualité",
        "vert",
        "network",
    ),
}

SHARED_PROJECTS_OFFER_TEXT = [
    (
        "h1",
        "Les projets partagés Territoires en commun",
    ),
    (
        "p",
        "Pour concevoir un projet de politique publique en lien avec d'autres collectivités, en misant sur "
        "la coopération et l'engagement citoyen.",
    ),
    (
        "p",
        "La plateforme « Territoires en commun » est d'abord un espace d'information, une base de ressources "
        "et de dialogue entre collectivités et acteurs de la coopération et de l'engagement citoyen. Désormais, "
        "c'est aussi un tremplin vers l'identification de thèmes stratégiques pour des collectivités qui veulent "
        "en faire un levier de coopération territoriale et d'engagement citoyen.",
    ),
    (
        "p",
        "À ces acteurs territoriaux (communes, EPCI, départements) volontaires pour œuvrer sur un même thème de "
        "politique territoriale, l'ANCT propose de financer une démarche d'ingénierie collective, pour que chaque "
        "collectivité puisse élaborer son propre plan d'action, de façon coopérative et citoyenne, en profitant "
        "des regards croisés et de l'apprentissage mutuel entre pairs.",
    ),
    ("h2", "Cycle de vie des projets partagés"),
    (
        "li",
        "L'ANCT propose des supports d'inspiration thématiques ; les collectivités proposent des thématiques "
        "jugées prioritaires et se positionnent selon leurs enjeux. En fonction de leur popularité, un thème est "
        "choisi pour faire l'objet d'un projet partagé.",
    ),
    (
        "li",
        "Les collectivités s'inscrivent, selon leur degré d'engagement, pour être parties prenantes d'un projet "
        "partagé (de 3 à 5 collectivités par projet) ou simples observatrices (sans limite de nombre).",
    ),
    (
        "li",
        "Un prestataire, ou un groupement de prestataires, est choisi via un marché porté par l'ANCT pour assurer "
        "l'ingénierie de conception partagée.",
    ),
    (
        "li",
        "Diagnostic, croisement des regards, cycle de la créativité, production et validation d'un plan d'action "
        "propre à chaque territoire, retours aux habitants et étape d'après.",
    ),
    ("h2", "Le + pour les acteurs territoriaux"),
    (
        "li",
        "Le choix des priorités d'action : ce sont les collectivités qui déterminent les sujets des projets partagés.",
    ),
    (
        "li",
        "Le financement à 100 % par l'ANCT de l'accompagnement (ingénierie collective, coopérative et citoyenne).",
    ),
    (
        "li",
        "L'appui stratégique de l'ANCT : conception de l'accompagnement, choix de prestataires de confiance, "
        "croisement des regards avec les autres collectivités impliquées.",
    ),
    ("h2", "Collectivités, vous êtes inspirées ?"),
    (
        "p",
        "Rendez-vous sur territoires-en-commun.fr pour vous positionner sur les thématiques proposées, puis "
        "inscrivez-vous comme partie prenante ou observatrice d'un projet partagé. Pendant 6 à 12 mois, "
        "bénéficiez de l'accompagnement de prestataires choisis par l'ANCT.",
    ),
]

# key: (title, file name, paragraphs)
DOCUMENTS = {
    "shared-projects-offer": (
        "Les projets partagés Territoires en commun — offre de service (ANCT, juillet 2021)",
        "projets-partages-offre-de-service.pdf",
        SHARED_PROJECTS_OFFER_TEXT,
    ),
}

# --- Accounts -----------------------------------------------------------------------------------

# username, role key (None: superuser), first name, last name, collectivité of the membership
USERS = [
    ("admin", None, "Administratrice", "de la démonstration", None),
    ("editeur", ROLE_EDITORS, "Élise", "Marchand", None),
    ("moderateur", ROLE_MODERATORS, "Marc", "Delorme", None),
    ("contributeur", ROLE_CONTRIBUTORS, "Claire", "Le Guennec", commune("56243")),
    ("participant", ROLE_PARTICIPANTS, "Yann", "Le Bihan", commune("35126")),
    ("expert", ROLE_EXPERTS, "Camille", "Lefèvre", None),
]
USER_EMAIL_DOMAIN = "example.org"

# --- Pages --------------------------------------------------------------------------------------
# Each spec: key, parent (a page key), model, slug, fields, and optionally children
# ({relation: (key field, [rows])}), m2m ({field: [slugs]}) and live (default True).

HOME = {
    "key": "home",
    "model": "cms.HomePage",
    "fields": {
        "title": "Territoires en commun",
        "intro": (
            "<p><b>Territoires en commun</b> est la plateforme de l'engagement citoyen de l'Agence nationale de la "
            "cohésion des territoires (ANCT) : un espace d'information, une base de ressources et de dialogue entre "
            "collectivités et acteurs de la coopération et de l'engagement citoyen.</p>"
        ),
        "body": [
            paragraph(
                "<p>Désormais, la plateforme est aussi un tremplin vers l'identification de thèmes stratégiques pour les "
                "collectivités qui veulent en faire un levier de coopération territoriale et d'engagement citoyen. "
                "Communes, EPCI et départements y trouvent :</p>"
                "<ul>"
                f"<li>chaque mois, une {page_link('section-themes', 'thématique d’inspiration')} avec ses expériences, "
                "ses ressources et ses rendez-vous ;</li>"
                f"<li>des {page_link('section-concepts', 'concepts de la théorie démocratique')} présentés en quelques lignes ;</li>"
                f"<li>des {page_link('section-experiences', 'expériences territoriales')} racontées par les collectivités "
                "qui les ont menées ;</li>"
                f"<li>des {page_link('section-resources', 'ressources')} : études, guides, outils ;</li>"
                f"<li>l'{page_link('section-agenda', 'agenda')} des webinaires et des rencontres de la participation ;</li>"
                f"<li>les {page_link('section-newsletters', 'lettres d’information')} mensuelles.</li>"
                "</ul>"
            ),
            image(
                ImageRef("home"),
                "Illustration : des cercles de couleur qui se chevauchent.",
                "Des collectivités qui coopèrent, avec leurs habitants.",
            ),
            key_figures(
                "Ce que l'ANCT propose aux collectivités",
                [
                    (
                        "3 à 5",
                        "collectivités parties prenantes par projet partagé, observatrices sans limite",
                        "ANCT",
                    ),
                    ("100 %", "de l'accompagnement financé par l'ANCT", "ANCT"),
                    (
                        "6 à 12 mois",
                        "d'accompagnement par des prestataires choisis par l'ANCT",
                        "ANCT",
                    ),
                    (
                        "100 000 €",
                        "par an au plus, pendant 3 ans, pour un Territoire d'engagement",
                        "Engagement OGP n° 23",
                    ),
                ],
            ),
            call_to_action(
                "Les projets partagés",
                "Concevez un projet de politique publique en lien avec d'autres collectivités, en misant sur la "
                "coopération et l'engagement citoyen.",
                "Découvrir les projets partagés",
                page=PageRef("section-shared-projects"),
            ),
            call_to_action(
                "Territoires d'engagement",
                "Un accompagnement de trois ans pour faire de la culture de l'engagement citoyen une marque de "
                "fabrique locale.",
                "Découvrir la démarche",
                page=PageRef("section-engagement"),
            ),
            faq(
                "Questions fréquentes",
                [
                    (
                        "Qui peut participer ?",
                        "<p>Les acteurs territoriaux volontaires : communes, EPCI et départements. Un agent peut "
                        "proposer des expériences et des ressources au nom de sa collectivité ; l'équipe éditoriale de "
                        "l'ANCT les relit avant publication.</p>",
                    ),
                    (
                        "Comment un thème devient-il un projet partagé ?",
                        "<p>Les collectivités proposent des thématiques et votent pour celles qui correspondent à leurs "
                        "enjeux. En fonction de leur popularité, un thème est choisi pour faire l'objet d'un projet "
                        "partagé.</p>",
                    ),
                    (
                        "Combien cela coûte-t-il à ma collectivité ?",
                        "<p>L'accompagnement d'un projet partagé est financé à 100 % par l'ANCT, tout comme celui de "
                        "Territoires d'engagement (jusqu'à 100 000 € par an et par collectivité).</p>",
                    ),
                ],
            ),
        ],
    },
}

SECTIONS = [
    {
        "key": "section-themes",
        "parent": "home",
        "model": "inspiration.InspirationIndexPage",
        "slug": "thematiques-d-inspiration",
        "fields": {
            "title": "Thématiques d'inspiration",
            "section": "themes",
            "show_in_menus": True,
            "intro": (
                "<p>Tous les mois, Territoires en commun vous propose de découvrir une thématique d'inspiration autour "
                "des enjeux, expériences et bonnes pratiques en matière d'engagement citoyen et de coopération. Le mois "
                "suivant est annoncé à l'avance, pour que vous puissiez partager vos projets et vos ressources sur le "
                "sujet.</p>"
            ),
        },
    },
    {
        "key": "section-concepts",
        "parent": "home",
        "model": "inspiration.InspirationIndexPage",
        "slug": "concepts",
        "fields": {
            "title": "Concepts",
            "section": "concepts",
            "show_in_menus": True,
            "intro": (
                "<p>Tous les mois, la présentation d'un concept de la théorie démocratique. Ces quelques lignes ont "
                "vocation à être une courte introduction du sujet, avec un point de départ pour le creuser.</p>"
            ),
        },
    },
    {
        "key": "section-experiences",
        "parent": "home",
        "model": "inspiration.InspirationIndexPage",
        "slug": "experiences",
        "fields": {
            "title": "Expériences territoriales",
            "section": "experiences",
            "show_in_menus": True,
            "intro": (
                "<p>Projets démocratiques et expériences territoriales pour vous inspirer : des collectivités racontent "
                "ce qu'elles ont entrepris avec leurs habitants, avec qui, et ce qu'elles en retiennent. Chaque "
                "expérience est située sur l'échelle de participation d'Arnstein.</p>"
                "<p>Votre collectivité a une expérience à partager ? Proposez-la : l'équipe éditoriale de l'ANCT la "
                "relit avant publication.</p>"
            ),
        },
    },
    {
        "key": "section-resources",
        "parent": "home",
        "model": "inspiration.InspirationIndexPage",
        "slug": "ressources",
        "fields": {
            "title": "Ressources",
            "section": "resources",
            "show_in_menus": True,
            "intro": (
                "<p>Études, guides, outils et articles : toutes les ressources dont vous pouvez avoir besoin pour "
                "travailler sur l'engagement citoyen et l'innovation démocratique au sein de votre collectivité.</p>"
            ),
        },
    },
    {
        "key": "section-agenda",
        "parent": "home",
        "model": "inspiration.InspirationIndexPage",
        "slug": "agenda",
        "fields": {
            "title": "Agenda",
            "section": "events",
            "show_in_menus": True,
            "intro": (
                "<p>À vos agendas ! Webinaires, forums et rencontres de l'écosystème de la participation citoyenne et "
                "de la coopération territoriale.</p>"
            ),
        },
    },
    {
        "key": "section-newsletters",
        "parent": "home",
        "model": "inspiration.InspirationIndexPage",
        "slug": "lettres-d-information",
        "fields": {
            "title": "Lettres d'information",
            "section": "newsletters",
            "show_in_menus": True,
            "intro": (
                "<p>La lettre d'information mensuelle de Territoires en commun a à cœur de vous apporter, directement "
                "dans votre boîte mail, toutes les ressources, inspirations et idées dont vous pouvez avoir besoin pour "
                "travailler sur l'engagement citoyen et l'innovation démocratique au sein de vos collectivités.</p>"
            ),
        },
    },
    {
        "key": "section-shared-projects",
        "parent": "home",
        "model": "projects.SharedProjectIndexPage",
        "slug": "projets-partages",
        "fields": {
            "title": "Projets partagés",
            "show_in_menus": True,
            "intro": (
                "<p>Pour concevoir un projet de politique publique en lien avec d'autres collectivités, en misant sur "
                "la coopération et l'engagement citoyen.</p>"
                "<p>Aux acteurs territoriaux (communes, EPCI, départements) volontaires pour œuvrer sur un même thème de "
                "politique territoriale, l'ANCT propose de financer une démarche d'ingénierie collective, pour que chaque "
                "collectivité puisse élaborer son propre plan d'action, de façon coopérative et citoyenne, en profitant "
                "des regards croisés et de l'apprentissage mutuel entre pairs.</p>"
            ),
            "body": [
                paragraph(
                    "<h2>Cycle de vie des projets partagés</h2>"
                    "<ol>"
                    "<li><b>Le choix du thème.</b> L'ANCT propose des supports d'inspiration thématiques sur la plateforme. "
                    "Les collectivités y proposent spontanément des thématiques jugées prioritaires et se positionnent "
                    "selon leurs enjeux. En fonction de leur popularité, un thème est choisi pour faire l'objet d'un "
                    "projet partagé.</li>"
                    "<li><b>L'engagement des collectivités.</b> Elles s'inscrivent, selon leur degré d'engagement, pour "
                    "être réellement parties prenantes d'un projet partagé (de 3 à 5 collectivités par projet) ou simples "
                    "observatrices de l'opération (sans limite de nombre). Des rencontres sont organisées avec les "
                    "collectivités qui s'engagent à cheminer dans un projet partagé, conçu avec la société civile, dans un "
                    "esprit de coopération et de sincérité.</li>"
                    "<li><b>Le choix des prestataires.</b> En fonction du thème et de l'identité des territoires, un "
                    "prestataire ou un groupement de prestataires est choisi, via un marché porté par l'ANCT, pour assurer "
                    "l'ingénierie de conception partagée.</li>"
                    "<li><b>Le cheminement participatif.</b> Pendant 6 à 12 mois, chaque collectivité construit son "
                    "propre plan d'action, avec ses habitants et avec les autres collectivités du projet.</li>"
                    "</ol>"
                ),
                paragraph(
                    "<h2>Les étapes du projet partagé</h2>"
                    "<h3>Le diagnostic partagé</h3>"
                    "<p>Découvrir sur chaque territoire les espaces de vie collective, les acteurs et la culture de "
                    "l'engagement citoyen, ainsi que les acteurs et les coopérations dans le domaine d'action publique "
                    "visé. Le diagnostic produit des cartographies et des fiches d'identité des familles d'acteurs, des "
                    "espaces et des objets d'engagement citoyen et de coopération thématique. Il s'appuie sur les données "
                    "existantes (études, indicateurs de bien-être, cahiers de doléances…), sur des observations et des "
                    "entretiens, et sur un groupe d'enquête mixte (élus, agents, habitants, scolaires…) qui va à la "
                    "rencontre des habitants, en portant une attention particulière aux plus fragiles et aux plus "
                    "invisibles.</p>"
                    "<h3>Le croisement des regards et des expertises locales</h3>"
                    "<p>À partir du diagnostic, identifier les familles d'acteurs à associer — élus, agents, citoyens, "
                    "professionnels, universitaires — et choisir des méthodes d'accompagnement collectif adaptées au "
                    "contexte local : approches thématiques, par familles d'acteurs, par prototypage…</p>"
                    "<h3>Le cycle de la créativité</h3>"
                    "<p>Quelle que soit la méthode choisie, l'accompagnement passe par trois temps : divergence et "
                    "imagination ; définition des objectifs et des critères de réussite ; convergence sur les actions à "
                    "mener.</p>"
                    "<h3>La production et la validation d'un plan d'action</h3>"
                    "<p>Le cycle de la créativité aboutit à un plan d'action thématique propre à chaque territoire, qui "
                    "passe par une étape administrative puis par son adoption au sein de l'exécutif de la collectivité. "
                    "Les collectivités proposent ensuite des retours vers les habitants : le groupe d'enquête initial est "
                    "mobilisé de nouveau pour présenter aux citoyens ce qui a été fait de leur parole.</p>"
                    "<h3>L'étape d'après</h3>"
                    "<p>Le plan d'action intègre une réflexion partagée sur les conditions et modalités de sa mise en "
                    "œuvre et de son suivi, avec une dimension citoyenne et une méthode d'évaluation.</p>"
                    "<p>Tout au long du projet, l'ANCT et le prestataire animent une communauté apprenante entre pairs, "
                    "une supervision (analyse de la pratique) est proposée à l'ensemble des acteurs, et les enseignements "
                    "sont capitalisés sur la plateforme, à commencer par les collectivités observatrices.</p>"
                ),
                key_figures(
                    "Le + pour les acteurs territoriaux",
                    [
                        (
                            "3 à 5",
                            "collectivités parties prenantes par projet",
                            "Offre de service, ANCT",
                        ),
                        (
                            "Illimité",
                            "le nombre de collectivités observatrices",
                            "Offre de service, ANCT",
                        ),
                        (
                            "100 %",
                            "de l'accompagnement financé par l'ANCT",
                            "Offre de service, ANCT",
                        ),
                        (
                            "6 à 12 mois",
                            "d'ingénierie de conception partagée",
                            "Offre de service, ANCT",
                        ),
                    ],
                ),
                faq(
                    "Questions fréquentes",
                    [
                        (
                            "Partie prenante ou observatrice : quelle différence ?",
                            "<p>Une collectivité partie prenante construit son propre plan d'action avec l'appui des "
                            "prestataires ; un projet en compte de 3 à 5. Une collectivité observatrice suit le projet, "
                            "ses rencontres et son journal de bord, sans limite de nombre.</p>",
                        ),
                        (
                            "Qui choisit les prestataires ?",
                            "<p>L'ANCT, via un marché public, en fonction du thème et de l'identité des territoires "
                            "engagés. Elle appuie aussi la conception de l'accompagnement.</p>",
                        ),
                        (
                            "Qui décide des sujets ?",
                            "<p>Les collectivités : en s'exprimant sur la plateforme, ce sont elles qui déterminent les "
                            "sujets qui font l'objet d'un projet partagé.</p>",
                        ),
                    ],
                ),
                call_to_action(
                    "Vous avez une priorité d'action pour vos territoires ?",
                    "Votez pour les thématiques des projets partagés proposées par l'ANCT et suivez le classement.",
                    "Voter pour une thématique",
                    url=f"{SITE_URL}/projets-partages/thematiques/",
                ),
            ],
        },
    },
    {
        "key": "section-engagement",
        "parent": "home",
        "model": "projects.EngagementTrackIndexPage",
        "slug": "territoires-d-engagement",
        "fields": {
            "title": "Territoires d'engagement",
            "show_in_menus": True,
            "intro": (
                "<p>Avec Territoires d'engagement, l'Agence nationale de la cohésion des territoires (ANCT) vous "
                "accompagne pendant trois ans, pour vous aider à faire de la culture de l'engagement citoyen une marque "
                "de fabrique locale, une seconde nature dans le fonctionnement des acteurs territoriaux.</p>"
            ),
            "body": [
                paragraph(
                    "<h2>Un accompagnement des collectivités pour coopérer avec les acteurs locaux</h2>"
                    "<p>La démarche part d'une intuition partagée par les élus locaux et leurs équipes : <b>la "
                    "reconquête de la cohésion sociale passe par la coopération territoriale et l'engagement des "
                    "citoyens.</b></p>"
                    "<p>Cet engagement s'épanouit autant grâce au soutien public aux initiatives propres à la société "
                    "civile (mouvement associatif, bénévolat) qu'à travers des coopérations entre société civile et "
                    "institutions (participation citoyenne, partenariats). Aux acteurs territoriaux volontaires "
                    "(communes, EPCI, départements), l'ANCT propose de faire s'exprimer durablement, sur leur territoire, "
                    "le potentiel citoyen au service de la cohésion territoriale.</p>"
                    "<h2>Le + pour les acteurs territoriaux</h2>"
                    "<ul>"
                    "<li>Une <b>mise en action sans appel à projets standardisé</b>, une contractualisation pensée "
                    "localement et construite par étapes.</li>"
                    "<li>Un <b>financement à 100 % par l'ANCT</b> de l'accompagnement : formation et conduite du "
                    "changement pour les élus, agents, partenaires et habitants ; conception partagée de projets "
                    "d'engagement ; appuis et relais sur le terrain.</li>"
                    "<li>Un <b>appui stratégique de l'ANCT</b> pour la conception du parcours, la mise en lien avec des "
                    "prestataires de confiance, la supervision générale de l'accompagnement et le croisement des regards "
                    "avec d'autres collectivités.</li>"
                    "</ul>"
                ),
                paragraph(
                    "<h2>Un cheminement adapté, propre à chaque territoire</h2>"
                    "<ol>"
                    "<li><b>La rencontre du territoire</b>, pour poser ensemble un diagnostic des enjeux d'engagement.</li>"
                    "<li><b>Le cheminement</b> : un programme de formation et de conduite du changement sur trois ans, le "
                    "développement de projets d'engagement citoyen pour apprendre en agissant, la mobilisation d'appuis "
                    "et de relais sur le terrain.</li>"
                    "<li><b>Le temps de la supervision</b>, des bilans réguliers et des célébrations.</li>"
                    "</ol>"
                    "<p>Pour chaque projet territorial, un interlocuteur privilégié et une équipe opérationnelle sont "
                    "identifiés localement. En parallèle, une instance de pilotage stratégique est développée, en "
                    "s'appuyant si possible sur une instance de gouvernance existante.</p>"
                ),
                key_figures(
                    "Territoires d'engagement en chiffres",
                    [
                        ("3 ans", "d'accompagnement, propre à chaque territoire", "ANCT"),
                        (
                            "100 000 €",
                            "par an au plus pour l'accompagnement de chaque collectivité",
                            "Engagement OGP n° 23",
                        ),
                        (
                            "100 %",
                            "de l'accompagnement financé par l'ANCT, par voie de subvention",
                            "ANCT",
                        ),
                        (
                            "10 à 20",
                            "collectivités qui entrent dans la démarche chaque année (objectif 2021-2024)",
                            "Engagement OGP n° 23",
                        ),
                    ],
                ),
                paragraph(
                    "<h2>Un engagement pour un gouvernement ouvert</h2>"
                    "<p>La démarche est l'engagement n° 23 du plan d'action national de la France pour le Partenariat "
                    "pour un gouvernement ouvert (OGP), porté par le ministère de la Cohésion des territoires et des "
                    "Relations avec les collectivités territoriales et par l'ANCT, du printemps 2021 à décembre 2023.</p>"
                    "<p><b>Le problème public visé :</b> transformer durablement les modes de travail au sein des "
                    "collectivités locales, pour soutenir l'engagement des citoyens et fabriquer les politiques locales "
                    "avec les habitants.</p>"
                    "<p><b>Le critère de réussite :</b> au bout des trois ans, des savoir-faire et des compétences ont été "
                    "acquis durablement au sein de la collectivité (élus, services, partenaires), pour faire de la "
                    "coopération et de l'engagement citoyen une marque de fabrique locale.</p>"
                    "<p>L'engagement vise à multiplier, au plus près de la population, les occasions pour les citoyennes "
                    "et les citoyens de participer à la conception, à la mise en œuvre et à l'évaluation des politiques "
                    "qui les concernent, et à faire évoluer en profondeur les relations entre les habitants et leurs "
                    "institutions, dans une logique de coopération qui renforce et redynamise la démocratie "
                    "représentative locale.</p>"
                ),
                faq(
                    "Questions fréquentes",
                    [
                        (
                            "Comment entrer dans la démarche ?",
                            "<p>Vous avez comme objectif de travailler différemment avec les habitants ? Contactez l'ANCT : "
                            "l'équipe vient vous rencontrer sur votre territoire, puis vous propose de signer une « charte "
                            "d'accompagnement » présentant un plan d'accompagnement financé chaque année, par voie de "
                            "subvention.</p>",
                        ),
                        (
                            "Faut-il répondre à un appel à projets ?",
                            "<p>Non : la contractualisation est pensée localement et construite par étapes, sans appel à "
                            "projets standardisé.</p>",
                        ),
                    ],
                ),
                call_to_action(
                    "Collectivités, vous êtes inspirées ?",
                    "La démarche Territoires d'engagement correspond à votre philosophie d'action ? Contactez-nous !",
                    "Nous contacter",
                    url=f"{SITE_URL}/contact/",
                ),
            ],
        },
    },
]

ARNSTEIN_GROUP_NONE = "Non-participation"
ARNSTEIN_GROUP_SYMBOLIC = "Coopération symbolique"
ARNSTEIN_GROUP_POWER = "Pouvoir effectif des citoyens"

ARNSTEIN_LEVELS = [
    (
        1,
        "Manipulation",
        ARNSTEIN_GROUP_NONE,
        "Des habitants sont placés dans des instances dont le but réel est d'obtenir leur adhésion à un projet "
        "décidé d'avance, non de les écouter.",
    ),
    (
        2,
        "Thérapie",
        ARNSTEIN_GROUP_NONE,
        "La participation sert à « corriger » les attitudes des habitants plutôt qu'à agir sur les causes des "
        "difficultés qu'ils rencontrent.",
    ),
    (
        3,
        "Information",
        ARNSTEIN_GROUP_SYMBOLIC,
        "Les habitants sont informés de leurs droits et des projets, souvent à sens unique et trop tard pour "
        "peser sur les choix.",
    ),
    (
        4,
        "Consultation",
        ARNSTEIN_GROUP_SYMBOLIC,
        "Les avis sont recueillis (enquêtes, réunions publiques), sans garantie qu'ils soient pris en compte.",
    ),
    (
        5,
        "Apaisement",
        ARNSTEIN_GROUP_SYMBOLIC,
        "Quelques habitants siègent dans des instances et peuvent conseiller, mais les décideurs gardent seuls le "
        "droit de juger de la suite à donner.",
    ),
    (
        6,
        "Partenariat",
        ARNSTEIN_GROUP_POWER,
        "Le pouvoir est partagé par la négociation : habitants et élus se répartissent la préparation des décisions "
        "et les responsabilités dans des instances communes.",
    ),
    (
        7,
        "Délégation de pouvoir",
        ARNSTEIN_GROUP_POWER,
        "Les citoyens disposent d'une autorité dominante sur une décision, un programme ou un budget qui leur est "
        "délégué.",
    ),
    (
        8,
        "Contrôle citoyen",
        ARNSTEIN_GROUP_POWER,
        "Les habitants conçoivent et gèrent eux-mêmes un programme ou un équipement, de la décision à la mise en "
        "œuvre.",
    ),
]

CONCEPT_PAGES = [
    {
        "key": "concept-arnstein",
        "parent": "section-concepts",
        "model": "inspiration.ConceptPage",
        "slug": "echelle-de-participation-d-arnstein",
        "fields": {
            "title": "L'échelle de participation d'Arnstein",
            "summary": (
                "L'échelle de participation d'Arnstein, théorie publiée en 1969, distingue huit niveaux possibles de "
                "participation des citoyens et des citoyennes aux projets qui les concernent. Elle est utilisée pour "
                "évaluer notamment la manière dont les pouvoirs publics impliquent les citoyens et citoyennes dans les "
                "prises de décision."
            ),
            "author": "Sherry R. Arnstein",
            "year": 1969,
            "further_reading_url": "https://doi.org/10.1080/01944363.2018.1559388",
            "body": [
                paragraph(
                    "<p>En juillet 1969, Sherry R. Arnstein publie « A Ladder of Citizen Participation » dans le "
                    "<i>Journal of the American Institute of Planners</i>. Elle s'appuie sur trois programmes sociaux "
                    "fédéraux des États-Unis — la rénovation urbaine, la lutte contre la pauvreté et les « Model "
                    "Cities » — pour dépasser les euphémismes qui entourent alors la « participation citoyenne ».</p>"
                    "<p>Sa proposition tient en une image : une échelle de huit barreaux, où chaque barreau correspond à "
                    "l'étendue du pouvoir dont disposent les citoyens pour déterminer un projet ou un programme. Les "
                    "barreaux sont regroupés en trois paliers : la <b>non-participation</b> (manipulation, thérapie), la "
                    "<b>coopération symbolique</b> (information, consultation, réassurance) et le <b>pouvoir effectif "
                    "des citoyens</b> (partenariat, délégation de pouvoir, contrôle citoyen).</p>"
                ),
                quote(
                    "La participation citoyenne est une expression générique pour désigner le pouvoir des citoyens.",
                    "Sherry R. Arnstein",
                    "« A Ladder of Citizen Participation », 1969 (traduction libre)",
                ),
                paragraph(
                    "<h2>Comment s'en servir dans une collectivité ?</h2>"
                    "<p>L'échelle est une grille de lecture simple pour qualifier une démarche avant de la lancer ou pour "
                    "l'évaluer après coup : à la fin, qui décide ? Que devient la parole des habitants ? Informer et "
                    "consulter sont utiles, à condition de ne pas les présenter comme un partage du pouvoir.</p>"
                    "<p>Sur Territoires en commun, chaque expérience territoriale indique son niveau sur l'échelle : vous "
                    "pouvez ainsi rechercher les démarches de partenariat ou de délégation de pouvoir.</p>"
                    "<h2>Ses limites</h2>"
                    "<p>Arnstein présente elle-même sa typologie comme volontairement provocatrice : les barreaux ne sont "
                    "pas étanches, et la qualité d'une démarche ne se résume pas au niveau de pouvoir transféré. Elle "
                    "reste un point de départ très utilisé pour débattre de la place des citoyens dans les décisions "
                    "publiques.</p>"
                    "<p>Envie de creuser le sujet ? L'article original a été republié en 2019 par le <i>Journal of the "
                    "American Planning Association</i> : c'est un bon point de départ.</p>"
                ),
            ],
        },
        "children": {
            "levels": (
                "rank",
                [
                    {"rank": rank, "name": name, "group": group, "description": description}
                    for rank, name, group, description in ARNSTEIN_LEVELS
                ],
            )
        },
        "m2m": {"themes": ["democratie-participative"], "territory_types": []},
    },
]

EXPERIENCE_PAGES = [
    {
        "key": "experience-sene",
        "parent": "section-experiences",
        "model": "inspiration.ExperiencePage",
        "slug": "sene-precurseur-de-la-democratie-culturelle",
        "fields": {
            "title": "La commune de Séné, précurseur de la démocratie culturelle",
            "summary": (
                "À Séné (Morbihan), des habitantes et des habitants construisent avec les élus et les professionnels la "
                "programmation du centre culturel municipal Grain de Sel, au sein des Glop — les groupes locaux "
                "d'orientation de la programmation : ils repèrent des spectacles et des expositions, en débattent et "
                "proposent la saison."
            ),
            "participation_level": 6,
            "period_start": datetime.date(2012, 1, 1),
            "period_end": None,
            "actors": (
                "Habitantes et habitants de Séné réunis dans les Glop (lecture, théâtre, danse, arts plastiques, cinéma "
                "documentaire…) ; élus chargés de la culture ; équipe du centre culturel Grain de Sel (médiathèque, salle "
                "d'exposition, salle de spectacle) ; associations culturelles de la commune ; artistes accueillis."
            ),
            "results": (
                "<ul>"
                "<li>Une programmation construite avec les habitants, au même titre que les élus et les "
                "professionnels.</li>"
                "<li>Des habitants accompagnés et formés pour porter un avis argumenté sur une œuvre, au-delà du "
                "« j'aime, je n'aime pas ».</li>"
                "<li>Un équipement culturel identifié comme un lieu ouvert, où chacun peut « mettre son grain de "
                "sel ».</li>"
                "</ul>"
            ),
            "contact_name": "",
            "contact_role": "Centre culturel Grain de Sel, Ville de Séné",
            "contact_email": "",
            "image": ImageRef("experience-sene"),
            "body": [
                paragraph(
                    "<h2>Faire avec les habitants, pas seulement pour eux</h2>"
                    "<p>La commune de Séné, dans l'agglomération de Vannes, a choisi de passer du « faire pour le public » "
                    "au « faire avec les habitants ». La démarche commence dès la conception du centre culturel "
                    "municipal, avec des ateliers de travail réunissant associations et services de la ville, puis se "
                    "prolonge dans son fonctionnement : depuis 2012, les habitants participent à sa programmation, un "
                    "domaine d'ordinaire réservé aux professionnels et parfois aux élus.</p>"
                    "<h2>Comment fonctionne un Glop ?</h2>"
                    "<p>Chaque Glop — groupe local d'orientation de la programmation — est un collectif ouvert qui réunit "
                    "habitants, élus et professionnels autour d'un domaine : lecture, théâtre, danse, arts plastiques, "
                    "cinéma documentaire. Ses membres vont voir des spectacles et des expositions, visitent des ateliers "
                    "d'artistes, puis en débattent collectivement avant de proposer les rendez-vous de la saison. Les "
                    "professionnels du centre culturel les accompagnent pour prendre du recul sur les œuvres.</p>"
                ),
                image(
                    ImageRef("experience-sene"),
                    "Illustration : des sièges de salle de spectacle et des cercles de couleur.",
                    "Au centre culturel Grain de Sel, la saison se construit avec les habitants.",
                ),
                paragraph(
                    "<h2>Ce que l'on peut en retenir</h2>"
                    "<ul>"
                    "<li>Une commande politique claire et un engagement durable des élus.</li>"
                    "<li>Un dispositif d'animation solide : sans accompagnement professionnel, la participation "
                    "s'essouffle.</li>"
                    "<li>Une vigilance constante pour que les groupes restent ouverts à de nouveaux habitants et ne "
                    "deviennent pas l'affaire de quelques-uns.</li>"
                    "</ul>"
                    "<p><i>Cette fiche a été rédigée pour la démonstration de la plateforme à partir de sources "
                    "publiques ; elle n'engage pas la commune.</i></p>"
                ),
            ],
            "sources": [
                {"type": "source", "value": link(url="https://graindesel.bzh/")},
                {
                    "type": "source",
                    "value": link(
                        url="https://www.banquedesterritoires.fr/sene-les-habitants-mettent-plus-que-leur-grain-de-sel-pour-faire-fonctionner-le-centre-culturel"
                    ),
                },
            ],
        },
        "children": {
            "authority_links": ("local_authority", [{"local_authority": commune("56243")}])
        },
        "m2m": {
            "themes": ["culture", "democratie-participative"],
            "territory_types": ["ruralites"],
        },
    },
    {
        "key": "experience-nantes",
        "parent": "section-experiences",
        "model": "inspiration.ExperiencePage",
        "slug": "nantes-15-lieux-a-reinventer",
        "fields": {
            "title": "Urbanisme culturel : Nantes réinvente 15 lieux avec ses habitants",
            "summary": (
                "En 2017, la Ville de Nantes a proposé à ses habitants d'imaginer une nouvelle vie pour 15 lieux peu ou "
                "pas utilisés — cinq bâtiments et dix terrains non bâtis répartis dans ses quartiers. Souvenirs, envies "
                "et sensibilités culturelles des Nantais ont nourri les cahiers des charges, puis un vote citoyen a "
                "désigné les projets lauréats."
            ),
            "participation_level": 6,
            "period_start": datetime.date(2017, 5, 1),
            "period_end": datetime.date(2018, 6, 30),
            "actors": (
                "Ville de Nantes (dialogue citoyen, urbanisme, culture) et mairies de quartier ; habitantes et habitants "
                "des quartiers nantais ; associations, collectifs et acteurs de l'économie sociale et solidaire porteurs "
                "de projets."
            ),
            "results": (
                "<ul>"
                "<li>Environ 550 contributions d'habitants recueillies en ligne et par cartes postales pour nourrir les "
                "cahiers des charges (2017).</li>"
                "<li>Près de 80 projets déposés par des collectifs, des associations et des acteurs de l'ESS, dont 42 "
                "jugés recevables pour 14 lieux.</li>"
                "<li>Un vote ouvert dès 16 ans en juin 2018 : 7 015 votants et 14 projets lauréats.</li>"
                "</ul>"
            ),
            "contact_name": "",
            "contact_role": "Dialogue citoyen, Ville de Nantes",
            "contact_email": "",
            "image": ImageRef("experience-nantes"),
            "body": [
                paragraph(
                    "<h2>Penser l'aménagement avec les sensibilités culturelles des habitants</h2>"
                    "<p>Une chapelle désaffectée, d'anciens bains-douches, un restaurant fermé sur une île de l'Erdre, des "
                    "espaces verts délaissés : la Ville de Nantes a identifié quinze lieux peu ou pas utilisés et a "
                    "invité ses habitants à en réinventer l'usage. La démarche relève de l'urbanisme culturel : partir de "
                    "la mémoire des lieux, des souvenirs et des envies de celles et ceux qui les côtoient.</p>"
                    "<h2>Quatre étapes</h2>"
                    "<ol>"
                    "<li><b>L'inspiration</b> (juin à septembre 2017) : les habitants racontent leurs souvenirs et leurs "
                    "envies pour chaque lieu, en ligne ou par cartes postales déposées chez les commerçants.</li>"
                    "<li><b>Les visites</b> (automne 2017) : les lieux sont ouverts au public, et un cahier des charges "
                    "est rédigé, avec un « cahier d'inspirations citoyennes » ; une seule limite, respecter l'intégrité "
                    "des lieux.</li>"
                    "<li><b>L'appel à projets</b> (novembre 2017 à janvier 2018), ouvert aux habitants, associations, "
                    "collectifs et structures.</li>"
                    "<li><b>La votation</b> (juin 2018) : les Nantais de 16 ans et plus choisissent un projet pour chaque "
                    "lieu.</li>"
                    "</ol>"
                    "<h2>Quelques lieux réinventés</h2>"
                    "<ul>"
                    "<li>La chapelle du Martray devient une champignonnière urbaine, ouverte au public et "
                    "pédagogique.</li>"
                    "<li>Les bains-douches Baco accueillent une coopérative de l'économie sociale et solidaire.</li>"
                    "<li>Un espace vert près de la Beaujoire devient un lieu de rencontre intergénérationnel, avec un "
                    "kiosque pour les manifestations culturelles des associations.</li>"
                    "</ul>"
                ),
                quote(
                    "L'idée, c'est de réinventer Nantes ensemble.",
                    "Johanna Rolland",
                    "Maire de Nantes, septembre 2017",
                ),
            ],
            "sources": [
                {
                    "type": "source",
                    "value": link(
                        url="https://www.labodemocratieouverte.org/15lieuxareinventer-nantes/"
                    ),
                },
                {
                    "type": "source",
                    "value": link(url="https://dialoguecitoyen.metropole.nantes.fr/"),
                },
            ],
        },
        "children": {
            "authority_links": ("local_authority", [{"local_authority": commune("44109")}])
        },
        "m2m": {
            "themes": ["culture", "urbanisme-cadre-de-vie", "democratie-participative"],
            "territory_types": ["villes", "qpv"],
        },
    },
    {
        "key": "experience-haute-vienne",
        "parent": "section-experiences",
        "model": "inspiration.ExperiencePage",
        "slug": "haute-vienne-la-lecture-citoyenne",
        "fields": {
            "title": "En Haute-Vienne, la lecture citoyenne vecteur de lien intergénérationnel",
            "summary": (
                "La DDCSPP de la Haute-Vienne a initié le projet « Lecture citoyenne » pour initier à la lecture des "
                "enfants en difficulté scolaire ou nouvellement arrivés, avec des bénévoles retraités de « Lire et faire "
                "lire » : un temps partagé qui lutte aussi contre l'isolement des seniors et tisse un lien entre "
                "générations."
            ),
            "participation_level": 6,
            "period_start": datetime.date(2013, 10, 1),
            "period_end": None,
            "actors": (
                "Direction départementale de la cohésion sociale et de la protection des populations (DDCSPP), service "
                "de l'État, à l'initiative et en appui méthodologique et logistique ; coordination départementale de "
                "« Lire et faire lire » (UDAF et Ligue de l'enseignement de la Haute-Vienne) et ses bénévoles ; accueils "
                "de loisirs et centres d'animation volontaires, en quartiers prioritaires et en zone rurale ; le Prix "
                "Chronos."
            ),
            "results": (
                "<ul>"
                "<li>Des temps de lecture partagée, hors du temps scolaire, entre enfants et bénévoles seniors.</li>"
                "<li>Des enfants qui votent pour désigner les lauréats du Prix Chronos : en 2019, 120 jeunes lecteurs "
                "de 10 centres d'animation ont élu leurs livres préférés.</li>"
                "<li>Des bénévoles valorisés, associés à l'ensemble du projet par les professionnels.</li>"
                "</ul>"
            ),
            "contact_name": "",
            "contact_role": "Coordination départementale « Lire et faire lire »",
            "contact_email": "",
            "image": ImageRef("experience-haute-vienne"),
            "body": [
                paragraph(
                    "<h2>Créer une synergie entre les acteurs de la lecture</h2>"
                    "<p>Pour renforcer l'efficacité des actions menées par plusieurs acteurs autour de la lecture, la "
                    "DDCSPP de la Haute-Vienne a lancé en octobre 2013 l'opération « Lecture citoyenne ». Destinée "
                    "d'abord aux enfants primo-arrivants et à ceux qui rencontrent des difficultés d'apprentissage, elle "
                    "cherche à développer leur goût de la lecture et à éveiller leur citoyenneté.</p>"
                    "<h2>Comment ça marche ?</h2>"
                    "<p>L'opération se déroule en dehors du temps scolaire, dans des accueils de loisirs implantés en "
                    "quartiers prioritaires ou en zone rurale. Chaque structure volontaire construit son propre projet : "
                    "découverte des livres de la sélection du Prix Chronos, temps de lecture partagée avec les bénévoles "
                    "de « Lire et faire lire », puis participation au vote qui désigne les lauréats du prix. La DDCSPP "
                    "apporte un soutien méthodologique et logistique et permet aux porteurs de projets de partager et de "
                    "capitaliser leurs expériences.</p>"
                ),
                quote(
                    "Certains enfants d'origine étrangère n'ont jamais vu ni entendu parler de leurs grands-parents. Ils "
                    "imaginaient que le mot petit-enfant désignait un enfant de petite taille ! Avec Lecture citoyenne, "
                    "chacun a vécu un temps privilégié, riche d'échanges, de partages, et la bénévole est devenue leur "
                    "mamie-lecture. Elle s'est sentie valorisée, y compris par les professionnels qui l'ont associée à "
                    "l'ensemble du projet.",
                    "L'animatrice départementale de « Lire et faire lire »",
                    "Haute-Vienne",
                ),
            ],
            "sources": [
                {
                    "type": "source",
                    "value": link(
                        url=f"{SITE_URL}/fiche-dexperience/en-haute-vienne-la-lecture-citoyenne-vecteur-de-lien-intergenerationnel"
                    ),
                },
                {"type": "source", "value": link(url="https://www.haute-vienne.gouv.fr/")},
            ],
        },
        "children": {
            "authority_links": ("local_authority", [{"local_authority": departement("87")}])
        },
        "m2m": {
            "themes": ["education-jeunesse", "cohesion-sociale", "culture"],
            "territory_types": ["qpv", "ruralites"],
        },
    },
]

RESOURCE_PAGES = [
    {
        "key": "resource-opale",
        "parent": "section-resources",
        "model": "inspiration.ResourcePage",
        "slug": "opale-enquete-associations-culturelles-employeuses",
        "fields": {
            "title": "Décentraliser les politiques culturelles et collaborer avec les acteurs de la culture",
            "resource_type": "study",
            "summary": (
                "L'enquête décennale sur les associations culturelles employeuses, menée auprès d'un échantillon "
                "représentatif de 800 associations, réalisée par Opale (centre national de ressources Culture & "
                "économie sociale et solidaire) : un état des lieux du secteur juste avant la crise sanitaire, utile à "
                "toute collectivité qui veut construire sa politique culturelle avec ses acteurs."
            ),
            "organisation": "Opale — centre national de ressources Culture & économie sociale et solidaire",
            "authors": "Opale",
            "publication_date": datetime.date(2020, 12, 1),
            "external_url": "https://www.opale.asso.fr/",
            "image": ImageRef("resource-opale"),
            "body": [
                paragraph(
                    "<p>Dix ans après une première enquête publiée en 2008, Opale dresse le portrait d'un monde "
                    "hétérogène, engagé dans des logiques de réciprocité, d'égalité et de solidarité, et caractérisé par "
                    "une grande dynamique créative. Les données, recueillies avant la crise sanitaire, constituent un "
                    "point de repère pour en mesurer les effets.</p>"
                    "<h2>Pourquoi c'est utile à une collectivité</h2>"
                    "<p>Le modèle économique de ces associations est hybride : pour moitié des recettes d'activité, pour "
                    "un tiers des subventions publiques, qui proviennent majoritairement des collectivités territoriales "
                    "et d'abord des communes. Connaître ces acteurs — leurs métiers, leurs coopérations, leur ancrage "
                    "local — est un préalable pour décentraliser les politiques culturelles et les construire avec "
                    "eux.</p>"
                ),
                key_figures(
                    "Les associations culturelles employeuses en France",
                    [
                        (
                            "40 000",
                            "associations culturelles employeuses en 2018 (30 000 en 2007)",
                            "Opale, 2020",
                        ),
                        ("300 000", "travailleuses et travailleurs", "Opale, 2020"),
                        ("130 000", "emplois en équivalents temps plein", "Opale, 2020"),
                        ("7 Md€", "de budget cumulé", "Opale, 2020"),
                        (
                            "800",
                            "associations dans l'échantillon représentatif de l'enquête",
                            "Opale, 2020",
                        ),
                    ],
                ),
            ],
        },
        "m2m": {"themes": ["culture", "vie-associative"], "territory_types": []},
    },
    {
        "key": "resource-shared-projects-offer",
        "parent": "section-resources",
        "model": "inspiration.ResourcePage",
        "slug": "projets-partages-offre-de-service",
        "fields": {
            "title": "Les projets partagés Territoires en commun : l'offre de service",
            "resource_type": "guide",
            "summary": (
                "Le guide de l'ANCT pour les collectivités qui veulent concevoir un projet de politique publique avec "
                "d'autres collectivités : le cycle de vie d'un projet partagé, ses étapes du diagnostic à l'étape "
                "d'après, et ce que l'ANCT finance."
            ),
            "organisation": "Agence nationale de la cohésion des territoires (ANCT)",
            "authors": "ANCT — Territoires en commun",
            "publication_date": datetime.date(2021, 7, 1),
            "document": DocumentRef("shared-projects-offer"),
            "external_url": f"{SITE_URL}/",
            "image": ImageRef("resource-offre-projets-partages"),
            "body": [
                paragraph(
                    "<p>Ce guide présente l'ingénierie collective que l'ANCT finance à 100 % pour 3 à 5 collectivités "
                    "engagées sur un même thème, et détaille chaque étape : le sens du diagnostic et les objets à "
                    "produire, les méthodes (données existantes, entretiens, groupe d'enquête mixte), le croisement des "
                    "regards, le cycle de la créativité, la production et la validation des plans d'action, les retours "
                    "aux habitants, la communauté apprenante, la supervision et la capitalisation.</p>"
                    f"<p>Voir aussi la rubrique {page_link('section-shared-projects', 'Projets partagés')}.</p>"
                ),
                document(
                    DocumentRef("shared-projects-offer"),
                    "Télécharger l'offre de service (PDF)",
                    "Les projets partagés Territoires en commun, ANCT, juillet 2021.",
                ),
            ],
        },
        "m2m": {
            "themes": ["democratie-participative"],
            "territory_types": ["qpv", "villes", "ruralites"],
        },
    },
]

EVENT_PAGES = [
    {
        "key": "event-cndp",
        "parent": "section-agenda",
        "model": "inspiration.EventPage",
        "slug": "webinaire-cndp-15-juin-2021",
        "fields": {
            "title": "Webinaire de la Commission nationale du débat public (CNDP)",
            "summary": (
                "En présence de sa présidente Chantal Jouanno, la CNDP présente le rôle de cette instance historique de "
                "démocratie participative, garante du débat public, du droit à l'information et à la participation du "
                "public sur les grands projets qui ont un impact sur l'environnement et les territoires."
            ),
            "start": paris(2021, 6, 15, 11, 30),
            "end": paris(2021, 6, 15, 12, 30),
            "time_zone": "Europe/Paris",
            "format": "online",
            "organiser": "Commission nationale du débat public (CNDP)",
            "place_name": "",
            "address": "",
            "city": "",
            "online_url": "",
            "registration_url": f"{SITE_URL}/agenda/webinaire-cndp-15-juin-2021/inscription/",
            "image": ImageRef("event-cndp"),
            "body": [
                paragraph(
                    "<p>Un webinaire pour comprendre comment la CNDP organise et garantit les débats publics et les "
                    "concertations, et comment les collectivités peuvent s'appuyer sur son expérience.</p>"
                )
            ],
        },
        "m2m": {"themes": ["democratie-participative"], "territory_types": []},
    },
    {
        "key": "event-crisis-cooperation",
        "parent": "section-agenda",
        "model": "inspiration.EventPage",
        "slug": "webinaire-crise-et-cooperation-17-juin-2021",
        "fields": {
            "title": "Webinaire « Crise et coopération »",
            "summary": (
                "Au Forum Open d'État « Démocratie sanitaire et innovation civique », la Direction interministérielle "
                "de la transformation publique (DITP) pose la question : comment pérenniser les collaborations entre "
                "administration et société civile nées de la crise ?"
            ),
            "start": paris(2021, 6, 17, 10, 0),
            "end": paris(2021, 6, 17, 12, 0),
            "time_zone": "Europe/Paris",
            "format": "online",
            "organiser": "Direction interministérielle de la transformation publique (DITP) et Open d'État",
            "place_name": "",
            "address": "",
            "city": "",
            "online_url": "",
            "registration_url": f"{SITE_URL}/agenda/webinaire-crise-et-cooperation-17-juin-2021/inscription/",
            "image": ImageRef("event-crise-cooperation"),
            "body": [
                paragraph(
                    "<p>Pendant la crise sanitaire, administrations, associations et collectifs citoyens ont coopéré "
                    "dans l'urgence. Ce webinaire, dans le cadre du gouvernement ouvert, partage des exemples et des "
                    "pistes pour faire durer ces coopérations.</p>"
                )
            ],
        },
        "m2m": {"themes": ["sante", "democratie-participative"], "territory_types": []},
    },
    {
        "key": "event-participatory-budget",
        "parent": "section-agenda",
        "model": "inspiration.EventPage",
        "slug": "webinaire-budget-participatif-30-juin-2021",
        "fields": {
            "title": "Webinaire « Budget participatif »",
            "summary": (
                "Cet échange a pour objectif de questionner cet outil participatif qui se développe à différentes "
                "échelles territoriales. Il s'agit d'un temps de réflexion sur les interrogations que le budget "
                "participatif soulève."
            ),
            "start": paris(2021, 6, 30, 14, 0),
            "end": paris(2021, 6, 30, 15, 30),
            "time_zone": "Europe/Paris",
            "format": "online",
            "organiser": "",
            "place_name": "",
            "address": "",
            "city": "",
            "online_url": "",
            "registration_url": f"{SITE_URL}/agenda/webinaire-budget-participatif-30-juin-2021/inscription/",
            "image": ImageRef("event-budget-participatif"),
            "body": [
                paragraph(
                    "<p>Qui propose, qui choisit, avec quel budget et quel suivi ? Un temps pour partager les questions "
                    "que se posent les collectivités qui ont lancé, ou envisagent de lancer, un budget participatif.</p>"
                )
            ],
        },
        "m2m": {
            "themes": ["budget-participatif", "democratie-participative"],
            "territory_types": [],
        },
    },
    {
        "key": "event-rep-2021",
        "parent": "section-agenda",
        "model": "inspiration.EventPage",
        "slug": "rencontres-europeennes-de-la-participation-2021",
        "fields": {
            "title": "Rencontres européennes de la participation 2021",
            "summary": (
                "Ouverture des inscriptions pour les Rencontres européennes de la participation organisées par Décider "
                "ensemble : une semaine de débats, d'ateliers et de partages d'expériences sur la participation "
                "citoyenne et la concertation, en France et en Europe."
            ),
            "start": paris(2021, 9, 13, 9, 0),
            "end": paris(2021, 9, 17, 18, 0),
            "time_zone": "Europe/Paris",
            "format": "in_person",
            "organiser": "Décider ensemble",
            "place_name": "",
            "address": "",
            "city": "Amiens",
            "online_url": "",
            "registration_url": "https://www.deciderensemble.com/",
            "image": ImageRef("event-rep-2021"),
            "body": [
                paragraph(
                    "<p>Le rendez-vous annuel des acteurs de la participation — élus, agents, chercheurs, associations, "
                    "praticiens de la concertation et citoyens — se tient cette année à Amiens. Le programme détaillé et "
                    "les modalités de participation sont publiés par l'organisateur.</p>"
                )
            ],
        },
        "m2m": {"themes": ["democratie-participative"], "territory_types": []},
    },
]

SHARED_PROJECT_KEY = "shared-project-culture"

SHARED_PROJECT_STAGES = [
    (
        "diagnosis",
        "Diagnostic partagé",
        "Découvrir sur chaque territoire les espaces de vie collective, les acteurs et la culture de l'engagement "
        "citoyen, ainsi que les acteurs et les coopérations culturelles : cartographies, fiches d'identité, entretiens "
        "et groupe d'enquête mixte auprès des habitants.",
        datetime.date(2021, 9, 6),
        datetime.date(2021, 11, 26),
        "done",
    ),
    (
        "crossing_perspectives",
        "Croisement des regards et des expertises locales",
        "Identifier les familles d'acteurs à associer (élus, agents, citoyens, professionnels de la culture, "
        "universitaires) et choisir, avec chaque collectivité, les méthodes d'accompagnement collectif adaptées.",
        datetime.date(2021, 11, 29),
        datetime.date(2021, 12, 17),
        "done",
    ),
    (
        "creativity_divergence",
        "",
        "Premier temps du cycle de la créativité : ateliers ouverts pour imaginer, sans s'interdire aucune piste, "
        "ce que pourrait être une politique culturelle construite avec les habitants.",
        datetime.date(2022, 1, 10),
        datetime.date(2022, 2, 11),
        "in_progress",
    ),
    (
        "creativity_objectives",
        "",
        "Définir les objectifs de chaque collectivité et les critères qui permettront de dire que l'on a réussi.",
        datetime.date(2022, 2, 14),
        datetime.date(2022, 3, 18),
        "planned",
    ),
    (
        "creativity_convergence",
        "",
        "Converger sur les actions à mener, leurs porteurs, leurs échéances et leurs indicateurs.",
        datetime.date(2022, 3, 21),
        datetime.date(2022, 4, 22),
        "planned",
    ),
    (
        "action_plans",
        "",
        "Formuler le plan d'action de chaque territoire, le faire passer par l'étape administrative puis le faire "
        "adopter par l'exécutif de la collectivité.",
        datetime.date(2022, 4, 25),
        datetime.date(2022, 6, 10),
        "planned",
    ),
    (
        "feedback",
        "",
        "Mobiliser de nouveau le groupe d'enquête initial pour présenter aux habitants ce qui a été fait de leur "
        "parole.",
        datetime.date(2022, 6, 13),
        datetime.date(2022, 6, 24),
        "planned",
    ),
    (
        "next_step",
        "",
        "Poser les conditions et les modalités de mise en œuvre et de suivi des plans d'action, avec une dimension "
        "citoyenne et une méthode d'évaluation.",
        datetime.date(2022, 6, 20),
        datetime.date(2022, 6, 30),
        "planned",
    ),
]

SHARED_PROJECT_PAGES = [
    {
        "key": SHARED_PROJECT_KEY,
        "parent": "section-shared-projects",
        "model": "projects.SharedProjectPage",
        "slug": "co-construire-la-politique-culturelle-avec-ses-habitants",
        "fields": {
            "title": "Co-construire la politique culturelle avec ses habitants",
            "show_in_menus": True,
            "theme": ThemeRef("culture"),
            "status": "in_progress",
            "summary": (
                "Quatre collectivités territoriales s'engagent dans le premier projet partagé de Territoires en commun : "
                "Mantes-la-Jolie, Bourges, Niort et Guichen. L'objectif ? Réaliser un diagnostic partagé pour concevoir "
                "la politique culturelle locale avec les citoyens, puis écrire, pour chacune, un plan d'action adopté "
                "par son exécutif."
            ),
            "participant_capacity": 4,
            "start_date": datetime.date(2021, 9, 6),
            "end_date": datetime.date(2022, 6, 30),
            "image": ImageRef("shared-project-culture"),
            "body": [
                paragraph(
                    "<h2>Pourquoi ce projet ?</h2>"
                    "<p>Après une longue période d'hibernation due à la crise sanitaire, la culture réinvestit les "
                    "politiques locales et la vie démocratique des territoires. Les collectivités ont placé la démocratie "
                    "culturelle en tête de leurs priorités : c'est le thème du premier projet partagé.</p>"
                    "<h2>Les collectivités engagées</h2>"
                    "<ul>"
                    "<li><b>Mantes-la-Jolie</b> (Yvelines), au sein de la communauté urbaine Grand Paris Seine et "
                    "Oise ;</li>"
                    "<li><b>Bourges</b> (Cher), au sein de Bourges Plus ;</li>"
                    "<li><b>Niort</b> (Deux-Sèvres), au sein de la communauté d'agglomération du Niortais ;</li>"
                    "<li><b>Guichen</b> (Ille-et-Vilaine), au sein de Vallons de Haute-Bretagne Communauté.</li>"
                    "</ul>"
                    "<p>Séné et Nantes suivent le projet en tant qu'observatrices.</p>"
                    "<h2>L'accompagnement</h2>"
                    "<p>Un groupement de prestataires, choisi par l'ANCT via un marché public, assure l'ingénierie de "
                    "conception partagée pendant dix mois. L'accompagnement est financé à 100 % par l'ANCT. Les "
                    "collectivités se retrouvent régulièrement entre pairs pour croiser leurs expériences, leurs "
                    "réussites et leurs obstacles.</p>"
                ),
                call_to_action(
                    "Suivre le projet partagé",
                    "Votre collectivité souhaite suivre le projet sur la plateforme Territoires en commun ? Rejoignez la "
                    "communauté en tant qu'observatrice.",
                    "Inscrire ma collectivité",
                    url=f"{SITE_URL}/projets-partages/co-construire-la-politique-culturelle-avec-ses-habitants/inscription/",
                ),
            ],
        },
        "children": {
            "stages": (
                "kind",
                [
                    {
                        "kind": kind,
                        "title": title,
                        "description": description,
                        "start_date": start,
                        "end_date": end,
                        "status": status,
                    }
                    for kind, title, description, start, end, status in SHARED_PROJECT_STAGES
                ],
            ),
            "experts": (
                "name",
                [
                    {
                        "name": "Camille Lefèvre",
                        "organisation": "Groupement de prestataires « Regards croisés » (fictif)",
                        "role": "Cheffe de projet, sociologue — coordination du diagnostic partagé",
                        "user": UserRef("expert"),
                    },
                    {
                        # The local provider's expert (devidp-experte): named here, since the
                        # experts' group alone reaches no project.
                        "name": "Hélène Fabre",
                        "organisation": "Groupement de prestataires « Regards croisés » (fictif)",
                        "role": "Experte des démarches participatives — échanges entre pairs",
                        "user": UserRef("devidp-experte"),
                    },
                    {
                        "name": "Julien Moreau",
                        "organisation": "Groupement de prestataires « Regards croisés » (fictif)",
                        "role": "Facilitateur — cycle de la créativité et intelligence collective",
                        "user": None,
                    },
                    {
                        "name": "Sophie Bernard",
                        "organisation": "Groupement de prestataires « Regards croisés » (fictif)",
                        "role": "Psychosociologue — supervision et analyse de la pratique",
                        "user": None,
                    },
                ],
            ),
        },
    },
]

JOURNAL_PAGES = [
    {
        "key": "journal-launch",
        "parent": SHARED_PROJECT_KEY,
        "model": "projects.JournalEntryPage",
        "slug": "lancement-du-diagnostic-partage",
        "fields": {
            "title": "Lancement du diagnostic partagé dans les quatre collectivités",
            "date": datetime.date(2021, 9, 28),
            "stage": StageRef(SHARED_PROJECT_KEY, "diagnosis"),
            "author_authority": None,
            "summary": (
                "L'équipe d'accompagnement a rencontré élus et services culturels de Mantes-la-Jolie, Bourges, Niort "
                "et Guichen pour lancer le diagnostic : données disponibles, premiers entretiens, constitution des "
                "groupes d'enquête mixtes."
            ),
            "body": [
                paragraph(
                    "<p>Chaque collectivité a désigné un binôme élu-agent et réuni les données existantes : études, "
                    "fréquentation des équipements, cartographie des associations culturelles. Les groupes d'enquête "
                    "mixtes — élus, agents, habitants, scolaires — se constituent ; une attention particulière sera "
                    "portée aux habitants les plus éloignés de l'offre culturelle.</p>"
                    "<p><i>Entrée de journal illustrative, rédigée pour la démonstration.</i></p>"
                )
            ],
        },
    },
    {
        "key": "journal-guichen-survey",
        "parent": SHARED_PROJECT_KEY,
        "model": "projects.JournalEntryPage",
        "slug": "guichen-le-groupe-d-enquete-a-la-rencontre-des-habitants",
        "fields": {
            "title": "Guichen : le groupe d'enquête mixte à la rencontre des habitants",
            "date": datetime.date(2021, 11, 9),
            "stage": StageRef(SHARED_PROJECT_KEY, "diagnosis"),
            "author_authority": commune("35126"),
            "summary": (
                "Au marché, à la sortie des écoles et dans les hameaux, le groupe d'enquête de Guichen a recueilli la "
                "parole d'habitants qui ne fréquentent pas les équipements culturels."
            ),
            "body": [
                paragraph(
                    "<p>Le groupe réunit une élue, deux agents, des parents d'élèves et des membres d'associations. Ses "
                    "premiers constats : une vie culturelle riche mais peu visible, et des envies de rendez-vous plus "
                    "proches des habitants des hameaux.</p>"
                    "<p><i>Entrée de journal illustrative, rédigée pour la démonstration.</i></p>"
                )
            ],
        },
    },
    {
        "key": "journal-crossing",
        "parent": SHARED_PROJECT_KEY,
        "model": "projects.JournalEntryPage",
        "slug": "premiere-rencontre-entre-pairs",
        "fields": {
            "title": "Croisement des regards : première rencontre entre pairs",
            "date": datetime.date(2021, 12, 9),
            "stage": StageRef(SHARED_PROJECT_KEY, "crossing_perspectives"),
            "author_authority": None,
            "summary": (
                "Les quatre collectivités ont partagé les résultats de leurs diagnostics et choisi leurs méthodes pour "
                "le cycle de la créativité ; les collectivités observatrices étaient invitées."
            ),
            "body": [
                paragraph(
                    "<p>Une demi-journée d'échanges pour croiser réussites, obstacles et questionnements. Mantes-la-Jolie "
                    "et Niort ont retenu une approche par quartiers, Bourges une approche par familles d'acteurs, "
                    "Guichen une approche par prototypage de rendez-vous culturels.</p>"
                    "<p><i>Entrée de journal illustrative, rédigée pour la démonstration.</i></p>"
                )
            ],
        },
    },
]

# collectivité, role, enrolled by; all confirmed.
ENROLLMENTS = [
    (commune("78361"), "participant", None),
    (commune("18033"), "participant", None),
    (commune("79191"), "participant", None),
    (commune("35126"), "participant", UserRef("participant")),
    (commune("56243"), "observer", UserRef("contributeur")),
    (commune("44109"), "observer", None),
]

ACTION_PLAN_PAGES = [
    {
        "key": "action-plan-guichen",
        "parent": SHARED_PROJECT_KEY,
        "model": "projects.ActionPlanPage",
        "slug": "plan-d-action-guichen",
        "live": False,
        "fields": {
            "title": "Plan d'action culturel de Guichen (projet)",
            "local_authority": commune("35126"),
            "summary": (
                "Projet de plan d'action, en cours d'écriture pendant le cycle de la créativité : rapprocher l'offre "
                "culturelle des habitants des hameaux et leur donner une place dans les choix de programmation."
            ),
            "objectives": (
                "<ul>"
                "<li>Associer durablement les habitants aux choix culturels de la commune.</li>"
                "<li>Proposer des rendez-vous culturels au plus près des habitants, dans les hameaux.</li>"
                "<li>Rendre compte aux habitants de ce qui a été fait de leur parole.</li>"
                "</ul>"
            ),
            "success_criteria": (
                "<ul>"
                "<li>Un conseil culturel citoyen réuni au moins trois fois par an, dont la moitié des membres sont des "
                "habitants.</li>"
                "<li>Au moins quatre rendez-vous par an hors du centre-bourg.</li>"
                "<li>Une réunion publique de restitution chaque année.</li>"
                "</ul>"
            ),
            "adoption_date": None,
            "deliberation_reference": "",
            "body": [
                paragraph(
                    "<p><i>Document de travail : ce plan sera validé puis soumis au conseil municipal avant "
                    "publication. Plan illustratif, rédigé pour la démonstration.</i></p>"
                )
            ],
        },
        "children": {
            "actions": (
                "title",
                [
                    {
                        "title": "Créer un conseil culturel citoyen",
                        "description": "Un collectif ouvert d'habitants, d'élus et d'agents qui oriente la programmation "
                        "culturelle, sur le modèle des Glop de Séné.",
                        "owner": "Service culture et vie associative",
                        "deadline": datetime.date(2022, 12, 31),
                        "indicator": "Nombre de réunions et diversité des membres (âge, quartier ou hameau)",
                        "status": "not_started",
                        "progress": 0,
                    },
                    {
                        "title": "Programmer des rendez-vous culturels dans les hameaux",
                        "description": "Lectures, concerts et projections en plein air, proposés avec les associations "
                        "locales.",
                        "owner": "Adjointe à la culture",
                        "deadline": datetime.date(2023, 6, 30),
                        "indicator": "Nombre de rendez-vous hors du centre-bourg et fréquentation",
                        "status": "not_started",
                        "progress": 0,
                    },
                    {
                        "title": "Ouvrir la médiathèque aux propositions des habitants",
                        "description": "Une boîte à idées et un temps d'échange trimestriel pour choisir une partie des "
                        "animations.",
                        "owner": "Médiathèque municipale",
                        "deadline": datetime.date(2022, 9, 30),
                        "indicator": "Part des animations proposées par des habitants",
                        "status": "in_progress",
                        "progress": 20,
                    },
                    {
                        "title": "Présenter aux habitants ce qui a été fait de leur parole",
                        "description": "Réunir de nouveau le groupe d'enquête pour une restitution publique.",
                        "owner": "Direction générale des services",
                        "deadline": datetime.date(2022, 10, 15),
                        "indicator": "Tenue de la réunion de restitution et nombre de participants",
                        "status": "not_started",
                        "progress": 0,
                    },
                ],
            )
        },
    },
]

THEME_PAGES = [
    {
        "key": "theme-cultural-democracy",
        "parent": "section-themes",
        "model": "inspiration.InspirationThemePage",
        "slug": "la-democratie-culturelle",
        "fields": {
            "title": "La démocratie culturelle",
            "show_in_menus": True,
            "month": datetime.date(2021, 6, 1),
            "summary": (
                "Après une longue période d'hibernation suite à la crise sanitaire, la culture se déconfine, "
                "réinvestit les politiques locales… et la vie démocratique dans les territoires ! De nouvelles "
                "démarches de politiques culturelles se mettent en place pour faire de la culture un outil de "
                "représentation citoyenne, d'égalité et d'expression de la démocratie locale."
            ),
            "principle": (
                "Réinscrire la culture au cœur des problématiques de développement local et lui reconnaître une "
                "fonction transversale."
            ),
            "image": ImageRef("theme-democratie-culturelle"),
            "body": [
                paragraph(
                    "<h2>De la démocratisation culturelle à la démocratie culturelle</h2>"
                    "<p>Rendre les œuvres accessibles au plus grand nombre reste nécessaire. La démocratie culturelle va "
                    "plus loin : elle reconnaît chaque habitant comme porteur de culture et lui donne une place dans les "
                    "choix culturels de son territoire. La culture n'est plus un secteur à part, mais une dimension de "
                    "l'aménagement, de l'éducation, de la cohésion sociale.</p>"
                    "<h2>Trois manières de s'y prendre</h2>"
                    "<ul>"
                    f"<li>Confier une part de la programmation aux habitants, comme les Glop de "
                    f"{page_link('experience-sene', 'Séné')}.</li>"
                    f"<li>Penser l'aménagement avec les sensibilités culturelles des habitants, comme les 15 lieux "
                    f"réinventés à {page_link('experience-nantes', 'Nantes')}.</li>"
                    f"<li>Faire de la lecture un vecteur de lien entre générations, comme en "
                    f"{page_link('experience-haute-vienne', 'Haute-Vienne')}.</li>"
                    "</ul>"
                    f"<p>Pour aller plus loin, l'{page_link('resource-opale', 'enquête d’Opale')} dresse le portrait des "
                    "associations culturelles employeuses, partenaires essentielles des collectivités.</p>"
                ),
                call_to_action(
                    "Aller plus loin : le projet partagé sur la culture",
                    "Mantes-la-Jolie, Bourges, Niort et Guichen co-construisent leur politique culturelle avec leurs "
                    "habitants, accompagnées par l'ANCT.",
                    "Découvrir et suivre le projet",
                    page=PageRef(SHARED_PROJECT_KEY),
                ),
            ],
            "next_theme_title": "La crise sanitaire et la démocratie",
            "next_theme_month": datetime.date(2021, 7, 1),
            "call_for_contributions": (
                "<p>En juillet, nous parlerons de la <b>crise sanitaire et la démocratie</b>. Afin de mettre en avant "
                "les projets des utilisateurs et utilisatrices de la plateforme, nous vous invitons à nous faire part "
                "des projets dont vous avez connaissance et qui sont en lien avec cette thématique.</p>"
            ),
        },
        "children": {
            "featured_experiences": (
                "page",
                [
                    {"page": PageRef("experience-sene")},
                    {"page": PageRef("experience-nantes")},
                    {"page": PageRef("experience-haute-vienne")},
                ],
            ),
            "featured_resources": ("page", [{"page": PageRef("resource-opale")}]),
            "featured_events": (
                "page",
                [
                    {"page": PageRef("event-cndp")},
                    {"page": PageRef("event-crisis-cooperation")},
                    {"page": PageRef("event-participatory-budget")},
                    {"page": PageRef("event-rep-2021")},
                ],
            ),
        },
        "m2m": {
            "themes": ["culture", "democratie-participative"],
            "territory_types": ["qpv", "villes", "ruralites"],
        },
    },
]

NEWSLETTER_PAGES = [
    {
        "key": "newsletter-1",
        "parent": "section-newsletters",
        "model": "inspiration.NewsletterPage",
        "slug": "lettre-d-information-n-1-juin-2021",
        "fields": {
            "title": "Lettre d'information n° 1 — juin 2021",
            "edition_number": 1,
            "edition_month": datetime.date(2021, 6, 1),
            "summary": (
                "La toute nouvelle plateforme et ses projets partagés, l'échelle de participation d'Arnstein, la "
                "démocratie culturelle, des expériences à Séné, Nantes et en Haute-Vienne, et l'agenda de juin à "
                "septembre."
            ),
            "sections": [
                {
                    "type": "intro",
                    "value": (
                        "<p>Bienvenue ! Nous avons aujourd'hui le plaisir de vous présenter la toute nouvelle plateforme "
                        "Territoires en commun : découvrez les <b>projets partagés</b> et la première édition de notre "
                        "lettre d'information.</p>"
                        "<p>Cette lettre mensuelle a à cœur de vous apporter, directement dans votre boîte mail, toutes "
                        "les ressources, inspirations et idées dont vous pouvez avoir besoin pour travailler sur "
                        "l'engagement citoyen et l'innovation démocratique au sein de vos collectivités.</p>"
                    ),
                },
                {
                    "type": "concept_of_the_month",
                    "value": {
                        "concept": PageRef("concept-arnstein"),
                        "text": (
                            "<p>Tous les mois, vous retrouverez ici la présentation d'un concept de la théorie "
                            "démocratique. L'échelle de participation d'Arnstein, publiée en 1969, distingue <b>huit "
                            "niveaux possibles de participation des citoyens et des citoyennes aux projets qui les "
                            "concernent</b>. Elle est utilisée pour évaluer la manière dont les pouvoirs publics "
                            "impliquent les habitants dans les prises de décision.</p>"
                        ),
                    },
                },
                {
                    "type": "theme_of_the_month",
                    "value": {
                        "theme": PageRef("theme-cultural-democracy"),
                        "text": (
                            "<p>Après une longue période d'hibernation suite à la crise sanitaire, <b>la culture se "
                            "déconfine, réinvestit les politiques locales…</b> et la <b>vie démocratique</b> dans les "
                            "territoires ! Le principe de la démocratie culturelle : réinscrire la culture au cœur des "
                            "problématiques de développement local et lui reconnaître une fonction transversale.</p>"
                        ),
                    },
                },
                {
                    "type": "featured_pages",
                    "value": {
                        "title": "Projets démocratiques et expériences territoriales pour vous inspirer",
                        "intro": (
                            "Séné, précurseur de la démocratie culturelle ; l'enquête d'Opale sur les associations "
                            "culturelles employeuses ; l'urbanisme culturel à Nantes ; la lecture citoyenne en "
                            "Haute-Vienne."
                        ),
                        "pages": [
                            PageRef("experience-sene"),
                            PageRef("resource-opale"),
                            PageRef("experience-nantes"),
                            PageRef("experience-haute-vienne"),
                        ],
                    },
                },
                {
                    "type": "featured_pages",
                    "value": {
                        "title": "Aller plus loin : les projets partagés de Territoires en commun",
                        "intro": (
                            "Quatre collectivités territoriales s'engagent dans le premier projet partagé — "
                            "Mantes-la-Jolie, Bourges, Niort et Guichen. L'objectif ? Réaliser un diagnostic partagé "
                            "pour concevoir la politique locale avec les citoyens. Vous souhaitez suivre le projet ? "
                            "Rejoignez la communauté !"
                        ),
                        "pages": [PageRef(SHARED_PROJECT_KEY)],
                    },
                },
                {
                    "type": "ecosystem_news",
                    "value": {
                        "title": "Actualités de l'écosystème de Territoires en commun",
                        "items": [
                            {
                                "title": "Territoires en commun lance sa nouvelle plateforme coopérative !",
                                "text": (
                                    "<p>Les projets partagés vous permettent de concevoir un projet de politique publique "
                                    "en lien avec d'autres collectivités, en misant sur la coopération et l'engagement "
                                    "citoyen. Sur cette plateforme inédite, l'ANCT propose des supports d'inspiration "
                                    "thématiques, mais pas que : les collectivités peuvent se positionner sur les "
                                    "thématiques proposées et, en fonction des retours, un thème peut être choisi pour "
                                    "faire l'objet d'un projet partagé. Certaines collectivités peuvent aussi suivre le "
                                    "projet en simples observatrices.</p>"
                                ),
                                "image": ImageRef("news-launch"),
                                "link": link(page=PageRef("section-shared-projects")),
                                "link_label": "Découvrez la nouvelle plateforme",
                            },
                            {
                                "title": "Message de Mme la Ministre Jacqueline Gourault sur le lancement de la plateforme",
                                "text": (
                                    "<p>Découvrez le message de la ministre de la Cohésion des territoires et des "
                                    "Relations avec les collectivités territoriales, Jacqueline Gourault, pendant les "
                                    "Rencontres nationales de la participation 2020.</p>"
                                ),
                                "image": ImageRef("news-minister"),
                                "link": link(url=f"{SITE_URL}/actualites/message-de-la-ministre/"),
                                "link_label": "Voir le message",
                            },
                            {
                                "title": "La science participative au service des collectivités territoriales",
                                "text": (
                                    "<p>L'Institut pour la recherche de la Caisse des dépôts, en partenariat avec Mosaic, "
                                    "propose aux collectivités de les accompagner pour développer la participation "
                                    "citoyenne dans la construction de leurs politiques publiques, en s'appuyant sur un "
                                    "dispositif de science participative.</p>"
                                ),
                                "image": ImageRef("news-participatory-science"),
                                "link": link(url="https://www.caissedesdepots.fr/"),
                                "link_label": "Découvrez l'accompagnement",
                            },
                        ],
                    },
                },
                {
                    "type": "agenda",
                    "value": {
                        "title": "À vos agendas !",
                        "events": [
                            PageRef("event-cndp"),
                            PageRef("event-crisis-cooperation"),
                            PageRef("event-participatory-budget"),
                            PageRef("event-rep-2021"),
                        ],
                    },
                },
                {
                    "type": "next_theme_call",
                    "value": {
                        "next_theme": "La crise sanitaire et la démocratie",
                        "month": "2021-07-01",
                        "text": (
                            "<p>Tous les mois, Territoires en commun met en avant une thématique inspirante, annoncée "
                            "en avant-première pour que vous puissiez partager vos projets et ressources. En juillet, "
                            "nous parlerons de la <b>crise sanitaire et la démocratie</b> : faites-nous part des projets "
                            "dont vous avez connaissance et qui sont en lien avec cette thématique.</p>"
                        ),
                        "call_to_action": {
                            "title": "Vous avez des ressources à partager sur la crise sanitaire et la démocratie ?",
                            "text": "Proposez votre projet ou votre ressource : l'équipe éditoriale la relira.",
                            "button_label": "J'envoie ma ressource",
                            "link": link(url=f"{SITE_URL}/contribuer/"),
                        },
                    },
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "title": "Vous avez une priorité d'action pour vos territoires ?",
                        "text": (
                            "C'est vous qui décidez ! Votez pour les thématiques des projets partagés proposées par "
                            "l'ANCT. En fonction de leur popularité, un thème est choisi pour faire l'objet d'un projet "
                            "partagé."
                        ),
                        "button_label": "Votez et suivez le classement",
                        "link": link(page=PageRef("section-shared-projects")),
                    },
                },
            ],
        },
    },
]

ENGAGEMENT_PAGES = [
    {
        "key": "engagement-haute-vienne",
        "parent": "section-engagement",
        "model": "projects.EngagementTrackPage",
        "slug": "departement-de-la-haute-vienne",
        "fields": {
            "title": "Département de la Haute-Vienne : faire de l'engagement citoyen une marque de fabrique",
            "local_authority": departement("87"),
            "summary": (
                "Exemple illustratif, rédigé pour la démonstration de la plateforme. Un accompagnement de trois ans, à "
                "partir du printemps 2021, pour former élus, agents et partenaires, développer des projets "
                "d'engagement citoyen et mobiliser des relais sur le terrain, dans le cadre de Territoires "
                "d'engagement."
            ),
            "start_date": datetime.date(2021, 4, 1),
            "charter_signed_on": datetime.date(2021, 6, 28),
            "local_contact": "Chargée de mission participation citoyenne, direction générale des services",
            "steering_body": (
                "Comité de pilotage stratégique adossé à une instance de gouvernance existante (élus, services, "
                "partenaires associatifs)"
            ),
            "body": [
                paragraph(
                    "<p><i>Cet accompagnement est un exemple illustratif : il montre comment une collectivité suit son "
                    "parcours Territoires d'engagement sur la plateforme.</i></p>"
                    "<h2>Le cheminement</h2>"
                    "<p>Après la rencontre du territoire et le diagnostic des enjeux d'engagement, la charte "
                    "d'accompagnement fixe un plan financé chaque année par l'ANCT, par voie de subvention, dans la "
                    "limite de 100 000 € par an. Un interlocuteur privilégié et une équipe opérationnelle sont "
                    "identifiés ; le pilotage s'appuie sur une instance existante.</p>"
                )
            ],
        },
        "children": {
            "yearly_plans": (
                "year_number",
                [
                    {
                        "year_number": 1,
                        "budget": Decimal("80000.00"),
                        "training": "Formation des élus et des cadres à la coopération avec les habitants ; premiers "
                        "ateliers de conduite du changement avec les services.",
                        "projects": "Deux projets d'engagement citoyen « pour apprendre en agissant », choisis avec les "
                        "partenaires associatifs.",
                        "field_support": "Repérage des relais de terrain (associations, tiers-lieux, centres sociaux).",
                    },
                    {
                        "year_number": 2,
                        "budget": Decimal("100000.00"),
                        "training": "Formation des agents de terrain et des partenaires ; communauté de pratique "
                        "interne.",
                        "projects": "Extension des projets d'engagement à de nouveaux territoires du département.",
                        "field_support": "Appui d'animateurs de terrain auprès des porteurs de projets.",
                    },
                    {
                        "year_number": 3,
                        "budget": Decimal("65000.00"),
                        "training": "Transmission des savoir-faire aux nouvelles équipes ; formation de formateurs "
                        "internes.",
                        "projects": "Capitalisation et évaluation partagée des projets.",
                        "field_support": "Pérennisation du réseau de relais de terrain.",
                    },
                ],
            ),
            "milestones": (
                "title",
                [
                    {
                        "date": datetime.date(2021, 5, 20),
                        "title": "Rencontre du territoire et diagnostic des enjeux d'engagement",
                        "deliverable": "Note de diagnostic partagée avec l'ANCT",
                        "done": True,
                    },
                    {
                        "date": datetime.date(2021, 6, 28),
                        "title": "Signature de la charte d'accompagnement",
                        "deliverable": "Charte signée et plan d'accompagnement de l'année 1",
                        "done": True,
                    },
                    {
                        "date": datetime.date(2021, 10, 15),
                        "title": "Lancement du programme de formation",
                        "deliverable": "Programme de formation sur trois ans",
                        "done": True,
                    },
                    {
                        "date": datetime.date(2022, 3, 31),
                        "title": "Premiers projets d'engagement citoyen lancés",
                        "deliverable": "Fiches projets publiées sur Territoires en commun",
                        "done": False,
                    },
                    {
                        "date": datetime.date(2024, 3, 31),
                        "title": "Bilan final de l'accompagnement",
                        "deliverable": "Rapport d'évaluation partagé",
                        "done": False,
                    },
                ],
            ),
            "reviews": (
                "date",
                [
                    {
                        "date": datetime.date(2021, 10, 14),
                        "kind": "supervision",
                        "summary": "Première séance d'analyse de la pratique avec l'équipe opérationnelle : les "
                        "résistances au changement et la place des partenaires associatifs.",
                    },
                    {
                        "date": datetime.date(2021, 12, 16),
                        "kind": "review",
                        "summary": "Bilan des six premiers mois avec l'ANCT : la formation des élus est bien engagée ; "
                        "le choix des premiers projets prend plus de temps que prévu.",
                    },
                    {
                        "date": datetime.date(2022, 1, 21),
                        "kind": "celebration",
                        "summary": "Rencontre conviviale avec les partenaires associatifs et les premiers bénévoles "
                        "engagés.",
                    },
                ],
            ),
        },
    },
]

# title, description, theme, proposing collectivité, proposer, status, selected project, voters
THEME_PROPOSALS = [
    (
        "La démocratie culturelle",
        "Faire de la culture un outil de représentation citoyenne, d'égalité et d'expression de la démocratie locale, "
        "en associant les habitants aux choix culturels de leur territoire.",
        ThemeRef("culture"),
        None,
        UserRef("editeur"),
        "selected",
        PageRef(SHARED_PROJECT_KEY),
        [
            (commune("78361"), None),
            (commune("18033"), None),
            (commune("79191"), None),
            (commune("35126"), UserRef("participant")),
        ],
    ),
    (
        "La crise sanitaire et la démocratie",
        "Comment la crise sanitaire a-t-elle transformé la participation des habitants et la coopération entre "
        "collectivités et société civile ? Quelles démarches nées pendant la crise faut-il pérenniser ?",
        ThemeRef("democratie-participative"),
        None,
        UserRef("editeur"),
        "approved",
        None,
        [
            (commune("56243"), UserRef("contributeur")),
            (commune("44109"), None),
            (commune("79191"), None),
        ],
    ),
    (
        "Mobilités du quotidien",
        "Concevoir avec les habitants des solutions pour les déplacements du quotidien, en particulier dans les "
        "territoires ruraux et périurbains où la voiture reste souvent la seule option.",
        ThemeRef("mobilites"),
        epci("200043990"),
        None,
        "approved",
        None,
        [
            (epci("200043990"), None),
            (commune("35126"), UserRef("participant")),
            (commune("18033"), None),
        ],
    ),
]

# --- A demo a newcomer can act in (issue #12) -------------------------------------------------
# An open voting campaign (one vote per collectivité) with approved proposals nobody voted for
# yet, and two shared projects open to enrolment: one with free places, one full (5 participants)
# where the next participant lands on the waiting list.
OPEN_CAMPAIGN = {
    "title": "Choisir le prochain projet partagé",
    "description": (
        "Chaque collectivité vote pour le thème qu'elle souhaite voir devenir le prochain projet partagé : "
        "un vote par collectivité."
    ),
    "vote_limit": 1,
    "opened_days_ago": 7,
    "open_days": 90,
}

# title, description, theme, proposing collectivité, voters (never a demo agent's collectivité, so
# that they still have their vote)
OPEN_CAMPAIGN_PROPOSALS = [
    (
        "Associer les jeunes aux décisions locales",
        "Conseils de jeunes, budgets participatifs réservés aux 11-25 ans, consultations dans les lycées : comment "
        "donner aux jeunes une place durable dans les choix de leur territoire ?",
        ThemeRef("democratie-participative"),
        commune("56243"),
        [commune("44109"), commune("78361")],
    ),
    (
        "Le bénévolat après la crise",
        "Retrouver et fidéliser les bénévoles des associations locales, et coopérer avec elles pour les services "
        "du quotidien.",
        ThemeRef("vie-associative"),
        epci("200043990"),
        [commune("35126"), epci("200043990")],
    ),
]


def proconnect_agents():
    """The local provider's demo agents (devidp/accounts.json, shared with devidp/server.mjs)."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "devidp" / "accounts.json"
    return json.loads(path.read_text(encoding="utf-8"))


RECRUITING_PROJECT_KEY = "shared-project-budget-participatif"
FULL_PROJECT_KEY = "shared-project-mobilites"
RECRUITING_PROJECT_PAGES = [
    {
        "key": RECRUITING_PROJECT_KEY,
        "parent": "section-shared-projects",
        "model": "projects.SharedProjectPage",
        "slug": "budgets-participatifs-de-territoire",
        "fields": {
            "title": "Des budgets participatifs à l'échelle du territoire",
            "theme": ThemeRef("democratie-participative"),
            "status": "recruiting",
            "summary": (
                "Trois à cinq collectivités conçoivent ensemble un budget participatif partagé entre communes et "
                "intercommunalité. Inscriptions ouvertes : il reste des places de partie prenante."
            ),
            "participant_capacity": 5,
            "start_date": datetime.date(2027, 1, 11),
            "end_date": datetime.date(2027, 10, 29),
        },
    },
    {
        "key": FULL_PROJECT_KEY,
        "parent": "section-shared-projects",
        "model": "projects.SharedProjectPage",
        "slug": "mobilites-du-quotidien-avec-les-habitants",
        "fields": {
            "title": "Mobilités du quotidien avec les habitants",
            "theme": ThemeRef("mobilites"),
            "status": "recruiting",
            "summary": (
                "Cinq collectivités parties prenantes conçoivent avec leurs habitants des solutions de mobilité du "
                "quotidien. Complet : une nouvelle collectivité partie prenante rejoint la liste d'attente ; les "
                "observatrices restent les bienvenues."
            ),
            "participant_capacity": 5,
            "start_date": datetime.date(2027, 2, 1),
            "end_date": datetime.date(2027, 12, 17),
        },
    },
]

# project key, collectivité, role
RECRUITING_ENROLLMENTS = [
    (RECRUITING_PROJECT_KEY, commune("56243"), "participant"),
    (RECRUITING_PROJECT_KEY, commune("35126"), "participant"),
    (FULL_PROJECT_KEY, commune("56243"), "participant"),
    (FULL_PROJECT_KEY, commune("44109"), "participant"),
    (FULL_PROJECT_KEY, commune("78361"), "participant"),
    (FULL_PROJECT_KEY, commune("18033"), "participant"),
    (FULL_PROJECT_KEY, commune("35126"), "participant"),
]

# The order in which page specs are built: a page is built after every page it refers to.
PAGES_BEFORE_ENROLLMENTS = (
    CONCEPT_PAGES
    + EXPERIENCE_PAGES
    + RESOURCE_PAGES
    + EVENT_PAGES
    + SHARED_PROJECT_PAGES
    + RECRUITING_PROJECT_PAGES
    + JOURNAL_PAGES
)
PAGES_AFTER_ENROLLMENTS = ACTION_PLAN_PAGES + THEME_PAGES + NEWSLETTER_PAGES + ENGAGEMENT_PAGES


# --- Site settings and redirects -----------------------------------------------------------------

# The contact is the one of the shared projects' leaflet; the legal pages are the site's own.
SITE_SETTINGS = {
    "site_name": "Territoires en commun",
    "baseline": "La plateforme de l'engagement citoyen",
    "operator": "Agence nationale de la cohésion des territoires",
    "contact_email": "matthieu.angotti@anct.gouv.fr",
    "social_image": ImageRef("home"),
    "footer_links": [
        site_link(
            "Agence nationale de la cohésion des territoires",
            url="https://agence-cohesion-territoires.gouv.fr/",
        ),
        site_link("Les projets partagés", page=PageRef("section-shared-projects")),
        site_link("legifrance.gouv.fr", url="https://www.legifrance.gouv.fr/"),
        site_link("info.gouvernement.fr", url="https://www.info.gouvernement.fr/"),
        site_link("service-public.fr", url="https://www.service-public.fr/"),
        site_link("data.gouv.fr", url="https://www.data.gouv.fr/"),
    ],
    "legal_links": [
        site_link("Mentions légales", url=f"{SITE_URL}/mentions-legales/", kind="legal_notice"),
        site_link("Accessibilité", url=f"{SITE_URL}/accessibilite/", kind="accessibility"),
        site_link(
            "Données personnelles", url=f"{SITE_URL}/donnees-personnelles/", kind="personal_data"
        ),
    ],
    # No RGAA audit has been made: the only honest status.
    "accessibility_status": "non_compliant",
}

# Addresses of the programme's former site, sent to the page that now holds their content.
# (old path, target page, permanent): an old address of the former site (301), and a short address
# for a campaign that will point elsewhere later (302).
REDIRECTS = [
    (
        "/fiche-dexperience/en-haute-vienne-la-lecture-citoyenne-vecteur-de-lien-intergenerationnel",
        PageRef("experience-haute-vienne"),
        True,
    ),
    ("/je-participe", PageRef("section-shared-projects"), False),
]


# --- Other actors of engagement (issue 19): organisations and their members ---------------------
# One association (its member signs in with the local provider: a private SIRET, devidp/accounts.json)
# and one research team (its member signs in by e-mail), each verified by the ANCT.
ORGANISATIONS = [
    {
        "name": "Collectif Parlons ensemble",
        "kind": "association",
        "siren": "775000003",
        "status": "verified",
        "member": {"issuer": "proconnect", "sub": "devidp-membre-association"},
    },
    {
        "name": "Laboratoire Cité et participation",
        "kind": "research_team",
        "siren": "",
        "status": "verified",
        "member": {
            "issuer": "email",
            "sub": "chercheuse@demo.territoires.local",
            "first_name": "Inès",
            "last_name": "Morel",
        },
    },
]
# An approved resource « proposé par » the association.
ORGANISATION_RESOURCE = {
    "key": "resource-parlons-ensemble",
    "parent": "section-resources",
    "model": "inspiration.ResourcePage",
    "slug": "animer-une-reunion-publique-ouverte",
    "organisation": "Collectif Parlons ensemble",
    "fields": {
        "title": "Animer une réunion publique où chacun prend la parole",
        "resource_type": "guide",
        "summary": (
            "Fiche pratique d'une association d'éducation populaire : préparer la salle, tenir le temps de "
            "parole, faire émerger les questions des habitants et rendre compte de ce qui a été dit."
        ),
        "organisation": "Collectif Parlons ensemble",
        "external_url": "https://example.org/parlons-ensemble/reunion-publique",
    },
}
