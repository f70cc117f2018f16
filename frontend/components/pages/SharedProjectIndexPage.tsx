import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";

import { RichText } from "@/components/RichText";
import { StreamField } from "@/components/blocks/StreamField";
import { PROJECT_STATUS_LABELS, PROJECT_STATUS_SEVERITY, formatDateRange } from "@/lib/agenda";
import { countLabel } from "@/lib/listing";
import { formatDate } from "@/lib/format";
import type { PageProps } from "./types";

/** The shared projects: each with its status, so that a collectivité sees which ones it may join. */
export function SharedProjectIndexPage({ page }: PageProps<"SharedProjectIndexPage">) {
  const projects = page.children.edges.flatMap((edge) => (edge?.node?.__typename === "SharedProjectPage" ? [edge.node] : []));
  return (
    <article>
      <h1>{page.title}</h1>
      <RichText html={page.intro.html} className="fr-text--lead fr-mb-4w" />
      <StreamField blocks={page.body} />
      <section aria-labelledby="projets-titre">
        <h2 id="projets-titre">
          Les projets partagés{" "}
          <span className="fr-text--md fr-text--regular">({countLabel(projects.length, "projet", "projets")})</span>
        </h2>
        {projects.length === 0 ? (
          <p>Aucun projet partagé n&apos;est encore publié.</p>
        ) : (
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
            {projects.map((project) => (
              <li key={project.id} className="fr-col-12 fr-col-md-6">
                <Card
                  title={project.title}
                  titleAs="h3"
                  enlargeLink
                  linkProps={{ href: project.urlPath }}
                  desc={project.summary}
                  start={
                    <ul className="fr-badges-group">
                      <li>
                        <Badge as="span" noIcon severity={PROJECT_STATUS_SEVERITY[project.status]}>
                          {PROJECT_STATUS_LABELS[project.status]}
                        </Badge>
                      </li>
                    </ul>
                  }
                  detail={project.theme.name}
                  endDetail={[
                    formatDateRange(project.startDate, project.endDate, formatDate),
                    project.currentStage ? `Étape en cours : ${project.currentStage.title}` : "",
                    `${project.participants.length} collectivité${project.participants.length > 1 ? "s" : ""} partie${project.participants.length > 1 ? "s" : ""} prenante${project.participants.length > 1 ? "s" : ""} sur ${project.participantCapacity}`,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
