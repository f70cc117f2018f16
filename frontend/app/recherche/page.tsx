import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";

import { capitalized } from "@/components/search/contentTypes";
import { SearchFacets } from "@/components/search/SearchFacets";
import { SearchHits, SearchPromotions } from "@/components/search/SearchHits";
import { SearchForm } from "@/components/search/SearchForm";
import { formatNumber } from "@/lib/format";
import {
  FACETS,
  fetchSearch,
  fetchSearchStart,
  MAX_PAGE,
  PAGE_SIZE,
  parseSearchParams,
  searchHref,
  withoutValue,
  type RawSearchParams,
  type SearchConnection,
  type SearchParams,
} from "@/lib/search";

type RouteProps = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: RouteProps): Promise<Metadata> {
  const { params } = parseSearchParams(await searchParams);
  if (!params.q) return { title: "Recherche", alternates: { canonical: "/recherche/" } };
  // Result pages are endless variations of the same content: never indexed.
  return { title: `Recherche « ${params.q} »`, robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: RouteProps) {
  const { params, notices } = parseSearchParams(await searchParams);
  return (
    <>
      <Breadcrumb currentPageLabel="Recherche" homeLinkProps={{ href: "/" }} segments={[]} />
      <h1>Rechercher</h1>
      {notices.length > 0 && <Notices notices={notices} />}
      {params.q ? <Results params={params} /> : <Start params={params} />}
    </>
  );
}

function Notices({ notices }: { notices: string[] }) {
  return (
    <div className="fr-mb-3w">
      {notices.map((notice) => (
        <Notice key={notice} className="fr-mb-1w" severity="warning" title={notice} />
      ))}
    </div>
  );
}

/** No words yet: how to search, and themes to start from. */
async function Start({ params }: { params: SearchParams }) {
  let themes: { name: string; slug: string }[] = [];
  try {
    themes = await fetchSearchStart();
  } catch {
    // Suggestions only: the search box works without them.
  }
  return (
    <form action="/recherche/" method="get" role="search" aria-label="Rechercher dans le site">
      <SearchForm q={params.q} sort={params.sort} />
      <p className="fr-mt-3w">
        Cherchez parmi les expériences territoriales, ressources, événements, concepts et projets partagés. Les accents et les majuscules
        n&apos;ont pas d&apos;importance, les pluriels et les féminins sont trouvés.
      </p>
      {themes.length > 0 && (
        <section aria-labelledby="thematiques">
          <h2 id="thematiques" className="fr-h4">
            Explorer une thématique
          </h2>
          <ul className="fr-tags-group">
            {themes.map((theme) => (
              <li key={theme.slug}>
                <Link className="fr-tag" href={searchHref({ q: theme.name })}>
                  {theme.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </form>
  );
}

async function Results({ params: asked }: { params: SearchParams }) {
  const outcome = await fetchSearch(asked);
  const params: SearchParams = outcome.kind === "results" ? { ...asked, filters: outcome.filters } : asked;
  const notices = outcome.notices;
  if (outcome.kind === "refused") {
    return (
      <form action="/recherche/" method="get" role="search" aria-label="Rechercher dans le site">
        <SearchForm q={params.q} sort={params.sort} />
        <Alert as="h2" className="fr-mt-3w" severity="warning" title="Cette recherche ne peut pas aboutir" description={outcome.message} />
      </form>
    );
  }
  const { search } = outcome;
  const hits = search.edges.filter((edge) => edge?.node);
  const pageCount = Math.min(MAX_PAGE, Math.ceil(search.totalCount / PAGE_SIZE));
  const searched = search.correctedQuery ?? params.q;
  const hasFilters = FACETS.some((facet) => params.filters[facet.key]?.length);
  return (
    <form action="/recherche/" method="get" role="search" aria-label="Rechercher dans le site">
      <SearchForm q={params.q} sort={search.totalCount > 1 ? undefined : params.sort} exact={params.exact} />
      {notices.length > 0 && (
        <div className="fr-mt-3w">
          <Notices notices={notices} />
        </div>
      )}
      {search.correctedQuery && (
        <div className="fr-mt-3w">
          <Notice
            title={
              <>
                Vouliez-vous dire « <Link href={searchHref({ ...params, q: search.correctedQuery, page: 1, exact: false })}>{search.correctedQuery}</Link> » ?
              </>
            }
            description={<>Voici les résultats pour « {search.correctedQuery} ». </>}
            link={{ linkProps: { href: searchHref({ ...params, page: 1, exact: true }), target: "_self", rel: undefined }, text: `Rechercher plutôt « ${params.q} »` }}
          />
        </div>
      )}
      {search.expansions.length > 0 && <p className="fr-mt-2w fr-text--sm">Résultats aussi pour {search.expansions.map((term) => `« ${term} »`).join(", ")}.</p>}
      <div className="fr-grid-row fr-grid-row--gutters fr-mt-3w">
        <div className="fr-col-12 fr-col-md-4">
          <SearchFacets search={search} params={params} />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w">
            <div className="fr-col">
              <h2 className="fr-h4 fr-mb-0" id="resultats">
                {search.totalCount === 0
                  ? `Aucun résultat pour « ${searched} »`
                  : `${formatNumber(search.totalCount)} résultat${search.totalCount > 1 ? "s" : ""} pour « ${searched} »`}
              </h2>
            </div>
            {search.totalCount > 1 && (
              <div className="fr-col-auto">
                <SortSelect sort={params.sort} />
              </div>
            )}
          </div>
          <ActiveFilters params={params} search={search} />
          {params.page === 1 && <SearchPromotions promotions={search.promotions} />}
          {search.totalCount === 0 ? (
            <NoResults params={params} hasFilters={hasFilters} />
          ) : hits.length === 0 ? (
            <Alert
              as="h3"
              severity="info"
              title={`La page ${params.page} n'existe pas`}
              description={
                <>
                  Cette recherche compte {pageCount} page{pageCount > 1 ? "s" : ""} de résultats.{" "}
                  <Link href={searchHref({ ...params, page: 1 })}>Revenir à la première page</Link>
                </>
              }
            />
          ) : (
            <SearchHits search={search} />
          )}
          {pageCount > 1 && (
            <Pagination
              className="fr-mt-4w"
              count={pageCount}
              defaultPage={Math.min(params.page, pageCount)}
              getPageLinkProps={(page) => ({ href: searchHref({ ...params, page }) })}
            />
          )}
        </div>
      </div>
    </form>
  );
}

function SortSelect({ sort }: { sort: SearchParams["sort"] }) {
  return (
    <div className="fr-select-group fr-mb-0" style={{ display: "flex", gap: "0.5rem", alignItems: "flex-end" }}>
      <div>
        <label className="fr-label" htmlFor="tri">
          Trier par
        </label>
        <select className="fr-select" id="tri" name="tri" defaultValue={sort}>
          <option value="pertinence">Pertinence</option>
          <option value="date">Date (plus récent d&apos;abord)</option>
        </select>
      </div>
      <button type="submit" className="fr-btn fr-btn--tertiary">
        Trier
      </button>
    </div>
  );
}

/** The filters in force, each a link that removes it (the checkboxes need a new submit). */
function ActiveFilters({ params, search }: { params: SearchParams; search: SearchConnection }) {
  const active = FACETS.flatMap((facet) =>
    (params.filters[facet.key] ?? []).map((value) => ({
      facet,
      value,
      label: capitalized(search.facets[facet.key].find((item) => item.value === value)?.label ?? value),
    })),
  );
  if (!active.length) return null;
  return (
    <div className="fr-mb-2w">
      <p className="fr-text--sm fr-mb-1w">Filtres appliqués :</p>
      <ul className="fr-tags-group">
        {active.map(({ facet, value, label }) => (
          <li key={`${facet.key}-${value}`}>
            <Link
              className="fr-tag fr-tag--sm fr-icon-close-line fr-tag--icon-right"
              href={searchHref(withoutValue(params, facet.key, value))}
              aria-label={`Retirer le filtre ${facet.label} : ${label}`}
            >
              {facet.label} : {label}
            </Link>
          </li>
        ))}
        <li>
          <Link className="fr-tag fr-tag--sm" href={searchHref({ q: params.q, sort: params.sort })}>
            Retirer tous les filtres
          </Link>
        </li>
      </ul>
    </div>
  );
}

function NoResults({ params, hasFilters }: { params: SearchParams; hasFilters: boolean }) {
  return (
    <div className="fr-callout">
      <h3 className="fr-callout__title">Quelques pistes</h3>
      <ul className="fr-callout__text fr-text--md">
        <li>Vérifiez l&apos;orthographe des mots.</li>
        <li>Essayez des mots plus généraux, ou moins de mots : tous les mots saisis doivent se trouver dans un même contenu.</li>
        {hasFilters && (
          <li>
            <Link href={searchHref({ q: params.q, sort: params.sort })}>Relancez la recherche sans filtre</Link>.
          </li>
        )}
        <li>
          Parcourez les <Link href="/">rubriques du site</Link>.
        </li>
      </ul>
    </div>
  );
}
