// The outcome of a form, carried across the 303 that follows every POST (encrypted cookie, one
// minute, shown only on the URL that carries its id): notice, errors by field, and what the agent
// typed, so that nothing is lost when the CMS refuses. No Next.js import (vitest).
import { seal, unseal } from "@/lib/auth/seal";

export const FLASH_COOKIE = "te_avis";
export const FLASH_MAX_AGE = 60;
const PURPOSE = "flash";
/** Past this, the typed values are not kept in the cookie (browsers refuse cookies over ~4 kB). */
const MAX_VALUES_LENGTH = 2500;

export type FieldError = { field: string; message: string };
export type Flash = {
  id: string;
  form: string;
  severity: "success" | "error" | "info";
  title: string;
  message: string;
  errors: FieldError[];
  values: Record<string, string>;
};

export async function sealFlash(flash: Flash, secret: string): Promise<string> {
  const size = Object.values(flash.values).reduce((total, value) => total + value.length, 0);
  return seal({ ...flash, values: size > MAX_VALUES_LENGTH ? {} : flash.values }, secret, PURPOSE, FLASH_MAX_AGE);
}

export async function openFlash(value: string | undefined, secret: string, id: string | undefined): Promise<Flash | null> {
  if (!id) return null;
  const payload = await unseal<Flash & Record<string, unknown>>(value, secret, PURPOSE);
  if (!payload || payload.id !== id) return null;
  return {
    id: payload.id,
    form: String(payload.form ?? ""),
    severity: payload.severity === "success" || payload.severity === "info" ? payload.severity : "error",
    title: String(payload.title ?? ""),
    message: String(payload.message ?? ""),
    errors: Array.isArray(payload.errors) ? payload.errors : [],
    values: payload.values && typeof payload.values === "object" ? payload.values : {},
  };
}
