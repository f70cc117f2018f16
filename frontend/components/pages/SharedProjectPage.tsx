import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Stepper } from "@codegouvfr/react-dsfr/Stepper";

import { StreamField } from "@/components/blocks/StreamField";
import { ProgressBar } from "@/components/projects/ProgressBar";
import { PROJECT_STATUS_LABELS, PROJECT_STATUS_SEVERITY, STAGE_STATUS_LABELS, formatDateRange } from "@/lib/agenda";
import { formatDate } from "@/lib/format";
import type { PageProps } from "./types";

/**
 * A shared project: its stages (the current one in a stepper, all of them in order), the
 * collectivités taking part, observing or waiting for a place, its journal (with the Atom feed)
 * and each collectivité's action plan with its progress.
 */
export function SharedProjectPage({ page }: PageProps<"SharedProjectPage">) {
  const children = page.children.edges.flatMap((edge) => (edge?.node ? [edge.node] : []));
  const entries = children
    .flatMap((node) => (node.__typename === "JournalEntryPage" ? [node] : []))
    .sort((a, b) => b.date.localeCompare(a.date));
  const plans = children.flatMap((node) => (node.__typename === "ActionPlanPage" ? [node] : []));
  const currentIndex = page.stages.findIndex((stage) => stage.id === page.currentStage?.id);
  const currentStage = page.stages[currentIndex];
  const freePlaces = Math.max(0, page.participantCapacity - page.participants.length);
  const image = page.image;

  return (
    <article>
      <link rel="alternate" type="application/atom+xml" title={`Journal de bord — ${page.title}`} href={page.journalFeedUrl} />
      <h1>{page.title}</h1>
      <ul className="fr-badges-group fr-mb-2w">
        <li>
          <Badge as="span" noIcon severity={PROJECT_STATUS_SEVERITY[page.status]}>
            {PROJECT_STATUS_LABELS[page.status]}
          </Badge>
        </li>
        <li>
          <Badge as="span" noIcon>
            {page.theme.name}
          </Badge>
        </li>
      </ul>
      {page.summary && <p className="fr-text--lead">{page.summary}</p>}
      {(page.startDate || page.endDate) && <p>{formatDateRange(page.startDate, page.endDate, formatDate)}</p>}
      {image?.rendition && (
        // eslint-disable-next-line @next/next/no-img-element -- renditions are already sized by the CMS
        <img
          className="fr-responsive-img fr-mb-4w"
          src={image.rendition.url}
          srcSet={image.srcSet ?? undefined}
          sizes="(min-width: 62em) 792px, 100vw"
          width={image.rendition.width}
          height={image.rendition.height}
          alt={image.alt}
        />
      )}
      <StreamField blocks={page.body} />

      <section aria-labelledby="projet-etapes" className="fr-mb-6w">
        <h2 id="projet-etapes">Les étapes du projet</h2>
        {currentStage && (
          <Stepper
            currentStep={currentIndex + 1}
            stepCount={page.stages.length}
            title={`Étape en cours : ${currentStage.title}`}
            nextTitle={page.stages[currentIndex + 1]?.title}
          />
        )}
        {page.stages.length === 0 ? (
          <p>Les étapes de ce projet ne sont pas encore publiées.</p>
        ) : (
          <ol>
            {page.stages.map((stage) => (
              <li key={stage.id} className="fr-mb-2w" aria-current={stage.id === page.currentStage?.id ? "step" : undefined}>
                <p className="fr-mb-0">
                  <strong>{stage.title}</strong> — {STAGE_STATUS_LABELS[stage.status]}
                  {stage.startDate || stage.endDate ? ` (${formatDateRange(stage.startDate, stage.endDate, formatDate).toLowerCase()})` : ""}
                </p>
                {stage.description && <p className="fr-text--sm fr-mb-0">{stage.description}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="projet-collectivites" className="fr-mb-6w">
        <h2 id="projet-collectivites">Les collectivités</h2>
        <h3 className="fr-h5">
          Parties prenantes ({page.participants.length} sur {page.participantCapacity} place{page.participantCapacity > 1 ? "s" : ""})
        </h3>
        {page.participants.length === 0 ? (
          <p>Aucune collectivité partie prenante pour le moment.</p>
        ) : (
          <ul>
            {page.participants.map((authority) => (
              <li key={authority.name}>
                {authority.name}
                {authority.department ? ` (${authority.department.name})` : ""}
              </li>
            ))}
          </ul>
        )}
        {page.status === "RECRUITING" && (
          <p className="fr-text--sm">
            {freePlaces > 0
              ? `${freePlaces} place${freePlaces > 1 ? "s" : ""} encore disponible${freePlaces > 1 ? "s" : ""}.`
              : "Toutes les places sont prises : les nouvelles inscriptions rejoignent la liste d'attente."}
          </p>
        )}
        {page.waitingList.length > 0 && (
          <>
            <h3 className="fr-h5">Liste d&apos;attente</h3>
            <ol>
              {page.waitingList.map((authority, index) => (
                <li key={authority.name}>
                  {authority.name} — {index === 0 ? "1re" : `${index + 1}e`} en attente
                </li>
              ))}
            </ol>
          </>
        )}
        <h3 className="fr-h5">Observatrices ({page.observers.length})</h3>
        {page.observers.length === 0 ? (
          <p>Aucune collectivité observatrice pour le moment.</p>
        ) : (
          <ul>
            {page.observers.map((authority) => (
              <li key={authority.name}>{authority.name}</li>
            ))}
          </ul>
        )}
        {page.experts.length > 0 && (
          <>
            <h3 className="fr-h5">L&apos;équipe d&apos;experts</h3>
            <ul>
              {page.experts.map((expert) => (
                <li key={`${expert.name}-${expert.role}`}>
                  {expert.name}
                  {expert.role ? `, ${expert.role}` : ""}
                  {expert.organisation ? ` (${expert.organisation})` : ""}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="projet-journal" className="fr-mb-6w">
        <h2 id="projet-journal">Le journal de bord</h2>
        <p>
          <a className="fr-link fr-icon-rss-line fr-link--icon-left" href={page.journalFeedUrl} type="application/atom+xml">
            Suivre le journal de bord (flux Atom)
          </a>
        </p>
        <p>
          <Link className="fr-link fr-icon-discuss-line fr-link--icon-left" href={`/mon-espace/projets/${page.urlPath.split("/").filter(Boolean).at(-1)}/echanges/`}>
            Espace d&apos;échanges des membres du projet (connexion requise)
          </Link>
        </p>
        {entries.length === 0 ? (
          <p>Aucune entrée dans le journal pour le moment.</p>
        ) : (
          <ul className="fr-raw-list">
            {entries.map((entry) => (
              <li key={entry.id} className="fr-mb-3w">
                <h3 className="fr-h6 fr-mb-1v">
                  <Link href={entry.urlPath}>{entry.title}</Link>
                </h3>
                <p className="fr-text--sm fr-mb-1v">
                  <time dateTime={entry.date}>{formatDate(entry.date)}</time>
                  {entry.stage ? ` — ${entry.stage.title}` : ""}
                  {entry.authorAuthority ? ` — par ${entry.authorAuthority.name}` : ""}
                </p>
                {entry.summary && <p className="fr-mb-0">{entry.summary}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="projet-plans" className="fr-mb-6w">
        <h2 id="projet-plans">Les plans d&apos;action</h2>
        <ProgressBar value={page.actionPlansProgress} label="Avancement moyen des plans d'action" />
        {plans.length === 0 ? (
          <p>Aucun plan d&apos;action publié pour le moment.</p>
        ) : (
          <ul className="fr-raw-list">
            {plans.map((plan) => (
              <li key={plan.id} className="fr-mb-3w">
                <h3 className="fr-h6 fr-mb-1v">
                  <Link href={plan.urlPath}>{plan.title}</Link>
                </h3>
                <p className="fr-text--sm fr-mb-1v">
                  {plan.localAuthority.name}
                  {plan.adoptionDate ? ` — adopté le ${formatDate(plan.adoptionDate)}` : ""}
                </p>
                <ProgressBar value={plan.progress} label="Avancement" />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
