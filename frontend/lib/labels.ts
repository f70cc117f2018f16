// French labels of the API's enums, for what a person reads.
import type { EventFormat, ResourceType, SharedProjectStatus } from "@/gql/graphql";

export const RESOURCE_TYPE_LABELS: Record<ResourceType, string> = {
  STUDY: "Étude",
  GUIDE: "Guide",
  TOOL: "Outil",
  ARTICLE: "Article",
  VIDEO: "Vidéo",
};

export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = {
  ONLINE: "En ligne",
  IN_PERSON: "En présentiel",
  HYBRID: "Hybride",
};

export const SHARED_PROJECT_STATUS_LABELS: Record<SharedProjectStatus, string> = {
  RECRUITING: "Inscriptions ouvertes",
  IN_PROGRESS: "En cours",
  COMPLETED: "Terminé",
  CANCELLED: "Abandonné",
};

/** « avril 2021 » for a theme's month (the API gives its first day). */
export function formatMonth(value: string | null | undefined): string {
  if (!value) return "";
  const date = new Date(`${value.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "Europe/Paris" }).format(date);
}

/** A summary cut at a word boundary for a card. */
export function excerpt(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : max)}…`;
}
