// Query-string parsing for the listings: every value a person can type in the URL is checked here,
// so that a malformed one is ignored with a notice, never sent to the CMS as is.
import type { SearchParams } from "@/components/pages/types";

export const PAGE_SIZE = 12;
/** Beyond this, a page number is a typo or a robot: the CMS would only answer an empty page. */
export const MAX_PAGE = 500;

/** The single value of a query-string key; repeated keys keep the first and say so. */
export function singleValue(searchParams: SearchParams, key: string): { value?: string; repeated: boolean } {
  const raw = searchParams[key];
  if (Array.isArray(raw)) return { value: raw[0]?.trim() || undefined, repeated: raw.length > 1 };
  return { value: raw?.trim() || undefined, repeated: false };
}

export type PageParam = { page: number; notice?: string };

/** `?page=N`: a whole number from 1; anything else → page 1 and a notice. */
export function parsePage(searchParams: SearchParams): PageParam {
  const { value } = singleValue(searchParams, "page");
  if (value === undefined) return { page: 1 };
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > MAX_PAGE) {
    return { page: 1, notice: `Le numéro de page « ${value} » n'est pas valide : la première page est affichée.` };
  }
  return { page: Number(value) };
}

/**
 * The `after` cursor that starts page `page` of `size` items. The CMS's connection cursors are
 * base64 of « offset:N » (cms/api/pagination.py); this is the one place the site relies on it, so
 * numbered DSFR pagination can jump to any page.
 */
export function afterCursor(page: number, size: number = PAGE_SIZE): string | undefined {
  return page <= 1 ? undefined : offsetCursor((page - 1) * size);
}

/**
 * The cursor after which the item at `offset` (0-based) comes. The one place that knows the CMS's
 * offset cursors (cms/api/pagination.py: urlsafe base64 of `offset:N`, with the padding Python wants).
 */
export function offsetCursor(offset: number): string | undefined {
  if (offset <= 0) return undefined;
  return Buffer.from(`offset:${offset - 1}`, "utf8").toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
}

export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** A listing URL with these query values (empty ones left out), e.g. `/experiences/?theme=x&page=2`. */
export function listingHref(path: string, values: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== "" && !(key === "page" && Number(value) <= 1)) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** « 1 expérience », « 3 expériences », and for none `none` (« aucune expérience ») or « 0 expérience » (French plural from 2). */
export function countLabel(count: number, singular: string, plural: string, none?: string): string {
  if (count === 0 && none !== undefined) return none;
  return `${count.toLocaleString("fr-FR")} ${count >= 2 ? plural : singular}`;
}

/** The nodes of a connection's edges, whatever the nullability the schema declares. */
export function nodesOf<N>(edges: ReadonlyArray<{ node?: N | null } | null | undefined>): N[] {
  return edges.flatMap((edge) => (edge?.node ? [edge.node] : []));
}

/** The notice for a page number past the last page. */
export function pastLastPage(page: number, total: number, size: number = PAGE_SIZE): string | undefined {
  const count = pageCount(total, size);
  if (total === 0 || page <= count) return undefined;
  return `La page ${page} n'existe pas : les résultats tiennent en ${count === 1 ? "une seule page" : `${count} pages`}.`;
}
