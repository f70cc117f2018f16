"use client";

import { useEffect, useRef, useTransition } from "react";
import { useFormStatus } from "react-dom";
import { fr } from "@codegouvfr/react-dsfr";

import type { FieldError } from "@/lib/auth/flash";

/** Disabled while the form is on its way: a double click sends one request (the server also dedupes). */
export function SubmitButton({ children, secondary = false }: { children: React.ReactNode; secondary?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={fr.cx("fr-btn", secondary && "fr-btn--secondary")} disabled={pending} aria-disabled={pending}>
      {children}
    </button>
  );
}

/**
 * The list of errors at the top of a refused form, focused when it appears (RGAA 11.10): each
 * links to its field. `fieldIds` maps the CMS's field names to the inputs' ids.
 */
export function ErrorSummary({
  title,
  message,
  errors,
  fieldIds,
}: {
  title: string;
  message: string;
  errors: FieldError[];
  fieldIds: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} id="erreurs" tabIndex={-1} role="alert" className={fr.cx("fr-alert", "fr-alert--error", "fr-mb-3w")}>
      <h3 className="fr-alert__title">{title}</h3>
      <p>{message}</p>
      {errors.length > 0 && (
        <ul>
          {errors.map((error) => (
            <li key={`${error.field}-${error.message}`}>
              {fieldIds[error.field] ? <a href={`#${fieldIds[error.field]}`}>{error.message}</a> : error.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The field a form sent by script adds: the server then knows the chosen files are still there. */
export const SENT_BY_SCRIPT = "envoiScript";

/** The files of the last form sent by script, by form name, until its page shows the outcome. */
const keptFiles = new Map<string, Map<string, File[]>>();

/**
 * A « Mon espace » form sent by script when it can be: the server action runs as for a plain post,
 * and the files the agent chose (which a browser never refills, and which the page's new render
 * would drop) are put back in their inputs when the CMS refuses a field; the texts come back from
 * the notice, the errors show in place. After a success (`successId`, the notice's id) the form is
 * empty. Without JavaScript the browser posts it to the same server action, which then asks for
 * the files again.
 */
export function KeepFilesForm({
  action,
  name,
  successId,
  children,
}: {
  action: (form: FormData) => Promise<void>;
  name: string;
  successId?: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLFormElement>(null);
  const [, startTransition] = useTransition();
  useEffect(() => {
    const files = keptFiles.get(name);
    keptFiles.delete(name);
    if (successId) {
      ref.current?.reset();
      return;
    }
    if (!files) return;
    for (const input of ref.current?.querySelectorAll<HTMLInputElement>("input[type=file]") ?? []) {
      const chosen = files.get(input.name);
      if (!chosen?.length) continue;
      const transfer = new DataTransfer();
      for (const file of chosen) transfer.items.add(file);
      input.files = transfer.files;
    }
  }, [name, successId]);
  return (
    <form
      ref={ref}
      action={action}
      onSubmit={(event) => {
        // Prevented with a transition started: React shows the form as pending (useFormStatus)
        // without resetting its inputs, which a form action would do.
        event.preventDefault();
        const form = event.currentTarget;
        const files = new Map<string, File[]>();
        for (const input of form.querySelectorAll<HTMLInputElement>("input[type=file]")) if (input.files?.length) files.set(input.name, [...input.files]);
        keptFiles.set(name, files);
        const data = new FormData(form);
        data.set(SENT_BY_SCRIPT, "1");
        startTransition(async () => {
          await action(data);
        });
      }}
    >
      {children}
    </form>
  );
}
