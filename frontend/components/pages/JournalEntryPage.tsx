import Link from "next/link";

import { StreamField } from "@/components/blocks/StreamField";
import { formatDate } from "@/lib/format";
import type { PageProps } from "./types";

/** An entry of a shared project's journal: when, at which stage, written by whom. */
export function JournalEntryPage({ page }: PageProps<"JournalEntryPage">) {
  const project = page.parent;
  const feedUrl = project?.__typename === "SharedProjectPage" ? project.journalFeedUrl : undefined;
  return (
    <article>
      {feedUrl && <link rel="alternate" type="application/atom+xml" title={`Journal de bord — ${project?.title}`} href={feedUrl} />}
      <p className="fr-text--sm fr-mb-1w">Journal de bord{project ? ` — ${project.title}` : ""}</p>
      <h1>{page.title}</h1>
      <p className="fr-text--sm">
        <time dateTime={page.date}>{formatDate(page.date)}</time>
        {page.stage ? ` — étape « ${page.stage.title} »` : ""}
        {` — par ${page.authorAuthority ? page.authorAuthority.name : "l'équipe d'experts et l'ANCT"}`}
      </p>
      {page.summary && <p className="fr-text--lead">{page.summary}</p>}
      <StreamField blocks={page.body} />
      {project && (
        <ul className="fr-links-group fr-mt-4w">
          <li>
            <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={project.urlPath}>
              Retour au projet « {project.title} »
            </Link>
          </li>
          {feedUrl && (
            <li>
              <a className="fr-link fr-icon-rss-line fr-link--icon-left" href={feedUrl} type="application/atom+xml">
                Suivre le journal de bord (flux Atom)
              </a>
            </li>
          )}
        </ul>
      )}
    </article>
  );
}
