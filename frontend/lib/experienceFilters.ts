// The experiences' facets in the URL: `?theme=…&territoire=…&departement=…&niveau=…&page=…`.
import type { ExperienceFilter } from "@/gql/graphql";
import type { SearchParams } from "@/components/pages/types";
import { parsePage, singleValue } from "@/lib/listing";
import type { Taxonomy } from "@/lib/taxonomy";

export type FacetKey = "theme" | "territoire" | "departement" | "niveau";

type FacetSpec = { key: FacetKey; label: string; all: string; pattern: RegExp };

export const FACETS: FacetSpec[] = [
  { key: "theme", label: "Thématique", all: "Toutes les thématiques", pattern: /^[a-z0-9][a-z0-9_-]{0,99}$/ },
  { key: "territoire", label: "Type de territoire", all: "Tous les types de territoire", pattern: /^[a-z0-9][a-z0-9_-]{0,99}$/ },
  // Metropolitan (01–95, 2A, 2B) and overseas (971–989) codes.
  { key: "departement", label: "Département", all: "Tous les départements", pattern: /^(?:\d{2}|2[AB]|9[78]\d)$/i },
  { key: "niveau", label: "Niveau de participation", all: "Tous les niveaux", pattern: /^[1-8]$/ },
];

export type ParsedFilters = {
  /** Facet key → the value kept (well-formed). */
  values: Partial<Record<FacetKey, string>>;
  page: number;
  /** What was ignored, in French, for the notice. */
  notices: string[];
};

/** Well-formed values only; each malformed one is dropped with a notice. */
export function parseExperienceFilters(searchParams: SearchParams): ParsedFilters {
  const values: ParsedFilters["values"] = {};
  const notices: string[] = [];
  for (const facet of FACETS) {
    const { value, repeated } = singleValue(searchParams, facet.key);
    if (value === undefined) continue;
    if (!facet.pattern.test(value)) {
      notices.push(`${facet.label} : la valeur « ${value} » n'est pas valide, ce filtre a été ignoré.`);
      continue;
    }
    if (repeated) notices.push(`${facet.label} : une seule valeur à la fois ; la première est retenue.`);
    values[facet.key] = facet.key === "departement" ? value.toUpperCase() : value;
  }
  const { page, notice } = parsePage(searchParams);
  if (notice) notices.push(notice);
  return { values, page, notices };
}

/** The API's filter: slugs of the URL become global ids; an unknown slug is left out (dropUnknown says so). */
export function toExperienceFilter(values: ParsedFilters["values"], taxonomy: Taxonomy): ExperienceFilter | undefined {
  const filter: ExperienceFilter = {};
  const theme = values.theme && taxonomy.themeId(values.theme);
  if (theme) filter.theme = theme;
  const territoryType = values.territoire && taxonomy.territoryTypeId(values.territoire);
  if (territoryType) filter.territoryType = territoryType;
  if (values.departement) filter.department = values.departement;
  if (values.niveau) filter.participationLevel = Number(values.niveau);
  return Object.keys(filter).length ? filter : undefined;
}

export type FacetOptions = Record<FacetKey, { value: string; label: string }[]>;

/**
 * Values that are well-formed but unknown to the CMS (a theme since renamed, a département
 * without experiences): dropped with a notice, so the list is not silently empty.
 */
export function dropUnknown(parsed: ParsedFilters, options: FacetOptions): ParsedFilters {
  const values: ParsedFilters["values"] = {};
  const notices = [...parsed.notices];
  for (const facet of FACETS) {
    const value = parsed.values[facet.key];
    if (value === undefined) continue;
    if (options[facet.key].some((option) => option.value === value)) values[facet.key] = value;
    else notices.push(`${facet.label} : « ${value} » ne correspond à aucune valeur connue, ce filtre a été ignoré.`);
  }
  return { ...parsed, values, notices };
}

export function hasUnknown(parsed: ParsedFilters, options: FacetOptions): boolean {
  return FACETS.some((facet) => {
    const value = parsed.values[facet.key];
    return value !== undefined && !options[facet.key].some((option) => option.value === value);
  });
}
