import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { Card } from "@codegouvfr/react-dsfr/Card";

import { HomeHighlightsDocument, type InspirationSection } from "@/gql/graphql";
import { RichText } from "@/components/RichText";
import { StreamField } from "@/components/blocks/StreamField";
import { CardGrid } from "@/components/cards/CardGrid";
import { EventCard } from "@/components/cards/EventCard";
import { ExperienceCard } from "@/components/cards/ExperienceCard";
import { ThemeCard } from "@/components/cards/ThemeCard";
import { cmsQuery } from "@/lib/cms";
import { formatDate } from "@/lib/format";
import { SHARED_PROJECT_STATUS_LABELS, excerpt, formatMonth } from "@/lib/labels";
import { nodesOf } from "@/lib/listing";
import { tags } from "@/lib/tags";
import type { PageProps } from "./types";

function MoreLink({ href, children }: { href: string | undefined; children: string }) {
  if (!href) return null;
  return (
    <p className="fr-mb-6w">
      <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={href}>
        {children}
      </Link>
    </p>
  );
}

/**
 * The platform's front door: its intro and body as edited in the CMS, then what is alive this
 * month — the theme of the month, the latest experiences, upcoming events, shared projects and the
 * call for the next theme. A second request (HomeHighlights), made on the home only.
 */
export async function HomePage({ page }: PageProps<"HomePage">) {
  const data = await cmsQuery(
    HomeHighlightsDocument,
    {},
    {
      tags: [
        tags.path("/"),
        tags.type("InspirationThemePage"),
        tags.type("ExperiencePage"),
        tags.type("EventPage"),
        tags.type("SharedProjectPage"),
        tags.type("VotingCampaign"),
        tags.type("ThemeProposal"),
        tags.type("InspirationIndexPage"),
      ],
    },
  );
  const sectionPath = (section: InspirationSection) =>
    nodesOf(data.sections.edges).find((node) => "section" in node && node.section === section)?.urlPath;
  const theme = nodesOf(data.inspirationThemes.edges)[0];
  const experiences = nodesOf(data.experiences.edges);
  const events = nodesOf(data.events.edges);
  const projects = nodesOf(data.sharedProjects.edges);
  const projectsIndex = nodesOf(data.sharedProjectIndexes.edges)[0];
  const campaign = data.votingCampaigns.find((item) => item.status === "OPEN") ?? data.votingCampaigns.find((item) => item.status === "UPCOMING");
  const proposals = [...data.themeProposals].sort((a, b) => b.voteCount - a.voteCount).slice(0, 3);

  return (
    <article>
      <h1>{page.title}</h1>
      <RichText html={page.intro.html} className="fr-text--lead fr-mb-4w" />

      {theme && (
        <section aria-labelledby="theme-du-mois" className="fr-mb-2w">
          <h2 id="theme-du-mois">La thématique du mois</h2>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-8">
              <ThemeCard theme={theme} titleAs="h3" />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              {theme.principle && (
                <>
                  <h3 className="fr-h6">Le principe</h3>
                  <p>{theme.principle}</p>
                </>
              )}
              {theme.nextThemeTitle && (
                <>
                  <h3 className="fr-h6">{`Le mois prochain${theme.nextThemeMonth ? ` (${formatMonth(theme.nextThemeMonth)})` : ""}`}</h3>
                  <p>{`${theme.nextThemeTitle} : partagez dès maintenant vos expériences et vos ressources sur ce sujet.`}</p>
                </>
              )}
            </div>
          </div>
          <MoreLink href={sectionPath("THEMES")}>Toutes les thématiques d&apos;inspiration</MoreLink>
        </section>
      )}

      {experiences.length > 0 && (
        <section aria-labelledby="dernieres-experiences">
          <h2 id="dernieres-experiences">Les dernières expériences</h2>
          <CardGrid>
            {experiences.map((experience) => (
              <ExperienceCard key={experience.id} experience={experience} />
            ))}
          </CardGrid>
          <MoreLink href={sectionPath("EXPERIENCES")}>{`Toutes les expériences (${data.experiences.totalCount})`}</MoreLink>
        </section>
      )}

      <section aria-labelledby="agenda">
        <h2 id="agenda">Prochains événements</h2>
        {events.length > 0 ? (
          <CardGrid>
            {events.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </CardGrid>
        ) : (
          <p>Aucun événement n&apos;est annoncé pour le moment.</p>
        )}
        <MoreLink href={sectionPath("EVENTS")}>L&apos;agenda complet</MoreLink>
      </section>

      {projects.length > 0 && (
        <section aria-labelledby="projets-partages">
          <h2 id="projets-partages">Projets partagés</h2>
          <CardGrid>
            {projects.map((project) => (
              <Card
                key={project.id}
                title={project.title}
                titleAs="h3"
                linkProps={{ href: project.urlPath }}
                enlargeLink
                desc={excerpt(project.summary)}
                start={
                  <ul className="fr-badges-group">
                    <li>
                      <Badge small noIcon severity={project.status === "RECRUITING" ? "success" : "info"}>
                        {SHARED_PROJECT_STATUS_LABELS[project.status]}
                      </Badge>
                    </li>
                  </ul>
                }
              />
            ))}
          </CardGrid>
          <MoreLink href={projectsIndex?.urlPath}>Tous les projets partagés</MoreLink>
        </section>
      )}

      {(campaign || proposals.length > 0) && (
        <section aria-labelledby="prochain-theme" className="fr-mb-6w">
          <h2 id="prochain-theme">Le thème du prochain projet partagé</h2>
          <CallOut
            title={campaign ? campaign.title : "Les collectivités proposent, puis votent"}
            titleAs="h3"
            bodyAs="div"
            buttonProps={projectsIndex ? { linkProps: { href: projectsIndex.urlPath }, children: "Découvrir les projets partagés" } : undefined}
          >
            {campaign && (
              <p>
                {campaign.status === "OPEN"
                  ? `Le vote est ouvert jusqu'au ${formatDate(campaign.closesAt)}.`
                  : `Le vote ouvrira le ${formatDate(campaign.opensAt)}.`}
              </p>
            )}
            {proposals.length > 0 && (
              <>
                <p className="fr-mb-1w">Les thèmes proposés qui recueillent le plus de votes :</p>
                <ol>
                  {proposals.map((proposal) => (
                    <li key={proposal.id}>{`${proposal.title} (${proposal.voteCount} ${proposal.voteCount > 1 ? "votes" : "vote"})`}</li>
                  ))}
                </ol>
              </>
            )}
          </CallOut>
        </section>
      )}

      <StreamField blocks={page.body} />
    </article>
  );
}
