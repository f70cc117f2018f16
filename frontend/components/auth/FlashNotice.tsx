import { Alert } from "@codegouvfr/react-dsfr/Alert";

import { ErrorSummary } from "@/components/auth/FormParts";
import type { Flash } from "@/lib/auth/flash";

/** The outcome of the form `form`, shown next to it. */
export function FlashNotice({ flash, form, fieldIds = {} }: { flash: Flash | null; form: string; fieldIds?: Record<string, string> }) {
  if (!flash || flash.form !== form) return null;
  if (flash.severity === "error") return <ErrorSummary title={flash.title} message={flash.message} errors={flash.errors} fieldIds={fieldIds} />;
  return (
    <div id="avis" tabIndex={-1} className="fr-mb-3w">
      <Alert severity={flash.severity} title={flash.title} description={flash.message} as="h3" small={false} />
    </div>
  );
}

export function fieldError(flash: Flash | null, form: string, field: string): string | undefined {
  if (!flash || flash.form !== form) return undefined;
  return flash.errors.find((error) => error.field === field)?.message;
}

/** The DSFR field state of `field`: in error with its message, or plain. */
export function fieldState(flash: Flash | null, form: string, field: string): { state: "error" | "default"; stateRelatedMessage?: string } {
  const message = fieldError(flash, form, field);
  return message ? { state: "error", stateRelatedMessage: message } : { state: "default" };
}

export function fieldValue(flash: Flash | null, form: string, field: string, fallback = ""): string {
  if (!flash || flash.form !== form) return fallback;
  return flash.values[field] ?? fallback;
}
