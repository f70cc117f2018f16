"""The thesaurus' starting list: the programme's acronyms and a few everyday synonyms.

Editors change it in the admin (Fragments › Synonymes et sigles); this migration only adds the
entries that are not there yet.
"""

from django.db import migrations

# (one way, terms): an equivalence unless one way (then the first term expands to the others).
STARTING_LIST = [
    (False, ["QPV", "quartier prioritaire de la politique de la ville", "quartier prioritaire"]),
    (False, ["EPCI", "intercommunalité", "communauté de communes", "communauté d'agglomération"]),
    (False, ["PLU", "plan local d'urbanisme"]),
    (False, ["PLUi", "plan local d'urbanisme intercommunal"]),
    (False, ["CCAS", "centre communal d'action sociale"]),
    (False, ["ESS", "économie sociale et solidaire"]),
    (False, ["CNDP", "Commission nationale du débat public"]),
    (False, ["ANCT", "Agence nationale de la cohésion des territoires"]),
    (False, ["CESE", "Conseil économique, social et environnemental"]),
    (False, ["SCoT", "schéma de cohérence territoriale"]),
    (False, ["PNR", "parc naturel régional"]),
    (False, ["ZRR", "zone de revitalisation rurale", "France ruralités revitalisation"]),
    (False, ["vélo", "bicyclette"]),
    (False, ["budget participatif", "budget citoyen"]),
    (False, ["tiers-lieu", "tiers lieu"]),
    (False, ["personnes âgées", "seniors", "aînés"]),
    (True, ["tiers-lieu", "fab lab", "espace de coworking"]),
]


def forwards(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    existing = set(Synonym.objects.values_list("terms", flat=True))
    Synonym.objects.bulk_create(
        [
            Synonym(terms="\n".join(terms), one_way=one_way)
            for one_way, terms in STARTING_LIST
            if "\n".join(terms) not in existing
        ]
    )


def backwards(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    Synonym.objects.filter(terms__in=["\n".join(terms) for _, terms in STARTING_LIST]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0004_thesaurus_vocabulary")]

    operations = [migrations.RunPython(forwards, backwards)]
