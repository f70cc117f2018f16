import type { ListingProps } from "./types";

/** The newsletters' archive (filled by the site-agenda work). */
export function NewsletterListing(props: ListingProps) {
  void props;
  return null;
}
