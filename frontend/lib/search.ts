// The search page's URL ↔ filters, the highlights' rendering and the call to the CMS.
import { SearchDocument, SearchStartDocument, type SearchFilter, type SearchQuery, type SearchSort } from "@/gql/graphql";
import { CmsQueryError, CmsUnavailableError, cmsQuery, type QueryOptions } from "@/lib/cms";
import { offsetCursor } from "@/lib/listing";

export const SEARCH_PATH = "/recherche/";
export const PAGE_SIZE = 10;
/** The CMS refuses longer queries (search/services.py, SEARCH_MAX_QUERY_LENGTH). */
export const MAX_QUERY_LENGTH = 200;
/** The CMS refuses more values per facet (search/services.py, MAX_FILTER_VALUES). */
export const MAX_VALUES_PER_FACET = 20;
export const MAX_PAGE = 1000;
export const MAX_SUGGESTIONS = 8;
export const MIN_PREFIX_LENGTH = 2;

export type FacetKey = keyof Required<SearchFilter>;

type FacetDefinition = {
  key: FacetKey;
  /** Name of the URL parameter. */
  param: string;
  /** Legend of the checkbox group, and name used in notices. */
  label: string;
  /** A well-formed value; anything else in the URL is dropped with a notice. */
  pattern: RegExp;
  numeric: boolean;
};

export const FACETS: FacetDefinition[] = [
  { key: "contentType", param: "type", label: "Type de contenu", pattern: /^[a-z_]{1,50}\.[A-Za-z]{1,80}$/, numeric: false },
  { key: "theme", param: "theme", label: "Thématique", pattern: /^[\p{Ll}\p{N}_-]{1,100}$/u, numeric: false },
  { key: "territoryType", param: "territoire", label: "Type de territoire", pattern: /^[\p{Ll}\p{N}_-]{1,100}$/u, numeric: false },
  { key: "department", param: "departement", label: "Département", pattern: /^(?:\d{2,3}|2[ABab])$/, numeric: false },
  { key: "participationLevel", param: "niveau", label: "Niveau de participation", pattern: /^[1-8]$/, numeric: true },
  { key: "year", param: "annee", label: "Année", pattern: /^(?:19|20)\d{2}$/, numeric: true },
];

export type SortValue = "pertinence" | "date";
const SORTS: Record<SortValue, SearchSort> = { pertinence: "RELEVANCE", date: "DATE" };

export type SearchParams = {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortValue;
  page: number;
  /** The words as typed, without the CMS's typo correction (« Rechercher plutôt … »). */
  exact: boolean;
};

export type RawSearchParams = Record<string, string | string[] | undefined>;

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function quoted(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `« ${shown} »`;
}

/**
 * The search asked by the page's URL. Malformed values are dropped, each with a French notice
 * saying what was ignored: a shared or hand-edited URL never makes the page fail.
 */
