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

/**
 * A « Mon espace » form sent by script when it can be: the server action runs as for a plain post,
 * but the page stays mounted, so every input (files included, which a browser never refills) keeps
 * what the agent chose when the CMS refuses a field, and the errors show in place. After a success
 * (`successId`, the notice's id, changes) the form is emptied. Without JavaScript the browser posts
 * it to the same server action, which then asks for the files again.
 */
export function KeepFilesForm({
  action,
  successId,
  children,
  id,
}: {
  action: (form: FormData) => Promise<void>;
  successId?: string;
  children: React.ReactNode;
  id?: string;
}) {
  const ref = useRef<HTMLFormElement>(null);
  const [, startTransition] = useTransition();
  useEffect(() => {
    if (successId) ref.current?.reset();
  }, [successId]);
  return (
    <form
      ref={ref}
      id={id}
      action={action}
      onSubmit={(event) => {
        // Prevented with a transition started: React shows the form as pending (useFormStatus)
        // without resetting its inputs, which a form action would do.
        event.preventDefault();
        const data = new FormData(event.currentTarget);
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
