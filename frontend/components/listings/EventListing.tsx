import type { ListingProps } from "./types";

/** The agenda (filled by the site-agenda work). */
export function EventListing(_props: ListingProps) {
  return null;
}
