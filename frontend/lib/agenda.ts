// Dates and pages of the agenda, newsletters and projects, as a person reads them.
import type { ActionStatus, EventFormat, InspirationEventPageTimeZoneChoices, SharedProjectStatus, StageStatus } from "@/gql/graphql";

/** The CMS's time-zone choice (EUROPE_PARIS) → its IANA name (Europe/Paris). */
export function ianaTimeZone(choice: InspirationEventPageTimeZoneChoices | string | null | undefined): string {
  if (!choice) return "Europe/Paris";
  const [area = "", ...city] = choice.split("_");
  const title = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();
  return `${title(area)}/${city.map(title).join("_")}`;
}

const TIME_ZONE_LABELS: Record<string, string> = {
  "Europe/Paris": "heure de Paris",
  "America/Guadeloupe": "heure de la Guadeloupe",
  "America/Martinique": "heure de la Martinique",
  "America/Cayenne": "heure de la Guyane",
  "Indian/Reunion": "heure de La Réunion",
  "Indian/Mayotte": "heure de Mayotte",
  "America/Miquelon": "heure de Saint-Pierre-et-Miquelon",
  "Pacific/Noumea": "heure de la Nouvelle-Calédonie",
  "Pacific/Tahiti": "heure de Tahiti",
  "Pacific/Wallis": "heure de Wallis-et-Futuna",
};

function parts(value: string, timeZone: string) {
  const date = new Date(value);
  const day = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone })
    .format(date)
    .replace(/^1 /, "1er ");
  const weekday = new Intl.DateTimeFormat("fr-FR", { weekday: "long", timeZone }).format(date);
  const [hour, minute] = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone })
    .format(date)
    .split(":");
  return { day, weekday, time: `${Number(hour)} h ${minute}` };
}

/**
 * « Mercredi 30 juin 2021, de 14 h 00 à 15 h 30 (heure de Paris) », or « Du 13 septembre 2021 à 9 h 00
 * au 17 septembre 2021 à 18 h 00 » — in the event's own time zone, named when it is not Paris's.
 */
export function formatEventPeriod(start: string, end: string, timeZoneChoice?: string | null): string {
  const timeZone = ianaTimeZone(timeZoneChoice);
  if (Number.isNaN(new Date(start).getTime())) return "";
  const from = parts(start, timeZone);
  const zone = TIME_ZONE_LABELS[timeZone] ?? timeZone;
  if (!end || Number.isNaN(new Date(end).getTime())) {
    return `${capitalize(from.weekday)} ${from.day} à ${from.time} (${zone})`;
  }
  const to = parts(end, timeZone);
  if (from.day === to.day) {
    return `${capitalize(from.weekday)} ${from.day}, de ${from.time} à ${to.time} (${zone})`;
  }
  return `Du ${from.weekday} ${from.day} à ${from.time} au ${to.weekday} ${to.day} à ${to.time} (${zone})`;
}

/** A machine-readable date for <time dateTime>. */
export function isoDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = {
  ONLINE: "En ligne",
  IN_PERSON: "En présentiel",
  HYBRID: "En présentiel et en ligne",
};

const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });

/** « juin 2021 » for a month given as a date (2021-06-01). */
export function formatMonth(value: string | null | undefined): string {
  if (!value) return "";
  const date = new Date(`${value.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? "" : monthFormat.format(date);
}


export const PROJECT_STATUS_LABELS: Record<SharedProjectStatus, string> = {
  RECRUITING: "Inscriptions ouvertes",
  IN_PROGRESS: "En cours",
  COMPLETED: "Terminé",
  CANCELLED: "Annulé",
};

export const PROJECT_STATUS_SEVERITY: Record<SharedProjectStatus, "new" | "info" | "success" | "error"> = {
  RECRUITING: "new",
  IN_PROGRESS: "info",
  COMPLETED: "success",
  CANCELLED: "error",
};

export const STAGE_STATUS_LABELS: Record<StageStatus, string> = {
  PLANNED: "À venir",
  IN_PROGRESS: "En cours",
  DONE: "Terminée",
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  NOT_STARTED: "Pas commencée",
  IN_PROGRESS: "En cours",
  DONE: "Réalisée",
  ABANDONED: "Abandonnée",
};

/** « Du 1er mars 2026 au 30 juin 2026 », « Depuis le … », « Jusqu'au … » or nothing. */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined, format: (value: string) => string): string {
  if (start && end) return `Du ${format(start)} au ${format(end)}`;
  if (start) return `À partir du ${format(start)}`;
  if (end) return `Jusqu'au ${format(end)}`;
  return "";
}

/** Whether an event is over (at render time: cached pages are at most CMS_REVALIDATE_SECONDS late). */
export function hasEnded(end: string, now: Date = new Date()): boolean {
  const time = new Date(end).getTime();
  return !Number.isNaN(time) && time < now.getTime();
}

