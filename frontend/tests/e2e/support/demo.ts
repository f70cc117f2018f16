// What the demo (demo/content.py) and scripts/e2e-cms put in the CMS, as a visitor sees it.
export const demo = {
  home: "/",
  themes: "/thematiques-d-inspiration/",
  theme: { path: "/thematiques-d-inspiration/la-democratie-culturelle/", title: "La démocratie culturelle" },
  concepts: "/concepts/",
  concept: { path: "/concepts/echelle-de-participation-d-arnstein/", title: "L'échelle de participation d'Arnstein" },
  experiences: "/experiences/",
  experience: {
    path: "/experiences/sene-precurseur-de-la-democratie-culturelle/",
    title: "La commune de Séné, précurseur de la démocratie culturelle",
  },
  otherExperiences: [
    "Urbanisme culturel : Nantes réinvente 15 lieux avec ses habitants",
    "En Haute-Vienne, la lecture citoyenne vecteur de lien intergénérationnel",
  ],
  resources: "/ressources/",
  resource: {
    path: "/ressources/projets-partages-offre-de-service/",
    title: "Les projets partagés Territoires en commun : l'offre de service",
  },
  agenda: "/agenda/",
  event: {
    path: "/agenda/webinaire-cndp-15-juin-2021/",
    title: "Webinaire de la Commission nationale du débat public (CNDP)",
    // 09:30 UTC in the CMS: 11:30 in Paris (summer time).
    start: { year: 2021, month: 6, day: 15, hour: 11, minute: 30 },
  },
  newsletters: "/lettres-d-information/",
  newsletter: { path: "/lettres-d-information/lettre-d-information-n-1-juin-2021/", title: "Lettre d'information n° 1 — juin 2021" },
  projects: "/projets-partages/",
  project: {
    path: "/projets-partages/co-construire-la-politique-culturelle-avec-ses-habitants/",
    title: "Co-construire la politique culturelle avec ses habitants",
  },
  journalEntry: {
    path: "/projets-partages/co-construire-la-politique-culturelle-avec-ses-habitants/lancement-du-diagnostic-partage/",
    title: "Lancement du diagnostic partagé dans les quatre collectivités",
  },
  engagement: "/territoires-d-engagement/",
  engagementTrack: {
    path: "/territoires-d-engagement/departement-de-la-haute-vienne/",
    title: "Département de la Haute-Vienne : faire de l'engagement citoyen une marque de fabrique",
  },
} as const;

/** The slug-shaped links of a listing's items (not its filters or pagination). */
export const ITEM_HREF = /^\/experiences\/[^/?#]+\/$/;
