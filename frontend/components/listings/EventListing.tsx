import type { ListingProps } from "./types";

/** The agenda (filled by the site-agenda work). */
export function EventListing(props: ListingProps) {
  void props;
  return null;
}
