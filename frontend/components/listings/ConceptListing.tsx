import { ConceptListingDocument } from "@/gql/graphql";
import { CardGrid } from "@/components/cards/CardGrid";
import { ConceptCard } from "@/components/cards/ConceptCard";
import { cmsQuery } from "@/lib/cms";
import { PAGE_SIZE, afterCursor, countLabel, nodesOf, pastLastPage, parsePage } from "@/lib/listing";
import { tags } from "@/lib/tags";
import { ListingNotices } from "./ListingNotices";
import { ListingPagination } from "./ListingPagination";
import type { ListingProps } from "./types";

/** The concepts of democratic theory, in alphabetical order. */
export async function ConceptListing({ page, searchParams }: ListingProps) {
  const { page: pageNumber, notice } = parsePage(searchParams);
  const data = await cmsQuery(
    ConceptListingDocument,
    { first: PAGE_SIZE, after: afterCursor(pageNumber) },
    { tags: [tags.type("ConceptPage"), tags.path(page.urlPath)] },
  );
  const total = data.concepts.totalCount;
  const concepts = nodesOf(data.concepts.edges);
  const notices = notice ? [notice] : [];
  const past = pastLastPage(pageNumber, total);
  if (past) notices.push(past);
  return (
    <>
      <ListingNotices notices={notices} />
      <h2 className="fr-h4">{countLabel(total, "concept", "concepts", "Aucun concept publié")}</h2>
      {concepts.length > 0 && (
        <CardGrid>
          {concepts.map((concept) => (
            <ConceptCard key={concept.id} concept={concept} />
          ))}
        </CardGrid>
      )}
      <ListingPagination path={page.urlPath} total={total} page={pageNumber} />
    </>
  );
}
