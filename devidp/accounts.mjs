// The demo agents of the local provider. Their SIRETs start with the real SIREN of a demo
// collectivité (from @etalab/decoupage-administratif, see cms/cog/) so that the CMS finds it; the
// 5 last digits are chosen so that the 14 digits pass the Luhn check, as every SIRET does.
// `scripts/devidp accounts` and `load_demo` print this list; keep the `sub`s stable: the CMS
// matches its users by them.

export const DEMO_AGENTS = [
  {
    sub: "devidp-agent-niort",
    email: "agent.niort@demo.territoires.local",
    given_name: "Nadia",
    usual_name: "Girard",
    siret: "21790191700013",
    collectivite: "Niort (commune)",
    note: "aucun rattachement : demande créée à la première connexion",
  },
  {
    sub: "devidp-agent-bourges",
    email: "agent.bourges@demo.territoires.local",
    given_name: "Bruno",
    usual_name: "Lefèvre",
    siret: "21180033900015",
    collectivite: "Bourges (commune)",
    note: "rattachement approuvé",
  },
  {
    sub: "devidp-agent-sene",
    email: "agent.sene@demo.territoires.local",
    given_name: "Solène",
    usual_name: "Le Goff",
    siret: "21560243400015",
    collectivite: "Séné (commune)",
    note: "rattachement approuvé, référente",
  },
  {
    sub: "devidp-agent-niortais",
    email: "agent.niortais@demo.territoires.local",
    given_name: "Étienne",
    usual_name: "Moreau",
    siret: "20004131700013",
    collectivite: "CA du Niortais (EPCI)",
    note: "demande de rattachement en attente",
  },
  {
    sub: "devidp-agent-deux-sevres",
    email: "agent.deux-sevres@demo.territoires.local",
    given_name: "Delphine",
    usual_name: "Rousseau",
    siret: "22790000000018",
    collectivite: "Deux-Sèvres (département)",
    // The package gives no SIREN for départements and none could be checked here: this SIRET is
    // illustrative, the membership comes from load_demo (matched by `sub`), not from the SIRET.
    note: "rattachement approuvé (créé par load_demo)",
  },
  {
    sub: "devidp-agent-sans-collectivite",
    email: "agent.prefecture@demo.territoires.local",
    given_name: "Paul",
    usual_name: "Martin",
    siret: "13000623700015",
    collectivite: "aucune (SIRET d'un service de l'État)",
    note: "demande adressée à l'ANCT",
  },
  {
    sub: "devidp-moderatrice-anct",
    email: "moderatrice.anct@demo.territoires.local",
    given_name: "Anne",
    usual_name: "Carpentier",
    siret: "13002603200016",
    collectivite: "ANCT",
    note: "modératrice (groupe Modérateurs)",
  },
];
