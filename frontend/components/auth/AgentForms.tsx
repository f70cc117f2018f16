// The pieces of « Mon espace » forms: the form's id (the CMS's idempotency key), the collectivité
// chooser, the file inputs, the resource and action-plan forms. Server components: the forms post
// to server actions and work without JavaScript.
import { randomUUID } from "node:crypto";

import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Upload } from "@codegouvfr/react-dsfr/Upload";

import { fieldState, fieldValue, FlashNotice } from "@/components/auth/FlashNotice";
import { KeepFilesForm, SubmitButton } from "@/components/auth/FormParts";
import type { Flash } from "@/lib/auth/flash";

export type Authority = { id: string; name: string };

export const IMAGE_HINT = "JPEG, PNG ou WebP ; 10 Mo et 40 millions de pixels au plus.";
export const DOCUMENT_HINT = "PDF, ODT, ODS, DOCX, XLSX ou CSV ; 10 Mo au plus par fichier.";

export const RESOURCE_TYPES: [string, string][] = [
  ["study", "Étude"],
  ["guide", "Guide"],
  ["tool", "Outil"],
  ["article", "Article"],
  ["video", "Vidéo"],
];

/** A random id per rendered form: the server dedupes on it, and the CMS takes it as idempotency key. */
export function FormId() {
  return <input type="hidden" name="formId" value={randomUUID().replaceAll("-", "")} />;
}

/** The collectivité chooser of a form: hidden when the agent acts for one only. */
export function AuthorityField({ authorities, flash, form }: { authorities: Authority[]; flash: Flash | null; form: string }) {
  if (authorities.length <= 1) return authorities[0] ? <input type="hidden" name="localAuthority" value={authorities[0].id} /> : null;
  return (
    <Select
      label="Au nom de"
      nativeSelectProps={{
        name: "localAuthority",
        id: `${form}-localAuthority`,
        defaultValue: fieldValue(flash, form, "localAuthority"),
      }}
      {...fieldState(flash, form, "localAuthority")}
    >
      {authorities.map((authority) => (
        <option key={authority.id} value={authority.id}>
          {authority.name}
        </option>
      ))}
    </Select>
  );
}

/** The ids of a form's file inputs, for its error summary's links. */
export function fileFieldIds(form: string): Record<string, string> {
  return {
    image: `${form}-image`,
    images: `${form}-images`,
    documents: `${form}-documents`,
    document: `${form}-document`,
  };
}

const DOCUMENT_TYPES = ".pdf,.odt,.ods,.docx,.xlsx,.csv";
const IMAGE_TYPES = "image/jpeg,image/png,image/webp";

/** One file input of a form, named as the CMS's field: its refused file's French message sits under it. */
function FileInput({ flash, form, name, label, hint, accept, multiple = false }: { flash: Flash | null; form: string; name: string; label: string; hint: string; accept: string; multiple?: boolean }) {
  return <Upload label={label} hint={hint} multiple={multiple} nativeInputProps={{ id: `${form}-${name}`, name, accept }} {...fieldState(flash, form, name)} />;
}

/** Main image (with its alternative text), the gallery, documents, or the resource's own file. */
export function FileFields({
  flash,
  form,
  image = true,
  gallery = false,
  documents = true,
  document = false,
}: {
  flash: Flash | null;
  form: string;
  image?: boolean;
  gallery?: boolean;
  documents?: boolean;
  document?: boolean;
}) {
  return (
    <>
      {document && <FileInput flash={flash} form={form} name="document" label="Fichier de la ressource" hint={`${DOCUMENT_HINT} Facultatif si vous donnez un lien.`} accept={DOCUMENT_TYPES} />}
      {image && (
        <>
          <FileInput flash={flash} form={form} name="image" label="Image principale" hint={IMAGE_HINT} accept={IMAGE_TYPES} />
          <Input
            label="Texte alternatif de l'image"
            hintText="Ce que montre l'image, pour qui ne la voit pas ; laissez vide si elle est décorative."
            nativeInputProps={{
              id: `${form}-imageAlt`,
              name: "imageAlt",
              maxLength: 250,
              defaultValue: fieldValue(flash, form, "imageAlt"),
            }}
          />
        </>
      )}
      {gallery && (
        <>
          <FileInput flash={flash} form={form} name="images" label="Galerie d'images" hint={`${IMAGE_HINT} Plusieurs images possibles, montrées à la suite du récit.`} accept={IMAGE_TYPES} multiple />
          <Input
            label="Textes alternatifs de la galerie"
            hintText="Une ligne par image, dans l'ordre des fichiers choisis ; une ligne vide pour une image décorative."
            textArea
            nativeTextAreaProps={{
              id: `${form}-imagesAlt`,
              name: "imagesAlt",
              rows: 3,
              defaultValue: fieldValue(flash, form, "imagesAlt"),
            }}
          />
        </>
      )}
      {documents && <FileInput flash={flash} form={form} name="documents" label="Documents à joindre" hint={`${DOCUMENT_HINT} Plusieurs fichiers possibles.`} accept={DOCUMENT_TYPES} multiple />}
    </>
  );
}

