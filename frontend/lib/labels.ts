// French labels of the API's enums, for what a person reads.
import type { EventFormat, LocalAuthorityKind, ResourceType, SharedProjectStatus } from "@/gql/graphql";
import { formatDate } from "@/lib/format";

export const RESOURCE_TYPE_LABELS: Record<ResourceType, string> = {
  STUDY: "Étude",
  GUIDE: "Guide",
  TOOL: "Outil",
  ARTICLE: "Article",
  VIDEO: "Vidéo",
};

/** A resource type as written in the site's URLs (`?type=etude`). */
export const RESOURCE_TYPE_SLUGS: Record<ResourceType, string> = {
  STUDY: "etude",
  GUIDE: "guide",
  TOOL: "outil",
  ARTICLE: "article",
  VIDEO: "video",
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

export const LOCAL_AUTHORITY_KIND_LABELS: Record<LocalAuthorityKind, string> = {
  COMMUNE: "Commune",
  EPCI: "Intercommunalité",
  DEPARTEMENT: "Département",
  REGION: "Région",
};

/** « Du 1er janvier 2021 au 31 décembre 2021 », « Depuis le 1er mars 2022 », « Jusqu'au … ». */
export function formatPeriod(start: string | null | undefined, end: string | null | undefined): string {
  if (start && end) return `Du ${formatDate(start)} au ${formatDate(end)}`;
  if (start) return `Depuis le ${formatDate(start)}`;
  if (end) return `Jusqu'au ${formatDate(end)}`;
  return "";
}

/**
 * « 15 juin 2021 à 9 h 30 » at the event's own wall-clock time: `localStart` carries the event's
 * offset (an event in Guadeloupe is shown at Guadeloupe's time, not converted to Paris's).
 */
export function formatLocalDateTime(value: string | null | undefined): string {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/);
  if (!match) return "";
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const text = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  return `${text.replace(/^1 /, "1er ")} à ${hour} h ${String(minute).padStart(2, "0")}`;
}
