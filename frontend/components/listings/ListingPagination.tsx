import { Pagination } from "@codegouvfr/react-dsfr/Pagination";

import { listingHref, pageCount } from "@/lib/listing";

/** DSFR pagination whose links keep the listing's filters (plain links: works without JavaScript). */
export function ListingPagination({
  path,
  total,
  page,
  query = {},
}: {
  path: string;
  total: number;
  page: number;
  query?: Record<string, string | undefined>;
}) {
  const count = pageCount(total);
  if (count <= 1) return null;
  return (
    <Pagination
      className="fr-mt-4w"
      count={count}
      defaultPage={Math.min(page, count)}
      showFirstLast
      getPageLinkProps={(pageNumber) => ({ href: listingHref(path, { ...query, page: pageNumber }) })}
    />
  );
}
