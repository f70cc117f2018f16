// Typed refusals of the CMS → what the agent reads. The CMS's messages are already French; a few
// codes get a sentence that says what to do next.
import type { FieldError } from "@/lib/auth/flash";

export type MutationError = {
  field?: string | null;
  code: string;
  message: string;
};

const BY_CODE: Record<string, string> = {
  FORBIDDEN: "Votre rattachement à cette collectivité n'est pas (encore) approuvé : vous pouvez consulter, pas agir.",
  CAMPAIGN_CLOSED: "Aucune campagne de vote n'est ouverte en ce moment.",
};

/** The form's input for a CMS field: a file's path (`documents.1.file`) names its file input. */
export function formField(field: string): string {
  const file = /^(image|images|document|documents)(\.\d+)?\.file$/.exec(field);
  return file?.[1] ?? field;
}

export function describeErrors(errors: MutationError[]): {
  message: string;
  fields: FieldError[];
} {
  const fields = errors
    .filter((error) => error.field)
    .map((error) => ({
      field: formField(error.field as string),
      message: error.message,
    }));
  const general = errors.filter((error) => !error.field).map((error) => BY_CODE[error.code] ?? error.message);
  const message = general.length ? general.join(" ") : "Corrigez les champs signalés ci-dessous.";
  return { message, fields };
}

/** A conflict on updateSubmission: someone saved another version meanwhile. */
export function isConflict(errors: MutationError[]): boolean {
  return errors.some((error) => error.code === "CONFLICT" || error.code === "REVISION_CONFLICT");
}

/** Dedupe of form submissions: each form carries a random id; the second POST of one id does nothing. */
export class HandledForms {
  private seen = new Map<string, number>();
  constructor(
    private readonly ttlMs = 3600_000,
    private readonly max = 5000,
  ) {}
  /** True the first time an id is claimed (synchronously: two concurrent POSTs cannot both win). */
  claim(id: string, now = Date.now()): boolean {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(id)) return false;
    const at = this.seen.get(id);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.set(id, now);
    if (this.seen.size > this.max) this.seen.delete(this.seen.keys().next().value as string);
    return true;
  }
  release(id: string) {
    this.seen.delete(id);
  }
}
