import { Badge } from "@codegouvfr/react-dsfr/Badge";

import { RichText } from "@/components/RichText";
import { StreamField } from "@/components/blocks/StreamField";
import { PageImage } from "@/components/cards/PageImage";
import { TaxonomyTags } from "@/components/cards/TaxonomyTags";
import { LOCAL_AUTHORITY_KIND_LABELS, formatPeriod } from "@/lib/labels";
import { formatNumber } from "@/lib/format";
import type { PageProps } from "./types";

/** The experiences' listing this page belongs to: its parent section (the last ancestor). */
function sectionPath(ancestors: { urlPath: string }[]): string | undefined {
  const parent = ancestors.at(-1)?.urlPath;
  return parent && parent !== "/" ? parent : undefined;
}

/**
 * A territorial experience told so that another collectivité can learn from it: who, when, how far
 * citizens took part (Arnstein's ladder), the story in blocks, the results, whom to contact, sources.
 */
export function ExperiencePage({ page }: PageProps<"ExperiencePage">) {
  const period = formatPeriod(page.periodStart, page.periodEnd);
  const listing = sectionPath(page.ancestors);
  return (
    <article>
      <h1>{page.title}</h1>
      <ul className="fr-badges-group fr-mb-2w">
        <li>
          <Badge severity="info" noIcon>
            {`Niveau de participation ${page.participationLevel.label}`}
          </Badge>
        </li>
      </ul>
      {page.proposedBy && <p className="fr-text--sm fr-mb-1w">{`Proposé par ${page.proposedBy.name}`}</p>}
      <p className="fr-text--lead">{page.summary}</p>
      <PageImage image={page.image} />

      <section className="fr-background-alt--grey fr-p-3w fr-mb-4w" aria-labelledby="en-bref">
        <h2 id="en-bref" className="fr-h4">
          En bref
        </h2>
        <dl>
          <dt className="fr-text--bold fr-mb-0">{page.localAuthorities.length > 1 ? "Collectivités" : "Collectivité"}</dt>
          <dd className="fr-mb-2w fr-ml-0">
            <ul className="fr-raw-list">
              {page.localAuthorities.map((authority) => (
                <li key={`${authority.kind}-${authority.code}`}>
                  {authority.name} ({LOCAL_AUTHORITY_KIND_LABELS[authority.kind]}
                  {authority.department ? `, ${authority.department.name}` : ""}
                  {authority.population ? `, ${formatNumber(authority.population)} habitants` : ""})
                </li>
              ))}
            </ul>
          </dd>
          {period && (
            <>
              <dt className="fr-text--bold fr-mb-0">Période</dt>
              <dd className="fr-mb-2w fr-ml-0">{period}</dd>
            </>
          )}
          <dt className="fr-text--bold fr-mb-0">Niveau de participation (échelle d&apos;Arnstein)</dt>
          <dd className="fr-mb-2w fr-ml-0">{page.participationLevel.label}</dd>
          {page.actors && (
            <>
              <dt className="fr-text--bold fr-mb-0">Acteurs impliqués</dt>
              <dd className="fr-mb-2w fr-ml-0">{page.actors}</dd>
            </>
          )}
          {page.territoryTypes.length > 0 && (
            <>
              <dt className="fr-text--bold fr-mb-0">Types de territoire</dt>
              <dd className="fr-mb-2w fr-ml-0">{page.territoryTypes.map((type) => type.name).join(", ")}</dd>
            </>
          )}
          {page.themes.length > 0 && (
            <>
              <dt className="fr-text--bold fr-mb-0">Thématiques</dt>
              <dd className="fr-mb-0 fr-ml-0">{page.themes.map((theme) => theme.name).join(", ")}</dd>
            </>
          )}
        </dl>
      </section>

      <StreamField blocks={page.body} />

      {page.results.html && (
        <section className="fr-mb-4w" aria-labelledby="resultats">
          <h2 id="resultats">Résultats</h2>
          <RichText html={page.results.html} />
        </section>
      )}

      {(page.contactName || page.contactEmail) && (
        <section className="fr-mb-4w" aria-labelledby="contact">
          <h2 id="contact">Contact</h2>
          <p>
            {page.contactName}
            {page.contactRole ? `, ${page.contactRole}` : ""}
            {page.contactEmail && (
              <>
                <br />
                <a href={`mailto:${page.contactEmail}`}>{`Écrire à ${page.contactEmail}`}</a>
              </>
            )}
          </p>
        </section>
      )}

      {page.sources.length > 0 && (
        <section className="fr-mb-4w" aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <ul>
            {page.sources.map((source, index) => {
              if (source.page) return <li key={index}><a href={source.page.urlPath}>{source.page.title}</a></li>;
              if (source.url)
                return (
                  <li key={index}>
                    <a href={source.url} target="_blank" rel="noopener noreferrer" title={`${source.url} (nouvelle fenêtre)`}>
                      {source.url}
                    </a>
                  </li>
                );
              return null;
            })}
          </ul>
        </section>
      )}

      <TaxonomyTags themes={page.themes} territoryTypes={page.territoryTypes} listingPath={listing} label="Thématiques et types de territoire" />
    </article>
  );
}
