// What the agent reads for the CMS's moderation codes.
export const SUBMISSION_STATUS_LABELS: Record<string, { label: string; severity: "info" | "success" | "warning" | "error" | "new" }> = {
  DRAFT: { label: "Brouillon", severity: "info" },
  IN_REVIEW: { label: "En relecture", severity: "new" },
  CHANGES_REQUESTED: { label: "Modifications demandées", severity: "warning" },
  PUBLISHED: { label: "Publiée", severity: "success" },
  REJECTED: { label: "Refusée", severity: "error" },
};

const CHANGE_REASONS: Record<string, string> = {
  incomplete: "Informations incomplètes",
  unclear: "Récit peu clair ou trop court",
  classification: "Thématiques ou niveau de participation à revoir",
  sources: "Sources ou contact manquants",
  rights: "Droits sur les images ou documents à vérifier",
  off_topic: "Hors du champ de Territoires en commun",
  other: "Autre (voir le commentaire)",
};

export function changeReasonLabel(reason: string): string {
  return CHANGE_REASONS[reason.toLowerCase()] ?? reason;
}

export const MEMBERSHIP_STATUS_LABELS: Record<string, { label: string; severity: "info" | "success" | "warning" | "error" | "new" }> = {
  PENDING: { label: "Demande en attente", severity: "new" },
  APPROVED: { label: "Rattachement approuvé", severity: "success" },
  REFUSED: { label: "Demande refusée", severity: "error" },
  REJECTED: { label: "Demande refusée", severity: "error" },
};

export const CONTENT_TYPE_LABELS: Record<string, string> = {
  ExperiencePage: "Expérience",
  ResourcePage: "Ressource",
  ActionPlanPage: "Plan d'action",
};
