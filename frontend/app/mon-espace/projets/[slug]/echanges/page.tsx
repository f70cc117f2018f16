import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Upload } from "@codegouvfr/react-dsfr/Upload";

import { openCommunityThread, setCommunityNotifications } from "@/app/mon-espace/actions";
import { fieldState, fieldValue, FlashNotice } from "@/components/auth/FlashNotice";
import { SubmitButton } from "@/components/auth/FormParts";
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT, numericId, ROLE_LABELS, THREAD_KIND_LABELS } from "@/components/community/labels";
import { CommunityThreadsDocument, type CommunityThreadKind } from "@/gql/graphql";
import { agentPage } from "@/lib/auth/agentPage";
import { AgentTokenRefusedError, cmsAgentQuery } from "@/lib/cmsAgent";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Échanges du projet", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FORM = "echange";
const KINDS = Object.keys(THREAD_KIND_LABELS) as CommunityThreadKind[];

export default async function ExchangePage({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug);
  const query = await searchParams;
  const path = `/mon-espace/projets/${encodeURIComponent(slug)}/echanges/`;
  const { session, flash } = await agentPage(path, query.avis);
  const kind = KINDS.find((candidate) => candidate === query.nature);
  const after = typeof query.apres === "string" ? query.apres : undefined;
  let data;
  try {
    data = await cmsAgentQuery(CommunityThreadsDocument, { slug, kind, first: 20, after }, session.token);
  } catch (error) {
    if (error instanceof AgentTokenRefusedError) redirect(`/connexion/?erreur=session-expiree&retour=${encodeURIComponent(path)}`);
    throw error;
  }
  const project = data.sharedProject;
  const standing = data.communityStanding;
  if (!project || !standing) notFound();
  const threads = data.communityThreads?.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol className="fr-breadcrumb__list">
          <li>
            <Link className="fr-breadcrumb__link" href="/mon-espace/">
              Mon espace
            </Link>
          </li>
          <li>
            <a className="fr-breadcrumb__link" aria-current="page">
              Échanges — {project.title}
            </a>
          </li>
        </ol>
      </nav>
      <h1>Les échanges du projet « {project.title} »</h1>
      {!standing.canRead ? (
        <p>
          Cet espace réunit les collectivités inscrites au projet, son équipe d&apos;experts et l&apos;ANCT. Votre compte n&apos;en fait pas partie :{" "}
          <Link href={project.urlPath}>retour au projet</Link>.
        </p>
      ) : (
        <>
          <p className="fr-text--lead">
            Questions, réussites, obstacles, solutions et ressources entre les territoires du projet.
            {standing.role === "OBSERVER" && " Votre collectivité observe ce projet : vous lisez les fils ouverts aux observatrices."}
          </p>
          <FlashNotice flash={flash} form="notifications-echanges" />
          <FlashNotice flash={flash} form="resolu" />
          <ul className="fr-tags-group" aria-label="Filtrer par nature">
            <li>
              <Link className="fr-tag" href={path} aria-current={kind ? undefined : "page"}>
                Tous
              </Link>
            </li>
            {KINDS.map((value) => (
              <li key={value}>
                <Link className="fr-tag" href={`${path}?nature=${value}`} aria-current={kind === value ? "page" : undefined}>
                  {THREAD_KIND_LABELS[value]}
                </Link>
              </li>
            ))}
          </ul>
          {threads.length === 0 ? (
            <p>Aucun fil pour le moment.</p>
          ) : (
            <ul className="fr-raw-list" data-testid="threads">
              {threads.map((thread) => (
                <li key={thread.id} className="fr-mb-3w">
                  <p className="fr-mb-1v">
                    <Badge small noIcon severity={thread.kind === "QUESTION" ? "info" : "new"}>
                      {THREAD_KIND_LABELS[thread.kind]}
                    </Badge>{" "}
                    {thread.resolved && (
                      <Badge small severity="success">
                        Résolue
                      </Badge>
                    )}{" "}
                    {thread.visibility === "OBSERVERS" && (
                      <Badge small noIcon>
                        Ouvert aux observatrices
                      </Badge>
                    )}
                  </p>
                  <h2 className="fr-h5 fr-mb-1v">
                    <Link href={`${path}${numericId(thread.id)}/`}>{thread.title}</Link>
                  </h2>
                  <p className="fr-text--sm">
                    {thread.author.name}
                    {thread.author.localAuthority ? ` (${thread.author.localAuthority.name})` : ROLE_LABELS[thread.author.role] ? ` (${ROLE_LABELS[thread.author.role]})` : ""}
                    {thread.stage ? ` · ${thread.stage.title}` : ""} · {thread.messageCount} message{thread.messageCount > 1 ? "s" : ""} · dernier le{" "}
                    {formatDate(thread.lastActivityAt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {data.communityThreads?.pageInfo.hasNextPage && (
            <p>
              <Link href={`${path}?${kind ? `nature=${kind}&` : ""}apres=${encodeURIComponent(data.communityThreads.pageInfo.endCursor ?? "")}`}>Fils plus anciens</Link>
            </p>
          )}
          {standing.feedUrl && (
            <p>
              <a className="fr-link fr-icon-rss-line fr-link--icon-left" href={standing.feedUrl} type="application/atom+xml">
                Suivre les fils ouverts aux observatrices (flux Atom personnel, à ne pas partager)
              </a>
            </p>
          )}
          {standing.canPost && (
            <section aria-labelledby="ouvrir" className="fr-mt-6w">
              <h2 id="ouvrir">Ouvrir un fil</h2>
              <FlashNotice flash={flash} form={FORM} fieldIds={{ title: "thread-title", body: "thread-body", attachments: "thread-attachments" }} />
              <form action={openCommunityThread}>
                <input type="hidden" name="formId" value={randomUUID().replaceAll("-", "")} />
                <input type="hidden" name="project" value={project.id} />
                <input type="hidden" name="slug" value={project.slug} />
                <Select label="Nature" nativeSelectProps={{ name: "kind", id: "thread-kind", defaultValue: fieldValue(flash, FORM, "kind", "QUESTION") }}>
                  {KINDS.map((value) => (
                    <option key={value} value={value}>
                      {THREAD_KIND_LABELS[value]}
                    </option>
                  ))}
                </Select>
                <Input
                  label="Titre"
                  nativeInputProps={{ id: "thread-title", name: "title", maxLength: 200, required: true, defaultValue: fieldValue(flash, FORM, "title") }}
                  {...fieldState(flash, FORM, "title")}
                />
                <Input
                  label="Message"
                  hintText="Texte simple. Citez une collectivité ou une personne du projet avec @Nom ou @[Nom en plusieurs mots]."
                  textArea
                  nativeTextAreaProps={{ id: "thread-body", name: "body", rows: 6, required: true, defaultValue: fieldValue(flash, FORM, "body") }}
                  {...fieldState(flash, FORM, "body")}
                />
                {project.stages.length > 0 && (
                  <Select label="Étape du projet (facultatif)" nativeSelectProps={{ name: "stage", id: "thread-stage", defaultValue: fieldValue(flash, FORM, "stage") }}>
                    <option value="">Aucune</option>
                    {project.stages.map((stage) => (
                      <option key={stage.id} value={stage.id}>
                        {stage.title}
                      </option>
                    ))}
                  </Select>
                )}
                <Select label="Qui lit ce fil" nativeSelectProps={{ name: "visibility", id: "thread-visibility", defaultValue: fieldValue(flash, FORM, "visibility", "PARTICIPANTS") }}>
                  <option value="PARTICIPANTS">Les parties prenantes, les experts et l&apos;ANCT</option>
                  <option value="OBSERVERS">Aussi les collectivités observatrices</option>
                </Select>
                <Upload
                  label="Pièces jointes (facultatif)"
                  hint={ATTACHMENT_HINT}
                  multiple
                  nativeInputProps={{ id: "thread-attachments", name: "attachments", accept: ATTACHMENT_ACCEPT }}
                  {...fieldState(flash, FORM, "attachments")}
                />
                {standing.localAuthorities.length > 1 && (
                  <Select label="Au nom de" nativeSelectProps={{ name: "localAuthority", id: "thread-localAuthority" }}>
                    {standing.localAuthorities.map((authority) => (
                      <option key={authority.id} value={authority.id}>
                        {authority.name}
                      </option>
                    ))}
                  </Select>
                )}
                <SubmitButton>Publier</SubmitButton>
              </form>
            </section>
          )}
          <section aria-labelledby="notifications" className="fr-mt-6w">
            <h2 id="notifications">Être prévenu</h2>
            <form action={setCommunityNotifications}>
              <input type="hidden" name="formId" value={randomUUID().replaceAll("-", "")} />
              <input type="hidden" name="slug" value={project.slug} />
              <Select label="Les nouveaux messages de mes projets" nativeSelectProps={{ name: "frequency", id: "notifications-frequency", defaultValue: data.communityNotifications ?? "WEEKLY" }}>
                <option value="IMMEDIATE">Par courriel, à chaque message</option>
                <option value="WEEKLY">Dans un récapitulatif hebdomadaire</option>
                <option value="NEVER">Jamais</option>
              </Select>
              <SubmitButton secondary>Enregistrer mon choix</SubmitButton>
            </form>
          </section>
        </>
      )}
    </>
  );
}
