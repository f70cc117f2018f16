import Link from "next/link";

import { ResourceListingDocument, type ResourceType } from "@/gql/graphql";
import { CardGrid } from "@/components/cards/CardGrid";
import { ResourceCard } from "@/components/cards/ResourceCard";
import { cmsQuery } from "@/lib/cms";
import { RESOURCE_TYPE_LABELS, RESOURCE_TYPE_SLUGS } from "@/lib/labels";
import { PAGE_SIZE, afterCursor, countLabel, listingHref, nodesOf, pastLastPage, parsePage, singleValue } from "@/lib/listing";
import { tags } from "@/lib/tags";
import { getTaxonomy } from "@/lib/taxonomy";
import { FilterButtons } from "./FilterButtons";
import { ListingNotices } from "./ListingNotices";
import { ListingPagination } from "./ListingPagination";
import type { ListingProps } from "./types";
import { FeedLink } from "@/components/listings/FeedLink";

const RESOURCE_TYPES = Object.keys(RESOURCE_TYPE_LABELS) as ResourceType[];

/** `?type=etude` → STUDY; anything else is not a resource type. */
function parseType(value: string | undefined): ResourceType | undefined {
  const slug = value?.toLowerCase();
  return RESOURCE_TYPES.find((type) => RESOURCE_TYPE_SLUGS[type] === slug);
}

/** Studies, guides, tools, articles and videos, filtered by theme and kind (GET form). */
export async function ResourceListing({ page, searchParams }: ListingProps) {
  const { page: pageNumber, notice } = parsePage(searchParams);
  const notices = notice ? [notice] : [];
  const typeValue = singleValue(searchParams, "type").value;
  const resourceType = parseType(typeValue);
  if (typeValue && !resourceType) notices.push(`Type de ressource : « ${typeValue} » ne correspond à aucun type connu, ce filtre a été ignoré.`);
  let theme = singleValue(searchParams, "theme").value;
  if (theme && !/^[a-z0-9][a-z0-9_-]{0,99}$/.test(theme)) {
    notices.push(`Thématique : la valeur « ${theme} » n'est pas valide, ce filtre a été ignoré.`);
    theme = undefined;
  }
  const taxonomy = await getTaxonomy();
  const run = (themeSlug: string | undefined) =>
    cmsQuery(
      ResourceListingDocument,
      {
        // The URL keeps the theme's slug; the API takes its global id (an unknown slug: no filter, then a notice).
        filter: themeSlug || resourceType ? { theme: themeSlug ? taxonomy.themeId(themeSlug) : undefined, resourceType } : undefined,
        first: PAGE_SIZE,
        after: afterCursor(pageNumber),
      },
      { tags: [tags.type("ResourcePage"), tags.path(page.urlPath)] },
    );
  let data = await run(theme);
  if (theme && !data.themes.some((known) => known.slug === theme)) {
    notices.push(`Thématique : « ${theme} » ne correspond à aucune thématique connue, ce filtre a été ignoré.`);
    theme = undefined;
    data = await run(undefined);
  }
  const total = data.resources.totalCount;
  const resources = nodesOf(data.resources.edges);
  const past = pastLastPage(pageNumber, total);
  if (past) notices.push(past);
  const query = { theme, type: resourceType ? RESOURCE_TYPE_SLUGS[resourceType] : undefined };
  const filtered = Boolean(theme || resourceType);
  return (
    <>
      <ListingNotices notices={notices} />
      <FeedLink feed="resources" />
      <form method="get" action={page.urlPath} className="fr-mb-4w" aria-labelledby="filtres-ressources">
        <h2 id="filtres-ressources" className="fr-h4">
          Filtrer les ressources
        </h2>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="filtre-theme">
                Thématique
              </label>
              <select className="fr-select" id="filtre-theme" name="theme" defaultValue={theme ?? ""}>
                <option value="">Toutes les thématiques</option>
                {data.themes.map((known) => (
                  <option key={known.slug} value={known.slug}>
                    {known.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="filtre-type">
                Type de ressource
              </label>
              <select className="fr-select" id="filtre-type" name="type" defaultValue={resourceType ? RESOURCE_TYPE_SLUGS[resourceType] : ""}>
                <option value="">Tous les types</option>
                {RESOURCE_TYPES.map((type) => (
                  <option key={type} value={RESOURCE_TYPE_SLUGS[type]}>
                    {RESOURCE_TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <FilterButtons resetHref={page.urlPath} filtered={filtered} />
      </form>
      <h2 className="fr-h4" aria-live="polite">
        {countLabel(total, "ressource", "ressources", "Aucune ressource")}
        {filtered ? " pour ces filtres" : ""}
      </h2>
      {resources.length > 0 ? (
        <CardGrid>
          {resources.map((resource) => (
            <ResourceCard key={resource.id} resource={resource} />
          ))}
        </CardGrid>
      ) : (
        <p>
          Aucune ressource ne correspond.{" "}
          {filtered && <Link href={listingHref(page.urlPath, {})}>Voir toutes les ressources</Link>}
        </p>
      )}
      <ListingPagination path={page.urlPath} total={total} page={pageNumber} query={query} />
    </>
  );
}
