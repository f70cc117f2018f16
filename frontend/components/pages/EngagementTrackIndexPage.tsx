import { Card } from "@codegouvfr/react-dsfr/Card";

import { RichText } from "@/components/RichText";
import { StreamField } from "@/components/blocks/StreamField";
import { EngagementProgrammeDocument } from "@/gql/graphql";
import { formatDateRange } from "@/lib/agenda";
import { countLabel } from "@/lib/listing";
import { cmsQuery } from "@/lib/cms";
import { formatDate, formatNumber } from "@/lib/format";
import { tags } from "@/lib/tags";
import type { PageProps } from "./types";

/** The Territoires d'engagement programme: year by year, then each collectivité's track. */
export async function EngagementTrackIndexPage({ page }: PageProps<"EngagementTrackIndexPage">) {
  const { engagementProgramme } = await cmsQuery(
    EngagementProgrammeDocument,
    {},
    { tags: [tags.type("EngagementTrackPage"), tags.path(page.urlPath)] },
  );
  const tracks = page.children.edges.flatMap((edge) => (edge?.node?.__typename === "EngagementTrackPage" ? [edge.node] : []));
  return (
    <article>
      <h1>{page.title}</h1>
      <RichText html={page.intro.html} className="fr-text--lead fr-mb-4w" />
      <StreamField blocks={page.body} />
      <section aria-labelledby="programme-annees" className="fr-mb-6w">
        <h2 id="programme-annees">Le programme année par année</h2>
        {engagementProgramme.length === 0 ? (
          <p>Aucune collectivité n&apos;est encore accompagnée.</p>
        ) : (
          <div className="fr-table">
            <table>
              <caption>Collectivités entrées dans le programme et accompagnées, par année</caption>
              <thead>
                <tr>
                  <th scope="col">Année</th>
                  <th scope="col">Entrées dans le programme</th>
                  <th scope="col">Accompagnées</th>
                </tr>
              </thead>
              <tbody>
                {engagementProgramme.map((year) => (
                  <tr key={year.year}>
                    <th scope="row">{year.year}</th>
                    <td>{formatNumber(year.entering)}</td>
                    <td>{formatNumber(year.accompanied)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="programme-territoires">
        <h2 id="programme-territoires">
          Les territoires accompagnés{" "}
          <span className="fr-text--md fr-text--regular">({countLabel(tracks.length, "territoire", "territoires")})</span>
        </h2>
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {tracks.map((track) => (
            <li key={track.id} className="fr-col-12 fr-col-md-6">
              <Card
                title={track.title}
                titleAs="h3"
                enlargeLink
                linkProps={{ href: track.urlPath }}
                desc={track.summary}
                detail={track.localAuthority.name}
                endDetail={formatDateRange(track.trackStartDate, track.endDate, formatDate)}
              />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
