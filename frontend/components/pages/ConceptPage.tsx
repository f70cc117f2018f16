import { Table } from "@codegouvfr/react-dsfr/Table";

import { StreamField } from "@/components/blocks/StreamField";
import { TaxonomyTags } from "@/components/cards/TaxonomyTags";
import type { PageProps } from "./types";

/**
 * A concept of democratic theory in a few lines (e.g. Arnstein's ladder): who thought it, its
 * levels when it has some, and where to read more.
 */
export function ConceptPage({ page }: PageProps<"ConceptPage">) {
  const author = [page.author, page.year ? String(page.year) : ""].filter(Boolean).join(", ");
  const levels = [...page.levels].sort((a, b) => a.rank - b.rank);
  return (
    <article>
      <h1>{page.title}</h1>
      {author && <p className="fr-text--sm fr-mb-2w">{`Par ${author}`}</p>}
      <p className="fr-text--lead">{page.summary}</p>
      {levels.length > 0 && (
        <section className="fr-mb-4w" aria-labelledby="niveaux">
          <h2 id="niveaux">Les niveaux</h2>
          <Table
            caption={`Les ${levels.length} niveaux du concept, du premier au dernier`}
            headers={["Rang", "Niveau", "Groupe", "Description"]}
            data={levels.map((level) => [String(level.rank), level.name, level.group, level.description])}
            bordered
          />
        </section>
      )}
      <StreamField blocks={page.body} />
      {page.furtherReadingUrl && (
        <p className="fr-mb-4w">
          <a
            className="fr-link fr-icon-external-link-line fr-link--icon-right"
            href={page.furtherReadingUrl}
            target="_blank"
            rel="noopener noreferrer"
            title="Pour aller plus loin — nouvelle fenêtre"
          >
            Pour aller plus loin
          </a>
        </p>
      )}
      <TaxonomyTags themes={page.themes} />
    </article>
  );
}
