import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";

import { updateSubmission } from "@/app/mon-espace/actions";
import { fieldState, fieldValue, FlashNotice } from "@/components/auth/FlashNotice";
import { KeepFilesForm, SubmitButton } from "@/components/auth/FormParts";
import { AttachedFiles, FileFields, fileFieldIds, FormId, RESOURCE_TYPES } from "@/components/auth/AgentForms";
import { EditSubmissionDocument } from "@/gql/graphql";
import { agentPage } from "@/lib/auth/agentPage";
import { changeReasonLabel, SUBMISSION_STATUS_LABELS } from "@/lib/auth/labels";
import { AgentTokenRefusedError, cmsAgentQuery } from "@/lib/cmsAgent";

export const metadata: Metadata = { title: "Modifier ma contribution", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FORM = "modification";

export default async function EditSubmissionPage({ params, searchParams }: Props) {
  const id = decodeURIComponent((await params).id);
  const path = `/mon-espace/contributions/${encodeURIComponent(id)}/`;
  const { session, flash } = await agentPage(path, (await searchParams).avis);
  let node;
  try {
    node = (await cmsAgentQuery(EditSubmissionDocument, { id }, session.token)).node;
  } catch (error) {
    if (error instanceof AgentTokenRefusedError) redirect(`/connexion/?erreur=session-expiree&retour=${encodeURIComponent(path)}`);
    throw error;
  }
  const submission = node && "latestRevisionId" in node ? node : null;
  if (!submission) notFound();
  const isResource = submission.contentType === "ResourcePage";
  const status = SUBMISSION_STATUS_LABELS[submission.status]?.label ?? submission.status;
  const sentBack = submission.changesRequested;
  const conflict = flash?.form === FORM && flash.title.startsWith("Une autre version");
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
              Modifier ma contribution
            </a>
          </li>
        </ol>
      </nav>
      <h1>Modifier « {submission.title} »</h1>
      <p>État : {status}.</p>
      {sentBack && submission.status === "CHANGES_REQUESTED" && (
        <div className="fr-callout fr-mb-4w">
          <h2 className="fr-callout__title">Ce que demande la modération</h2>
          {sentBack.reasons.length > 0 && (
            <ul>
              {sentBack.reasons.map((reason) => (
                <li key={reason}>{changeReasonLabel(reason)}</li>
              ))}
            </ul>
          )}
          {sentBack.comment && <p className="fr-callout__text">« {sentBack.comment} »</p>}
        </div>
      )}
      <FlashNotice flash={flash} form={FORM} fieldIds={{ title: "edit-title", summary: "edit-summary", body: "edit-body", ...fileFieldIds(FORM) }} />
      {conflict && (
        <p>
          <Link href={path}>Recharger la dernière version</Link> (votre saisie ci-dessous serait alors perdue : copiez-la d&apos;abord), ou
          renvoyez votre texte tel quel pour remplacer l&apos;autre version.
        </p>
      )}
      <KeepFilesForm action={updateSubmission} name={FORM} successId={flash?.form === FORM && flash.severity === "success" ? flash.id : undefined}>
        <FormId />
        <input type="hidden" name="submission" value={submission.id} />
        <input type="hidden" name="baseRevisionId" value={submission.latestRevisionId ?? ""} />
        <p className="fr-hint-text">Le formulaire reprend la dernière version envoyée ; les fichiers déjà joints sont gardés.</p>
        <Input
          label="Titre"
          nativeInputProps={{ id: "edit-title", name: "title", maxLength: 255, defaultValue: fieldValue(flash, FORM, "title", submission.title) }}
          {...fieldState(flash, FORM, "title")}
        />
        <Input
          label="Résumé"
          textArea
          nativeTextAreaProps={{ id: "edit-summary", name: "summary", maxLength: 800, rows: 3, defaultValue: fieldValue(flash, FORM, "summary", submission.summary ?? "") }}
          {...fieldState(flash, FORM, "summary")}
        />
        <Input
          label="Récit"
          textArea
          nativeTextAreaProps={{ id: "edit-body", name: "body", rows: 8, defaultValue: fieldValue(flash, FORM, "body", submission.body ?? "") }}
          {...fieldState(flash, FORM, "body")}
        />
        {submission.participationLevel != null && (
          <Select
            label="Niveau de participation (échelle d'Arnstein)"
            nativeSelectProps={{ id: "edit-participationLevel", name: "participationLevel", defaultValue: fieldValue(flash, FORM, "participationLevel", String(submission.participationLevel)) }}
            {...fieldState(flash, FORM, "participationLevel")}
          >
            {[1, 2, 3, 4, 5, 6, 7, 8].map((level) => (
              <option key={level} value={level}>
                Niveau {level}
              </option>
            ))}
          </Select>
        )}
        {isResource && (
          <>
            <Select
              label="Type de ressource"
              nativeSelectProps={{ id: "edit-resourceType", name: "resourceType", defaultValue: fieldValue(flash, FORM, "resourceType", submission.resourceType ?? "") }}
              {...fieldState(flash, FORM, "resourceType")}
            >
              {RESOURCE_TYPES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
            <Input
              label="Lien vers la ressource"
              nativeInputProps={{ id: "edit-externalUrl", name: "externalUrl", type: "url", defaultValue: fieldValue(flash, FORM, "externalUrl", submission.externalUrl ?? "") }}
              {...fieldState(flash, FORM, "externalUrl")}
            />
            <Input
              label="Organisme auteur"
              nativeInputProps={{ id: "edit-organisation", name: "organisation", defaultValue: fieldValue(flash, FORM, "organisation", submission.resourceOrganisation ?? "") }}
            />
            <Input label="Auteurs" nativeInputProps={{ id: "edit-authors", name: "authors", defaultValue: fieldValue(flash, FORM, "authors", submission.authors ?? "") }} />
          </>
        )}
        <AttachedFiles files={submission.files} form={FORM} />
        <FileFields flash={flash} form={FORM} document={isResource} documents={!isResource} gallery={!isResource} />
        <SubmitButton>Enregistrer et renvoyer en relecture</SubmitButton>
      </KeepFilesForm>
    </>
  );
}
