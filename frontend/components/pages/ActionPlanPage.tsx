import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";

import { RichText } from "@/components/RichText";
import { StreamField } from "@/components/blocks/StreamField";
import { ProgressBar } from "@/components/projects/ProgressBar";
import { ACTION_STATUS_LABELS } from "@/lib/agenda";
import { formatDate } from "@/lib/format";
import type { PageProps } from "./types";

const STATUS_SEVERITY = { NOT_STARTED: undefined, IN_PROGRESS: "info", DONE: "success", ABANDONED: "warning" } as const;

/** A collectivité's action plan in a shared project: objectives, actions and how far each has gone. */
export function ActionPlanPage({ page }: PageProps<"ActionPlanPage">) {
  return (
    <article>
      <p className="fr-text--sm fr-mb-1w">Plan d&apos;action — {page.localAuthority.name}</p>
      <h1>{page.title}</h1>
      {page.summary && <p className="fr-text--lead">{page.summary}</p>}
      <p>
        {page.adoptionDate
          ? `Adopté le ${formatDate(page.adoptionDate)}${page.deliberationReference ? ` (délibération ${page.deliberationReference})` : ""}.`
          : "Pas encore adopté par l'exécutif de la collectivité."}
      </p>
      <ProgressBar value={page.progress} label="Avancement du plan" />
      {page.objectives.html && (
        <section aria-labelledby="plan-objectifs" className="fr-mt-4w">
          <h2 id="plan-objectifs">Objectifs</h2>
          <RichText html={page.objectives.html} />
        </section>
      )}
      <section aria-labelledby="plan-actions" className="fr-mt-4w">
        <h2 id="plan-actions">Les actions</h2>
        {page.actions.length === 0 ? (
          <p>Aucune action n&apos;est encore inscrite à ce plan.</p>
        ) : (
          <div className="fr-table fr-table--no-caption">
            <table>
              <caption>Actions du plan et leur avancement</caption>
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Pilote</th>
                  <th scope="col">Échéance</th>
                  <th scope="col">Indicateur</th>
                  <th scope="col">État</th>
                  <th scope="col">Avancement</th>
                </tr>
              </thead>
              <tbody>
                {page.actions.map((action) => (
                  <tr key={action.id}>
                    <th scope="row">
                      {action.title}
                      {action.description && <span className="fr-text--xs fr-mb-0 fr-text--regular">{` — ${action.description}`}</span>}
                    </th>
                    <td>{action.owner}</td>
                    <td>{action.deadline ? formatDate(action.deadline) : "—"}</td>
                    <td>{action.indicator || "—"}</td>
                    <td>
                      <Badge as="span" noIcon small severity={STATUS_SEVERITY[action.status]}>
                        {ACTION_STATUS_LABELS[action.status]}
                      </Badge>
                    </td>
                    <td>{action.progress} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {page.successCriteria.html && (
        <section aria-labelledby="plan-criteres" className="fr-mt-4w">
          <h2 id="plan-criteres">Critères de réussite</h2>
          <RichText html={page.successCriteria.html} />
        </section>
      )}
      <StreamField blocks={page.body} />
      {page.parent && (
        <p className="fr-mt-4w">
          <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={page.parent.urlPath}>
            Retour au projet « {page.parent.title} »
          </Link>
        </p>
      )}
    </article>
  );
}
