// The agent's session: the CMS's token and what the header shows, in one encrypted httpOnly cookie.
// No Next.js import (vitest); lib/auth/cookies.ts reads and writes it.
import { seal, unseal } from "@/lib/auth/seal";

export const SESSION_COOKIE = "te_session";
const PURPOSE = "session";
/** At most 12 hours, and never longer than the CMS's token. */
export const SESSION_MAX_AGE = 12 * 3600;

export type Session = {
  /** The CMS's short-lived token (Authorization: Bearer), never sent to the browser in clear. */
  token: string;
  /** For RP-initiated logout at the provider (id_token_hint). */
  idToken: string;
  name: string;
  email: string;
};

export function sessionMaxAge(expiresAt: string | null | undefined, now = Date.now()): number {
  const until = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  if (Number.isNaN(until)) return SESSION_MAX_AGE;
  return Math.max(0, Math.min(SESSION_MAX_AGE, Math.floor((until - now) / 1000)));
}

export function sealSession(session: Session, secret: string, maxAgeSeconds = SESSION_MAX_AGE): Promise<string> {
  return seal({ ...session }, secret, PURPOSE, maxAgeSeconds);
}

export async function openSession(value: string | undefined, secret: string): Promise<Session | null> {
  const payload = await unseal<Session & Record<string, unknown>>(value, secret, PURPOSE);
  if (!payload || typeof payload.token !== "string" || !payload.token) return null;
  return {
    token: payload.token,
    idToken: typeof payload.idToken === "string" ? payload.idToken : "",
    name: typeof payload.name === "string" ? payload.name : "",
    email: typeof payload.email === "string" ? payload.email : "",
  };
}
