"""The admin's words for each kind of thing, with its gender (issue #17, item 3).

Wagtail joins « Nouveau: » or « Modification de » to a model's verbose name, and its choosers say
« Choisir un autre … » / « Modifier ce/cette … » whatever the noun. French needs the gender and the
elision: one table here, read by our page create/edit views (`cms.admin_views`) and our choosers.
A model missing from the table falls back to neutral wordings (« Nouveau contenu : … »)."""

from dataclasses import dataclass

VOWELS = "aeéèêiîoôuhAEÉÈÊIÎOÔUH"


@dataclass(frozen=True)
class Noun:
    singular: str
    feminine: bool
    # « h » aspiré and similar exceptions can say False here.
    elides: bool | None = None

    @property
    def starts_with_vowel(self):
        if self.elides is not None:
            return self.elides
        return self.singular[0] in VOWELS

    def new(self):
        """« Nouvelle expérience », « Nouvel événement », « Nouveau concept »."""
        if self.feminine:
            adjective = "Nouvelle"
        else:
            adjective = "Nouvel" if self.starts_with_vowel else "Nouveau"
        return f"{adjective} {self.singular}"

    def definite(self):
        """« l'expérience », « la ressource », « le concept »."""
        if self.starts_with_vowel:
            return f"l'{self.singular}"
        return f"{'la' if self.feminine else 'le'} {self.singular}"

    def demonstrative(self):
        """« cette collectivité », « cet événement », « ce thème »."""
        if self.feminine:
            return f"cette {self.singular}"
        return f"{'cet' if self.starts_with_vowel else 'ce'} {self.singular}"

    def indefinite(self):
        return f"{'une' if self.feminine else 'un'} {self.singular}"

    def another(self):
        return f"{'une autre' if self.feminine else 'un autre'} {self.singular}"

    def edit_title(self, title):
        return f"Modifier {self.definite()} « {title} »"

    def choose_one(self):
        return f"Choisir {self.indefinite()}"

    def choose_another(self):
        return f"Choisir {self.another()}"

    def edit_item(self):
        return f"Modifier {self.demonstrative()}"


NOUNS = {
    "cms.homepage": Noun("page d'accueil", feminine=True, elides=False),
    "inspiration.inspirationindexpage": Noun("rubrique", feminine=True),
    "inspiration.inspirationthemepage": Noun("thématique d'inspiration", feminine=True),
    "inspiration.conceptpage": Noun("concept", feminine=False),
    "inspiration.experiencepage": Noun("expérience", feminine=True),
    "inspiration.resourcepage": Noun("ressource", feminine=True),
    "inspiration.eventpage": Noun("événement", feminine=False),
    "inspiration.newsletterpage": Noun("lettre d'information", feminine=True),
    "projects.sharedprojectindexpage": Noun("rubrique des projets partagés", feminine=True),
    "projects.sharedprojectpage": Noun("projet partagé", feminine=False),
    "projects.actionplanpage": Noun("plan d'action", feminine=False),
    "projects.engagementtrackindexpage": Noun("rubrique Territoires d'engagement", feminine=True),
    "projects.engagementtrackpage": Noun("accompagnement", feminine=False),
    "projects.journalentrypage": Noun("entrée du journal de bord", feminine=True),
    "cms.localauthority": Noun("collectivité", feminine=True, elides=False),
    "cms.theme": Noun("thématique", feminine=True, elides=False),
    "cms.territorytype": Noun("type de territoire", feminine=False),
    "cms.organisation": Noun("organisation", feminine=True),
    "projects.votingcampaign": Noun("campagne de vote", feminine=True),
    "projects.themeproposal": Noun("proposition de thème", feminine=True),
    "projects.themevote": Noun("vote", feminine=False),
    "projects.enrollment": Noun("inscription", feminine=True),
    "projects.journaldigest": Noun("lettre hebdomadaire", feminine=True),
    "search.synonym": Noun("synonyme ou sigle", feminine=False),
}


def noun_for(model):
    return NOUNS.get(model._meta.label_lower)


def new_title(model):
    noun = noun_for(model)
    if noun is None:
        return f"Nouveau contenu : {model._meta.verbose_name}"
    return noun.new()


def edit_title(model, title):
    noun = noun_for(model)
    if noun is None:
        return f"Modifier « {title} » ({model._meta.verbose_name})"
    return noun.edit_title(title)
