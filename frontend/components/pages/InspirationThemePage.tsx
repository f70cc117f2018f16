import { StreamField } from "@/components/blocks/StreamField";
import { CardGrid } from "@/components/cards/CardGrid";
import { EventCard } from "@/components/cards/EventCard";
import { ExperienceCard } from "@/components/cards/ExperienceCard";
import { NextThemeCall } from "@/components/cards/NextThemeCall";
import { PageImage } from "@/components/cards/PageImage";
import { ResourceCard } from "@/components/cards/ResourceCard";
import { TaxonomyTags } from "@/components/cards/TaxonomyTags";
import { formatMonth } from "@/lib/labels";
import type { PageProps } from "./types";

/**
 * A theme of the month: what it is about and its guiding principle, the experiences, resources and
 * events the editors chose for it, then the call for next month's theme.
 */
export function InspirationThemePage({ page }: PageProps<"InspirationThemePage">) {
  return (
    <article>
      <h1>{page.title}</h1>
      <p className="fr-badge fr-badge--new fr-badge--no-icon fr-mb-2w">{`Thématique de ${formatMonth(page.month)}`}</p>
      <p className="fr-text--lead">{page.summary}</p>
      <PageImage image={page.image} />
      {page.principle && (
        <section className="fr-mb-4w" aria-labelledby="principe">
          <h2 id="principe">Le principe</h2>
          <blockquote className="fr-text--lg">{page.principle}</blockquote>
        </section>
      )}
      <StreamField blocks={page.body} />

      {page.featuredExperiences.length > 0 && (
        <section aria-labelledby="experiences-du-mois">
          <h2 id="experiences-du-mois">Expériences à découvrir</h2>
          <CardGrid>
            {page.featuredExperiences.map((experience) => (
              <ExperienceCard key={experience.id} experience={experience} />
            ))}
          </CardGrid>
        </section>
      )}
      {page.featuredResources.length > 0 && (
        <section aria-labelledby="ressources-du-mois">
          <h2 id="ressources-du-mois">Ressources</h2>
          <CardGrid>
            {page.featuredResources.map((resource) => (
              <ResourceCard key={resource.id} resource={resource} />
            ))}
          </CardGrid>
        </section>
      )}
      {page.featuredEvents.length > 0 && (
        <section aria-labelledby="evenements-du-mois">
          <h2 id="evenements-du-mois">Événements</h2>
          <CardGrid>
            {page.featuredEvents.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </CardGrid>
        </section>
      )}

      <NextThemeCall
        nextThemeTitle={page.nextThemeTitle}
        nextThemeMonth={page.nextThemeMonth}
        callForContributions={page.callForContributions.html}
      />
      <TaxonomyTags themes={page.themes} territoryTypes={page.territoryTypes} />
    </article>
  );
}
