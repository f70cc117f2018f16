import type { AnyPage } from "./types";

/** A page type the site has no component for yet: its title, so nothing is hidden. */
export function GenericPage({ page }: { page: AnyPage }) {
  return (
    <article>
      <h1>{page.title}</h1>
      {page.searchDescription && <p className="fr-text--lead">{page.searchDescription}</p>}
    </article>
  );
}
