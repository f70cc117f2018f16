import { Pagination } from "@codegouvfr/react-dsfr/Pagination";

import type { SearchParams } from "@/components/pages/types";

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

export function pageHref(basePath: string, searchParams: SearchParams, page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) {
    if (name === "page" || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, item);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}
