import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Upload } from "@codegouvfr/react-dsfr/Upload";

import {
  editCommunityMessage,
  markCommunityThreadResolved,
  moderateCommunityMessage,
  replyToCommunityThread,
  reportCommunityMessage,
} from "@/app/mon-espace/actions";
import { fieldState, fieldValue, FlashNotice } from "@/components/auth/FlashNotice";
import { SubmitButton } from "@/components/auth/FormParts";
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT, excerpt, fileSize, messageGlobalId, numericId, ROLE_LABELS, THREAD_KIND_LABELS, threadGlobalId } from "@/components/community/labels";
import { CommunityThreadDocument, CommunityThreadsDocument } from "@/gql/graphql";
import { agentPage } from "@/lib/auth/agentPage";
import { AgentTokenRefusedError, cmsAgentQuery } from "@/lib/cmsAgent";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Fil d'échange", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FORM = "reponse";

function FormId() {
  return <input type="hidden" name="formId" value={randomUUID().replaceAll("-", "")} />;
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  if (!/^[1-9][0-9]{0,18}$/.test(id)) notFound();
  const query = await searchParams;
  const path = `/mon-espace/projets/${encodeURIComponent(slug)}/echanges/${id}/`;
  const { session, flash } = await agentPage(path, query.avis);
  const after = typeof query.apres === "string" ? query.apres : undefined;
  let data, standing;
  try {
    data = await cmsAgentQuery(CommunityThreadDocument, { id: threadGlobalId(id), first: 50, after }, session.token);
    standing = (await cmsAgentQuery(CommunityThreadsDocument, { slug, first: 0 }, session.token)).communityStanding;
  } catch (error) {
    if (error instanceof AgentTokenRefusedError) redirect(`/connexion/?erreur=session-expiree&retour=${encodeURIComponent(path)}`);
    throw error;
  }
  const thread = data.communityThread;
  if (!thread || thread.project.slug !== slug) notFound();
  const exchange = `/mon-espace/projets/${encodeURIComponent(slug)}/echanges/`;
  const hidden = (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="threadPk" value={id} />
    </>
  );
  const messages = thread.messages.edges.map((edge) => edge.node);
  // « Répondre à ce message » (?repondre=<n>), or the answer sent back with an error: the form
  // keeps the message it answers.
  const answering = typeof query.repondre === "string" && /^[1-9][0-9]{0,18}$/.test(query.repondre) ? messageGlobalId(query.repondre) : fieldValue(flash, FORM, "replyTo") || undefined;
  const answered = answering ? messages.find((message) => message.id === answering) : undefined;
  const authorOf = (author: { name: string; role: keyof typeof ROLE_LABELS; localAuthority?: { name: string } | null }) =>
    author.localAuthority ? ` (${author.localAuthority.name})` : ROLE_LABELS[author.role] ? ` (${ROLE_LABELS[author.role]})` : "";
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
            <Link className="fr-breadcrumb__link" href={exchange}>
              Échanges — {thread.project.title}
            </Link>
          </li>
          <li>
            <a className="fr-breadcrumb__link" aria-current="page">
              {thread.title}
            </a>
          </li>
        </ol>
      </nav>
      <p className="fr-mb-1v">
        <Badge small noIcon severity="info">
          {THREAD_KIND_LABELS[thread.kind]}
        </Badge>{" "}
        {thread.resolved && <Badge severity="success" small>Résolue</Badge>}{" "}
        {thread.visibility === "OBSERVERS" && <Badge small noIcon>Ouvert aux observatrices</Badge>}
      </p>
      <h1>{thread.title}</h1>
      {thread.stage && <p>Étape : {thread.stage.title}</p>}
      {["resolu", "signalement", "moderation-message", "modification-message"].map((form) => (
        <FlashNotice key={form} flash={flash} form={form} />
      ))}
      {thread.viewerCanMarkResolved && (
        <form action={markCommunityThreadResolved} className="fr-mb-4w">
          <FormId />
          {hidden}
          <input type="hidden" name="thread" value={thread.id} />
          <input type="hidden" name="resolved" value={thread.resolved ? "false" : "true"} />
          <SubmitButton secondary>{thread.resolved ? "Rouvrir la question" : "Marquer la question « résolue »"}</SubmitButton>
        </form>
      )}
      <ol className="fr-raw-list" data-testid="messages">
        {messages.map((message) => (
          <li key={message.id} id={`message-${numericId(message.id)}`} className="fr-mb-4w fr-p-2w" style={{ borderLeft: "4px solid var(--border-default-grey)" }} data-testid="message">
            <p className="fr-text--sm fr-mb-1v">
              <strong>{message.author.name}</strong>
              {authorOf(message.author)} — le {formatDate(message.createdAt)}
              {message.editedAt ? " · modifié" : ""}
            </p>
            {message.inReplyTo && (
              <blockquote className="fr-text--sm fr-mb-1v fr-pl-2w" style={{ borderLeft: "2px solid var(--border-default-blue-france)" }} data-testid="quoted">
                En réponse à{" "}
                <a href={`#message-${numericId(message.inReplyTo.id)}`}>
                  {message.inReplyTo.author.name}
                  {message.inReplyTo.author.localAuthority ? ` (${message.inReplyTo.author.localAuthority.name})` : ""}
                </a>{" "}
                : {message.inReplyTo.body === null || message.inReplyTo.hidden ? <em>message masqué par la modération</em> : `« ${excerpt(message.inReplyTo.body)} »`}
              </blockquote>
            )}
            {message.hidden && <p className="fr-text--sm"><em>Message masqué par la modération{message.hiddenReason ? ` : ${message.hiddenReason}` : "."}</em></p>}
            {message.body !== null && <p style={{ whiteSpace: "pre-wrap" }}>{message.body}</p>}
            {message.attachments.length > 0 && (
              <ul aria-label="Pièces jointes" data-testid="attachments">
                {message.attachments.map((attachment) => (
                  <li key={attachment.id}>
                    <a className="fr-link fr-link--download" download href={`${exchange}pieces-jointes/${numericId(attachment.id)}/${encodeURIComponent(attachment.name)}`}>
                      {attachment.title}
                      <span className="fr-link__detail">
                        {attachment.name.split(".").pop()?.toUpperCase()} – {fileSize(attachment.size)}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {thread.viewerCanReply && !message.hidden && (
              <p className="fr-text--sm fr-mb-1v">
                <Link href={`${path}?repondre=${numericId(message.id)}#repondre`}>Répondre à ce message</Link>
              </p>
            )}
            {message.viewerCanEdit && (
              <details>
                <summary>Modifier mon message</summary>
                <form action={editCommunityMessage}>
                  <FormId />
                  {hidden}
                  <input type="hidden" name="message" value={message.id} />
                  <Input label="Nouveau texte" textArea nativeTextAreaProps={{ name: "body", rows: 4, defaultValue: message.body ?? "" }} />
                  <SubmitButton secondary>Enregistrer</SubmitButton>
                </form>
              </details>
            )}
            {!message.hidden && (
              <details>
                <summary>Signaler ce message</summary>
                <form action={reportCommunityMessage}>
                  <FormId />
                  {hidden}
                  <input type="hidden" name="message" value={message.id} />
                  <Input label="Motif du signalement" nativeInputProps={{ name: "reason", required: true, maxLength: 1000 }} />
                  <SubmitButton secondary>Signaler</SubmitButton>
                </form>
              </details>
            )}
            {standing?.moderates && (
              <details>
                <summary>{message.hidden ? "Rétablir ce message" : "Masquer ce message"}</summary>
                <form action={moderateCommunityMessage}>
                  <FormId />
                  {hidden}
                  <input type="hidden" name="message" value={message.id} />
                  <input type="hidden" name="action" value={message.hidden ? "restore" : "hide"} />
                  <Input label="Motif (consigné au journal d'audit)" nativeInputProps={{ name: "reason", required: true, maxLength: 1000 }} />
                  <SubmitButton secondary>{message.hidden ? "Rétablir" : "Masquer"}</SubmitButton>
                </form>
              </details>
            )}
          </li>
        ))}
      </ol>
      {thread.messages.pageInfo.hasNextPage && (
        <p>
          <Link href={`${path}?apres=${encodeURIComponent(thread.messages.pageInfo.endCursor ?? "")}`}>Messages suivants</Link>
        </p>
      )}
      {thread.viewerCanReply ? (
        <section aria-labelledby="repondre">
          <h2 id="repondre">Répondre</h2>
          <FlashNotice flash={flash} form={FORM} fieldIds={{ body: "reply-body", attachments: "reply-attachments" }} />
          <form action={replyToCommunityThread}>
            <FormId />
            {hidden}
            <input type="hidden" name="thread" value={thread.id} />
            {answered?.hidden ? (
              <p className="fr-mb-2w fr-text--sm" data-testid="answering">
                Le message auquel vous répondiez a été masqué par la modération : votre réponse ira au fil.
              </p>
            ) : answering && (
              <>
                <input type="hidden" name="replyTo" value={answering} />
                <div className="fr-mb-2w fr-text--sm" data-testid="answering">
                  {answered ? (
                    <>
                      Vous répondez à <a href={`#message-${numericId(answered.id)}`}>{answered.author.name}{authorOf(answered.author)}</a>
                      {answered.body !== null ? ` : « ${excerpt(answered.body)} »` : ""}
                    </>
                  ) : (
                    "Vous répondez à un message de ce fil."
                  )}{" "}
                  <Link href={`${path}#repondre`}>Répondre au fil plutôt</Link>
                </div>
              </>
            )}
            <Input
              label="Votre réponse"
              hintText="Texte simple. Citez une collectivité ou une personne du projet avec @Nom ou @[Nom en plusieurs mots]."
              textArea
              nativeTextAreaProps={{ id: "reply-body", name: "body", rows: 5, required: true, defaultValue: fieldValue(flash, FORM, "body") }}
              {...fieldState(flash, FORM, "body")}
            />
            <Upload
              label="Pièces jointes (facultatif)"
              hint={ATTACHMENT_HINT}
              multiple
              nativeInputProps={{ id: "reply-attachments", name: "attachments", accept: ATTACHMENT_ACCEPT }}
              {...fieldState(flash, FORM, "attachments")}
            />
            {standing && standing.localAuthorities.length > 1 && (
              <select className="fr-select fr-mb-2w" name="localAuthority" aria-label="Au nom de">
                {standing.localAuthorities.map((authority) => (
                  <option key={authority.id} value={authority.id}>
                    {authority.name}
                  </option>
                ))}
              </select>
            )}
            <SubmitButton>Publier ma réponse</SubmitButton>
          </form>
        </section>
      ) : (
        <p>Votre collectivité suit ce fil en observatrice : seules les parties prenantes, l&apos;équipe d&apos;experts et l&apos;ANCT y répondent.</p>
      )}
    </>
  );
}
