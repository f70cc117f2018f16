import { Pagination } from "@codegouvfr/react-dsfr/Pagination";

import type { SearchParams } from "@/components/pages/types";
import { pageHref } from "@/lib/agenda";

/** Numbered pages of a listing; the other query-string values (e.g. ?periode) are kept. */
export function ListingPagination({
  basePath,
  searchParams,
  page,
  pageCount,
}: {
  basePath: string;
  searchParams: SearchParams;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  return (
    <Pagination
      className="fr-mt-4w"
      count={pageCount}
      defaultPage={page}
      showFirstLast
      getPageLinkProps={(number) => ({ href: pageHref(basePath, searchParams, number) })}
    />
  );
}