export function parseSearchParams(raw: RawSearchParams): { params: SearchParams; notices: string[] } {
  const notices: string[] = [];
  let q = (all(raw.q)[0] ?? "").trim().replace(/\s+/g, " ");
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
    notices.push(`La recherche a été raccourcie à ${MAX_QUERY_LENGTH} caractères.`);
  }
  const filters: SearchParams["filters"] = {};
  for (const facet of FACETS) {
    const values: string[] = [];
    const dropped: string[] = [];
    for (const value of all(raw[facet.param])) {
      const trimmed = value.trim();
      if (!trimmed) continue;
      // Corsica's « 2a » is the CMS's « 2A ».
      const normalised = facet.key === "department" ? trimmed.toUpperCase() : trimmed;
      if (!facet.pattern.test(trimmed)) dropped.push(trimmed);
      else if (!values.includes(normalised)) values.push(normalised);
    }
    if (dropped.length) {
      const list = dropped.map(quoted).join(", ");
      notices.push(
        dropped.length === 1
          ? `Le filtre « ${facet.label} » contenait une valeur invalide (${list}) : elle a été ignorée.`
          : `Le filtre « ${facet.label} » contenait des valeurs invalides (${list}) : elles ont été ignorées.`,
      );
    }
    if (values.length > MAX_VALUES_PER_FACET) {
      values.length = MAX_VALUES_PER_FACET;
      notices.push(`Le filtre « ${facet.label} » est limité à ${MAX_VALUES_PER_FACET} valeurs : les suivantes ont été ignorées.`);
    }
    if (values.length) filters[facet.key] = values;
  }
  const rawSort = all(raw.tri)[0];
  let sort: SortValue = "pertinence";
  if (rawSort === "date" || rawSort === "pertinence") sort = rawSort;
  else if (rawSort !== undefined && rawSort !== "") notices.push(`Le tri ${quoted(rawSort)} n'existe pas : les résultats sont classés par pertinence.`);
  const rawPage = all(raw.page)[0];
  let page = 1;
  if (rawPage !== undefined && rawPage !== "") {
    if (/^\d{1,4}$/.test(rawPage) && Number(rawPage) >= 1 && Number(rawPage) <= MAX_PAGE) page = Number(rawPage);
    else notices.push(`Le numéro de page ${quoted(rawPage)} n'est pas valide : la première page est affichée.`);
  }
  const exact = all(raw.exact)[0] === "1";
  return { params: { q, filters, sort, page, exact }, notices };
}

/** The prefix to ask suggestions for, or null when it is too short or too long to ask. */
export function autocompletePrefix(raw: string | null | undefined): string | null {
  const prefix = (raw ?? "").trim().replace(/\s+/g, " ");
  if (prefix.length < MIN_PREFIX_LENGTH || prefix.length > MAX_QUERY_LENGTH) return null;
  return prefix;
}

/** The page's URL for these parameters (facet values in a stable order, defaults left out). */
export function searchHref(params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const facet of FACETS) {
    for (const value of params.filters?.[facet.key] ?? []) query.append(facet.param, value);
  }
  if (params.sort && params.sort !== "pertinence") query.set("tri", params.sort);
  if (params.exact) query.set("exact", "1");
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const text = query.toString();
  return text ? `${SEARCH_PATH}?${text}` : SEARCH_PATH;
}

