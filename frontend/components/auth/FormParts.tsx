"use client";

import { useEffect, useRef } from "react";
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
