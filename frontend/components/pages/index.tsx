import type { ReactNode } from "react";

import { GenericPage } from "./GenericPage";
import { HomePage } from "./HomePage";
import { InspirationIndexPage } from "./InspirationIndexPage";
import type { AnyPage, SearchParams } from "./types";

/** A CMS page type → its component (one per type; components/pages/<Type>.tsx). */
export function renderPage(page: AnyPage, searchParams: SearchParams): ReactNode {
  switch (page.__typename) {
    case "HomePage":
      return <HomePage page={page} searchParams={searchParams} />;
    case "InspirationIndexPage":
      return <InspirationIndexPage page={page} searchParams={searchParams} />;
    default:
      return <GenericPage page={page} />;
  }
}
