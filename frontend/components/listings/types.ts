import type { PageOf, SearchParams } from "@/components/pages/types";

/** What a section's listing gets: its index page and the request's query string. */
export type ListingProps = { page: PageOf<"InspirationIndexPage">; searchParams: SearchParams };