export type AttachedFile = { id: string; kind: string; place: string; title: string; fileName: string };

/** The files already on a submission, each with a « Retirer » box (the CMS's `removeFileIds`). */
export function AttachedFiles({ files, form }: { files: AttachedFile[]; form: string }) {
  if (!files.length) return null;
  return (
    <fieldset className="fr-fieldset" aria-labelledby={`${form}-files-legend`}>
      <legend className="fr-fieldset__legend fr-text--regular" id={`${form}-files-legend`}>
        Fichiers déjà joints (cochez « Retirer » pour enlever un fichier de la contribution) :
      </legend>
      {files.map((file, index) => {
        const kind = file.kind === "IMAGE" ? "Image" : "Document";
        const place = file.place === "MAIN" ? (file.kind === "IMAGE" ? " — image principale" : " — fichier de la ressource") : "";
        return (
          <div key={file.id} className="fr-fieldset__element">
            <p className="fr-mb-1v">
              {kind} « {file.title} » ({file.fileName}){place}
            </p>
            <div className="fr-checkbox-group fr-checkbox-group--sm">
              <input type="checkbox" id={`${form}-remove-${index}`} name="removeFileIds" value={file.id} />
              <label className="fr-label" htmlFor={`${form}-remove-${index}`}>
                Retirer<span className="fr-sr-only"> : {kind.toLowerCase()} « {file.title} » ({file.fileName})</span>
              </label>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Share a resource (study, guide, tool…): a file or a link, with its summary. */
export function ResourceForm({ action, authorities, flash }: { action: (form: FormData) => Promise<void>; authorities: Authority[]; flash: Flash | null }) {
  const form = "ressource";
  return (
    <>
      <FlashNotice
        flash={flash}
        form={form}
        fieldIds={{
          title: "ressource-title",
          summary: "ressource-summary",
          resourceType: "ressource-resourceType",
          externalUrl: "ressource-externalUrl",
          ...fileFieldIds(form),
        }}
      />
      <KeepFilesForm action={action} name={form} successId={flash?.form === form && flash.severity === "success" ? flash.id : undefined}>
        <FormId />
        <AuthorityField authorities={authorities} flash={flash} form={form} />
        <Input
          label="Titre de la ressource"
          nativeInputProps={{
            id: "ressource-title",
            name: "title",
            required: true,
            maxLength: 255,
            defaultValue: fieldValue(flash, form, "title"),
          }}
          {...fieldState(flash, form, "title")}
        />
        <Select
          label="Type de ressource"
          nativeSelectProps={{
            id: "ressource-resourceType",
            name: "resourceType",
            required: true,
            defaultValue: fieldValue(flash, form, "resourceType"),
          }}
          {...fieldState(flash, form, "resourceType")}
        >
          <option value="">Choisir un type</option>
          {RESOURCE_TYPES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Input
          label="Résumé"
          hintText="800 caractères au plus."
          textArea
          nativeTextAreaProps={{
            id: "ressource-summary",
            name: "summary",
            required: true,
            maxLength: 800,
            rows: 3,
            defaultValue: fieldValue(flash, form, "summary"),
          }}
          {...fieldState(flash, form, "summary")}
        />
        <Input
          label="Lien vers la ressource"
          hintText="Adresse complète, ex. https://www.exemple.fr/guide ; facultatif si vous joignez le fichier."
          nativeInputProps={{
            id: "ressource-externalUrl",
            name: "externalUrl",
            type: "url",
            defaultValue: fieldValue(flash, form, "externalUrl"),
          }}
          {...fieldState(flash, form, "externalUrl")}
        />
        <FileFields flash={flash} form={form} document documents={false} />
        <Input
          label="Organisme auteur"
          nativeInputProps={{
            id: "ressource-organisation",
            name: "organisation",
            maxLength: 200,
            defaultValue: fieldValue(flash, form, "organisation"),
          }}
          {...fieldState(flash, form, "organisation")}
        />
        <Input
          label="Auteurs"
          nativeInputProps={{
            id: "ressource-authors",
            name: "authors",
            maxLength: 300,
            defaultValue: fieldValue(flash, form, "authors"),
          }}
          {...fieldState(flash, form, "authors")}
        />
        <SubmitButton>Envoyer la ressource en relecture</SubmitButton>
      </KeepFilesForm>
    </>
  );
}

type Project = { id: string; title: string };

/** A participant collectivité's action plan: it goes through validation, then adoption by its executive. */
export function ActionPlanForm({
  action,
  projects,
  authorities,
  flash,
}: {
  action: (form: FormData) => Promise<void>;
  projects: Project[];
  authorities: Authority[];
  flash: Flash | null;
}) {
  const form = "plan";
  return (
    <>
      <FlashNotice
        flash={flash}
        form={form}
        fieldIds={{
          title: "plan-title",
          summary: "plan-summary",
          objectives: "plan-objectives",
          localAuthority: `${form}-localAuthority`,
        }}
      />
      <form action={action}>
        <FormId />
        <AuthorityField authorities={authorities} flash={flash} form={form} />
        <Select
          label="Projet"
          nativeSelectProps={{
            id: "plan-project",
            name: "project",
            defaultValue: fieldValue(flash, form, "project"),
          }}
        >
          {projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.title}
            </option>
          ))}
        </Select>
        <Input
          label="Titre du plan"
          nativeInputProps={{
            id: "plan-title",
            name: "title",
            required: true,
            maxLength: 255,
            defaultValue: fieldValue(flash, form, "title"),
          }}
          {...fieldState(flash, form, "title")}
        />
        <Input
          label="Résumé"
          hintText="800 caractères au plus."
          textArea
          nativeTextAreaProps={{
            id: "plan-summary",
            name: "summary",
            required: true,
            maxLength: 800,
            rows: 3,
            defaultValue: fieldValue(flash, form, "summary"),
          }}
          {...fieldState(flash, form, "summary")}
        />
        <Input
          label="Objectifs"
          hintText="Séparez les paragraphes par une ligne vide."
          textArea
          nativeTextAreaProps={{
            id: "plan-objectives",
            name: "objectives",
            required: true,
            rows: 4,
            defaultValue: fieldValue(flash, form, "objectives"),
          }}
          {...fieldState(flash, form, "objectives")}
        />
        <Input
          label="Critères de réussite"
          textArea
          nativeTextAreaProps={{
            id: "plan-successCriteria",
            name: "successCriteria",
            rows: 3,
            defaultValue: fieldValue(flash, form, "successCriteria"),
          }}
        />
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">Actions (trois au plus ici ; complétez-les ensuite dans l&apos;administration)</legend>
          {[0, 1, 2].map((index) => (
            <div key={index} className="fr-fieldset__element">
              <Input
                label={`Action ${index + 1} : intitulé`}
                nativeInputProps={{
                  id: `plan-action-${index}-title`,
                  name: `action-${index}-title`,
                  defaultValue: fieldValue(flash, form, `action-${index}-title`),
                }}
              />
              <Input
                label={`Action ${index + 1} : porteur (service, élu ou partenaire)`}
                nativeInputProps={{
                  id: `plan-action-${index}-owner`,
                  name: `action-${index}-owner`,
                  defaultValue: fieldValue(flash, form, `action-${index}-owner`),
                }}
              />
            </div>
          ))}
        </fieldset>
        <SubmitButton>Envoyer le plan d&apos;action en validation</SubmitButton>
      </form>
    </>
  );
}
