// The short-lived state of one sign-in attempt (PKCE verifier, state, nonce), kept in an encrypted
// cookie between the redirect to the provider and its return. No Next.js import (vitest).
import * as oidc from "openid-client";

import { seal, unseal } from "@/lib/auth/seal";

export const LOGIN_COOKIE = "te_connexion";
/** Ten minutes to sign in at the provider. */
export const LOGIN_MAX_AGE = 600;
const PURPOSE = "login";

export type LoginTransaction = { state: string; nonce: string; codeVerifier: string; returnTo: string };

export async function newLoginTransaction(returnTo?: string | null): Promise<LoginTransaction> {
  return {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
    returnTo: safeReturnTo(returnTo),
  };
}

/** Only a path of this site, never another origin (open redirect). */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/mon-espace/";
  return value;
}

export function sealLogin(transaction: LoginTransaction, secret: string): Promise<string> {
  return seal({ ...transaction }, secret, PURPOSE, LOGIN_MAX_AGE);
}

export async function openLogin(value: string | undefined, secret: string): Promise<LoginTransaction | null> {
  const payload = await unseal<LoginTransaction & Record<string, unknown>>(value, secret, PURPOSE);
  if (!payload || typeof payload.state !== "string" || typeof payload.nonce !== "string" || typeof payload.codeVerifier !== "string") {
    return null;
  }
  return { state: payload.state, nonce: payload.nonce, codeVerifier: payload.codeVerifier, returnTo: safeReturnTo(payload.returnTo) };
}

/** The `state` the provider sent back must be the one of this browser's attempt. */
export function stateMatches(transaction: LoginTransaction | null, returned: string | null): transaction is LoginTransaction {
  return Boolean(transaction && returned && transaction.state === returned);
}