/** The GraphQL filter for the parsed values (numbers where the API takes numbers). */
export function toSearchFilter(filters: SearchParams["filters"]): SearchFilter | null {
  const filter: SearchFilter = {};
  let any = false;
  for (const facet of FACETS) {
    const values = filters[facet.key];
    if (!values?.length) continue;
    any = true;
    if (facet.numeric) (filter[facet.key] as number[]) = values.map(Number);
    else (filter[facet.key] as string[]) = values;
  }
  return any ? filter : null;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * A highlight from the CMS made safe to inject: the API sends escaped text with <mark> around
 * the words found. Everything is escaped again except bare <mark> and </mark>, so a tag or an
 * attribute that would slip through an engine's highlighter is shown as text, never run.
 */
export function safeHighlight(html: string): string {
  return html
    .split(/(<mark>|<\/mark>)/)
    .map((part) => (part === "<mark>" || part === "</mark>" ? part : escapeKeepingEntities(part)))
    .join("")
    .replace(/<mark><\/mark>/g, "");
}

function escapeKeepingEntities(text: string): string {
  // Entities the CMS already escaped (&amp; &lt; &#39; …) stay as they are: escaping them again
  // would show « &amp;amp; » to the reader.
  return text.replace(/&(?!(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});)|[<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** A link target the page may render: a site path or an http(s) address, nothing else. */
export function safeHref(value: string | null | undefined): string | null {
  if (!value) return null;
  if (value.startsWith("/") && !value.startsWith("//")) return value;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The call to the CMS (server side only: lib/cms.ts is server-only).

export type SearchConnection = SearchQuery["search"];

export type SearchOutcome =
  /** `filters`: those the results were found with (values unknown to the CMS dropped). */
  | { kind: "results"; search: SearchConnection; filters: SearchParams["filters"]; notices: string[] }
  /** The CMS refused the query itself (empty, only common words…): its French message. */
  | { kind: "refused"; message: string; notices: string[] };

// Search results are never kept in the site's data cache: every search is counted in the CMS's
// statistics (editor's picks, popular searches), the combinations of words, filters and pages
// are unbounded (a cache would fill with one-off entries), and a result must disappear as soon
// as its page is unpublished. The page is dynamic anyway (it reads searchParams).
const NO_STORE: QueryOptions = { tags: ["search"], noStore: true };

function badInput(error: unknown): CmsQueryError | null {
  if (error instanceof CmsQueryError && error.errors.length > 0 && error.errors.every((item) => item.extensions?.code === "BAD_USER_INPUT")) return error;
  return null;
}

async function runSearch(params: SearchParams, filters: SearchParams["filters"]) {
  const data = await cmsQuery(
    SearchDocument,
    {
      query: params.q,
      filter: toSearchFilter(filters),
      sort: SORTS[params.sort],
      first: PAGE_SIZE,
      after: offsetCursor((params.page - 1) * PAGE_SIZE) ?? null,
      spellcheck: !params.exact,
    },
    NO_STORE,
  );
  return data.search;
}

/**
 * Runs the search. A filter value well formed but unknown to the CMS (an old theme, a typo in a
 * shared URL) makes the CMS refuse the whole search: it is then dropped with a notice, keeping
 * the values that the same search without filters lists in its facets.
 */
export async function fetchSearch(params: SearchParams): Promise<SearchOutcome> {
  const notices: string[] = [];
  try {
    return { kind: "results", search: await runSearch(params, params.filters), filters: params.filters, notices };
  } catch (error) {
    const refused = badInput(error);
    if (!refused) throw wrapUnavailable(error);
    if (!toSearchFilter(params.filters)) return { kind: "refused", message: refused.message, notices };
  }
  let unfiltered: SearchConnection;
  try {
    unfiltered = await runSearch({ ...params, page: 1 }, {});
  } catch (error) {
    const refused = badInput(error);
    if (!refused) throw wrapUnavailable(error);
    return { kind: "refused", message: refused.message, notices };
  }
  const kept: SearchParams["filters"] = {};
  for (const facet of FACETS) {
    const known = new Set(unfiltered.facets[facet.key].map((item) => item.value));
    const values = params.filters[facet.key] ?? [];
    const valid = values.filter((value) => known.has(value));
    const dropped = values.filter((value) => !known.has(value));
    if (valid.length) kept[facet.key] = valid;
    if (dropped.length) {
      const list = dropped.map(quoted).join(", ");
      notices.push(
        dropped.length === 1
          ? `Le filtre « ${facet.label} » contenait une valeur inconnue pour cette recherche (${list}) : elle a été ignorée.`
          : `Le filtre « ${facet.label} » contenait des valeurs inconnues pour cette recherche (${list}) : elles ont été ignorées.`,
      );
    }
  }
  if (!toSearchFilter(kept) && params.page === 1) return { kind: "results", search: unfiltered, filters: kept, notices };
  try {
    return { kind: "results", search: await runSearch(params, kept), filters: kept, notices };
  } catch (error) {
    throw wrapUnavailable(error);
  }
}

function wrapUnavailable(error: unknown): unknown {
  // SEARCH_UNAVAILABLE (the engine is down) and any other CMS failure: the page answers 503.
  if (error instanceof CmsQueryError) return new CmsUnavailableError(error);
  return error;
}

/** Themes suggested on the empty search page; cached with the other theme listings. */
export async function fetchSearchStart() {
  const data = await cmsQuery(SearchStartDocument, {}, { tags: ["type:Theme", "site"] });
  return data.themes;
}

/** Where the search's filters stand after dropping a value (the « remove » link of a tag). */
export function withoutValue(params: SearchParams, key: FacetKey, value: string): SearchParams {
  const values = (params.filters[key] ?? []).filter((item) => item !== value);
  const filters = { ...params.filters, [key]: values };
  if (!values.length) delete filters[key];
  return { ...params, filters, page: 1 };
}
