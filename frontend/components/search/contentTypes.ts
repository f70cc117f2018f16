// French names of the CMS's page types (`contentType` of hits and suggestions), for the badges.
// Shared by server and client components: no import here.
const LABELS: Record<string, string> = {
  "inspiration.ExperiencePage": "Expérience territoriale",
  "inspiration.ResourcePage": "Ressource",
  "inspiration.EventPage": "Événement",
  "inspiration.ConceptPage": "Concept",
  "inspiration.InspirationThemePage": "Thématique d'inspiration",
  "inspiration.InspirationIndexPage": "Rubrique",
  "inspiration.NewsletterPage": "Lettre d'information",
  "projects.SharedProjectIndexPage": "Rubrique",
  "projects.SharedProjectPage": "Projet partagé",
  "projects.JournalEntryPage": "Journal de bord",
  "projects.ActionPlanPage": "Plan d'action",
  "projects.EngagementTrackIndexPage": "Rubrique",
  "projects.EngagementTrackPage": "Territoires d'engagement",
  "cms.HomePage": "Accueil",
};

/** The type's French name: the CMS's (its facet label) when known, else ours, else « Page ». */
export function contentTypeLabel(contentType: string, facetLabels?: Map<string, string>): string {
  const fromCms = facetLabels?.get(contentType);
  return fromCms ? capitalized(fromCms) : (LABELS[contentType] ?? "Page");
}

/** « expérience territoriale » → « Expérience territoriale » (the CMS's labels are lower case). */
export function capitalized(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
