// Dates and pages of the agenda, newsletters and projects, as a person reads them.
import type { EventFormat, InspirationEventPageTimeZoneChoices } from "@/gql/graphql";
import type { SearchParams } from "@/components/pages/types";

/** The CMS's time-zone choice (EUROPE_PARIS) → its IANA name (Europe/Paris). */
export function ianaTimeZone(choice: InspirationEventPageTimeZoneChoices | string | null | undefined): string {
  if (!choice) return "Europe/Paris";
  const [area, ...city] = choice.split("_");
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

/** One value of the query string (the first when repeated). */
export function queryValue(searchParams: SearchParams, name: string): string | undefined {
  const value = searchParams[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `?page=N` read strictly: a positive integer or the first page, with whether the value was bad. */
export function pageNumber(searchParams: SearchParams): { page: number; invalid: boolean } {
  const raw = queryValue(searchParams, "page");
  if (raw === undefined || raw === "") return { page: 1, invalid: false };
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) return { page: 1, invalid: true };
  return { page: Number(raw), invalid: false };
}

/**
 * The `after` cursor that starts page `page` of a listing. The CMS's cursors stand for an offset
 * (cms/api/pagination.py: base64url of « offset:N », the last item already seen); numbered pages
 * need to jump to one, so this is the single place that knows their form.
 */
export function cursorForPage(page: number, pageSize: number): string | undefined {
  if (page <= 1) return undefined;
  const offset = (page - 1) * pageSize - 1;
  // Python's urlsafe_b64decode wants the padding that Node's "base64url" drops.
  return Buffer.from(`offset:${offset}`, "utf8").toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
}

/** « 3 événements », « 1 lettre » — French plural with the number. */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString("fr-FR")} ${count > 1 || count === 0 ? plural : singular}`;
}
