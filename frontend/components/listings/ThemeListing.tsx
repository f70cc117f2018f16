import { ThemeListingDocument } from "@/gql/graphql";
import { CardGrid } from "@/components/cards/CardGrid";
import { ThemeCard } from "@/components/cards/ThemeCard";
import { cmsQuery } from "@/lib/cms";
import { PAGE_SIZE, afterCursor, countLabel, nodesOf, pastLastPage, parsePage } from "@/lib/listing";
import { tags } from "@/lib/tags";
import { ListingNotices } from "./ListingNotices";
import { ListingPagination } from "./ListingPagination";
import type { ListingProps } from "./types";

/** The themes of the month, the current one first and larger. */
export async function ThemeListing({ page, searchParams }: ListingProps) {
  const { page: pageNumber, notice } = parsePage(searchParams);
  const data = await cmsQuery(
    ThemeListingDocument,
    { first: PAGE_SIZE, after: afterCursor(pageNumber) },
    { tags: [tags.type("InspirationThemePage"), tags.path(page.urlPath)] },
  );
  const total = data.inspirationThemes.totalCount;
  const themes = nodesOf(data.inspirationThemes.edges);
  const notices = notice ? [notice] : [];
  const past = pastLastPage(pageNumber, total);
  if (past) notices.push(past);
  const [current, ...earlier] = pageNumber === 1 ? themes : [undefined, ...themes];
  return (
    <>
      <ListingNotices notices={notices} />
      {current && (
        <section className="fr-mb-6w" aria-labelledby="theme-du-mois">
          <h2 id="theme-du-mois">La thématique du mois</h2>
          <ThemeCard theme={current} titleAs="h3" />
        </section>
      )}
      <section aria-labelledby="themes-precedents">
        <h2 id="themes-precedents">{pageNumber === 1 ? "Les thématiques précédentes" : "Thématiques"}</h2>
        <p className="fr-text--sm">{countLabel(total, "thématique publiée", "thématiques publiées", "Aucune thématique publiée")}</p>
        {earlier.length > 0 ? (
          <CardGrid>
            {earlier.flatMap((theme) => (theme ? [<ThemeCard key={theme.id} theme={theme} />] : []))}
          </CardGrid>
        ) : (
          <p>Pas encore d&apos;autre thématique.</p>
        )}
      </section>
      <ListingPagination path={page.urlPath} total={total} page={pageNumber} />
    </>
  );
}
