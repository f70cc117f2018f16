import Link from "next/link";

import { ExperienceListingDocument, type ExperienceListingQuery } from "@/gql/graphql";
import { CardGrid } from "@/components/cards/CardGrid";
import { ExperienceCard } from "@/components/cards/ExperienceCard";
import { cmsQuery } from "@/lib/cms";
import {
  FACETS,
  dropUnknown,
  hasUnknown,
  parseExperienceFilters,
  toExperienceFilter,
  type FacetOptions,
  type ParsedFilters,
} from "@/lib/experienceFilters";
import { PAGE_SIZE, afterCursor, countLabel, listingHref, nodesOf, pastLastPage } from "@/lib/listing";
import { tags } from "@/lib/tags";
import { getTaxonomy } from "@/lib/taxonomy";
import { FilterButtons } from "./FilterButtons";
import { ListingNotices } from "./ListingNotices";
import { ListingPagination } from "./ListingPagination";
import type { ListingProps } from "./types";
import { FeedLink } from "@/components/listings/FeedLink";

async function fetchListing(path: string, parsed: ParsedFilters) {
  return cmsQuery(
    ExperienceListingDocument,
    { filter: toExperienceFilter(parsed.values, await getTaxonomy()), first: PAGE_SIZE, after: afterCursor(parsed.page) },
    { tags: [tags.type("ExperiencePage"), tags.path(path)] },
  );
}

function facetOptions(data: ExperienceListingQuery): FacetOptions {
  return {
    theme: data.themes.map((theme) => ({ value: theme.slug, label: theme.name })),
    territoire: data.territoryTypes.map((type) => ({ value: type.slug, label: type.name })),
    departement: data.experienceDepartments.map((department) => ({
      value: department.code,
      label: `${department.code} — ${department.name}`,
    })),
    niveau: data.participationLevels.map((level) => ({ value: String(level.level), label: level.label })),
  };
}

/**
 * Experiences filtered by theme, territory type, département and Arnstein level, kept in the URL so
 * a filtered list can be shared; a GET form, so filtering works without JavaScript. One request per
 * render; a second only when the URL names a value the CMS does not know.
 */
export async function ExperienceListing({ page, searchParams }: ListingProps) {
  let parsed = parseExperienceFilters(searchParams);
  let data = await fetchListing(page.urlPath, parsed);
  let options = facetOptions(data);
  if (hasUnknown(parsed, options)) {
    parsed = dropUnknown(parsed, options);
    data = await fetchListing(page.urlPath, parsed);
    options = facetOptions(data);
  }
  const total = data.experiences.totalCount;
  const experiences = nodesOf(data.experiences.edges);
  const notices = [...parsed.notices];
  const past = pastLastPage(parsed.page, total);
  if (past) notices.push(past);
  const active = FACETS.filter((facet) => parsed.values[facet.key] !== undefined);
  const query = Object.fromEntries(active.map((facet) => [facet.key, parsed.values[facet.key]]));

  return (
    <>
      <ListingNotices notices={notices} />
      <FeedLink feed="experiences" />
      <form method="get" action={page.urlPath} className="fr-mb-4w" aria-labelledby="filtres-titre">
        <h2 id="filtres-titre" className="fr-h4">
          Filtrer les expériences
        </h2>
        <div className="fr-grid-row fr-grid-row--gutters">
          {FACETS.map((facet) => (
            <div key={facet.key} className="fr-col-12 fr-col-md-6 fr-col-lg-3">
              <div className="fr-select-group">
                <label className="fr-label" htmlFor={`filtre-${facet.key}`}>
                  {facet.label}
                </label>
                <select className="fr-select" id={`filtre-${facet.key}`} name={facet.key} defaultValue={parsed.values[facet.key] ?? ""}>
                  <option value="">{facet.all}</option>
                  {options[facet.key].map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ))}
        </div>
        <FilterButtons resetHref={page.urlPath} filtered={active.length > 0} />
      </form>

      <h2 className="fr-h4" id="resultats" aria-live="polite">
        {countLabel(total, "expérience", "expériences", "Aucune expérience")}
        {active.length > 0 ? " pour ces filtres" : ""}
      </h2>
      {active.length > 0 && (
        <ul className="fr-tags-group" aria-label="Filtres actifs">
          {active.map((facet) => {
            const value = parsed.values[facet.key];
            const label = options[facet.key].find((option) => option.value === value)?.label ?? value;
            return (
              <li key={facet.key}>
                <Link
                  className="fr-tag fr-tag--dismiss"
                  href={listingHref(page.urlPath, { ...query, [facet.key]: undefined })}
                  aria-label={`Retirer le filtre ${facet.label} : ${label}`}
                >
                  {`${facet.label} : ${label}`}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {experiences.length > 0 ? (
        <CardGrid>
          {experiences.map((experience) => (
            <ExperienceCard key={experience.id} experience={experience} />
          ))}
        </CardGrid>
      ) : (
        <p>
          Aucune expérience ne correspond.{" "}
          {active.length > 0 && <Link href={page.urlPath}>Voir toutes les expériences</Link>}
        </p>
      )}
      <ListingPagination path={page.urlPath} total={total} page={parsed.page} query={query} />
    </>
  );
}
