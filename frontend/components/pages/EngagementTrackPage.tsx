import { StreamField } from "@/components/blocks/StreamField";
import { formatDateRange } from "@/lib/agenda";
import { formatDate } from "@/lib/format";
import type { PageProps } from "./types";

const REVIEW_KINDS: Record<string, string> = { review: "Bilan", supervision: "Supervision", celebration: "Célébration" };

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

/** One collectivité's Territoires d'engagement track: its yearly plans, milestones and reviews. */
export function EngagementTrackPage({ page }: PageProps<"EngagementTrackPage">) {
  const milestones = [...page.milestones].sort((a, b) => a.date.localeCompare(b.date));
  const reviews = [...page.reviews].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <article>
      <p className="fr-text--sm fr-mb-1w">Territoires d&apos;engagement — {page.localAuthority.name}</p>
      <h1>{page.title}</h1>
      {page.summary && <p className="fr-text--lead">{page.summary}</p>}
      <dl className="fr-mb-4w">
        <dt className="fr-text--bold">Accompagnement</dt>
        <dd className="fr-mb-2w">{formatDateRange(page.trackStartDate, page.endDate, formatDate)}</dd>
        <dt className="fr-text--bold">Charte d&apos;engagement</dt>
        <dd className="fr-mb-2w">{page.charterSignedOn ? `Signée le ${formatDate(page.charterSignedOn)}` : "Pas encore signée"}</dd>
        {page.steeringBody && (
          <>
            <dt className="fr-text--bold">Instance de pilotage</dt>
            <dd className="fr-mb-2w">{page.steeringBody}</dd>
          </>
        )}
        {page.localContact && (
          <>
            <dt className="fr-text--bold">Contact local</dt>
            <dd className="fr-mb-2w">{page.localContact}</dd>
          </>
        )}
      </dl>
      <StreamField blocks={page.body} />
      {page.yearlyPlans.length > 0 && (
        <section aria-labelledby="parcours-annees" className="fr-mb-6w">
          <h2 id="parcours-annees">Le parcours année par année</h2>
          <div className="fr-table">
            <table>
              <caption>Formation, projets, appui de terrain et budget de chaque année</caption>
              <thead>
                <tr>
                  <th scope="col">Année</th>
                  <th scope="col">Formation</th>
                  <th scope="col">Projets</th>
                  <th scope="col">Appui de terrain</th>
                  <th scope="col">Budget</th>
                </tr>
              </thead>
              <tbody>
                {page.yearlyPlans.map((plan) => (
                  <tr key={plan.yearNumber}>
                    <th scope="row">{plan.yearNumber === 1 ? "1re année" : `${plan.yearNumber}e année`}</th>
                    <td>{plan.training || "—"}</td>
                    <td>{plan.projects || "—"}</td>
                    <td>{plan.fieldSupport || "—"}</td>
                    <td>{euros.format(plan.budget)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {milestones.length > 0 && (
        <section aria-labelledby="parcours-jalons" className="fr-mb-6w">
          <h2 id="parcours-jalons">Les jalons</h2>
          <ol>
            {milestones.map((milestone) => (
              <li key={`${milestone.date}-${milestone.title}`} className="fr-mb-1w">
                <time dateTime={milestone.date}>{formatDate(milestone.date)}</time> — <strong>{milestone.title}</strong>
                {milestone.deliverable ? ` : ${milestone.deliverable}` : ""} ({milestone.done ? "réalisé" : "à venir"})
              </li>
            ))}
          </ol>
        </section>
      )}
      {reviews.length > 0 && (
        <section aria-labelledby="parcours-bilans" className="fr-mb-6w">
          <h2 id="parcours-bilans">Les bilans</h2>
          <ul className="fr-raw-list">
            {reviews.map((review) => (
              <li key={`${review.date}-${review.kind}`} className="fr-mb-2w">
                <p className="fr-text--bold fr-mb-1v">
                  {review.kind ? `${REVIEW_KINDS[review.kind] ?? review.kind} — ` : ""}
                  <time dateTime={review.date}>{formatDate(review.date)}</time>
                </p>
                <p className="fr-mb-0">{review.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
