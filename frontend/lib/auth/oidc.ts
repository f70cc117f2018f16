import "server-only";

import * as oidc from "openid-client";

import {
  POST_LOGOUT_REDIRECT_URI,
  PROCONNECT_CLIENT_ID,
  PROCONNECT_CLIENT_SECRET,
  PROCONNECT_ISSUER,
  PROCONNECT_SCOPES,
  REDIRECT_URI,
} from "@/lib/auth/config";
import type { LoginTransaction } from "@/lib/auth/login";

/** The provider could not be reached or answered nonsense: the site says so in French, never a 500. */
export class ProviderUnavailableError extends Error {
  constructor(cause: unknown) {
    super("Le service ProConnect ne répond pas.", { cause });
    this.name = "ProviderUnavailableError";
  }
}

let discovered: Promise<oidc.Configuration> | null = null;

/** The discovery document, fetched once per process (again after a failure). */
export function providerConfiguration(): Promise<oidc.Configuration> {
  if (!discovered) {
    const issuer = new URL(PROCONNECT_ISSUER);
    discovered = oidc
      .discovery(issuer, PROCONNECT_CLIENT_ID, PROCONNECT_CLIENT_SECRET, oidc.ClientSecretPost(PROCONNECT_CLIENT_SECRET), {
        // devidp runs on http://127.0.0.1; the real ProConnect is https only.
        execute: issuer.protocol === "http:" ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        discovered = null;
        throw new ProviderUnavailableError(error);
      });
  }
  return discovered;
}

export async function authorizationUrl(transaction: LoginTransaction): Promise<URL> {
  const config = await providerConfiguration();
  return oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: PROCONNECT_SCOPES,
    code_challenge: await oidc.calculatePKCECodeChallenge(transaction.codeVerifier),
    code_challenge_method: "S256",
    state: transaction.state,
    nonce: transaction.nonce,
    // ProConnect requires acr_values or claims to be set; eidas1 is its basic level.
    acr_values: "eidas1",
  });
}

export type ProviderIdentity = { idToken: string; userinfo: string | null; sub: string; email: string; name: string };

/**
 * ProConnect gives the e-mail and SIRET in its userinfo answer, signed (application/jwt): the CMS
 * checks that JWT itself (ADR 0015), so it is passed on untouched.
 */
async function signedUserinfo(config: oidc.Configuration, accessToken: string): Promise<string | null> {
  const endpoint = config.serverMetadata().userinfo_endpoint;
  if (!endpoint) return null;
  try {
    const response = await oidc.fetchProtectedResource(config, accessToken, new URL(endpoint), "GET");
    if (!response.ok || !(response.headers.get("content-type") ?? "").includes("application/jwt")) return null;
    return await response.text();
  } catch {
    return null;
  }
}

/** Exchanges the code (PKCE) and checks the ID token: signature, issuer, audience, expiry, nonce. */
export async function completeSignIn(currentUrl: URL, transaction: LoginTransaction): Promise<ProviderIdentity> {
  const config = await providerConfiguration();
  const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
    pkceCodeVerifier: transaction.codeVerifier,
    expectedState: transaction.state,
    expectedNonce: transaction.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!tokens.id_token || !claims) throw new Error("Jeton d'identité absent.");
  const given = typeof claims.given_name === "string" ? claims.given_name : "";
  const usual = typeof claims.usual_name === "string" ? claims.usual_name : "";
  return {
    idToken: tokens.id_token,
    userinfo: await signedUserinfo(config, tokens.access_token),
    sub: claims.sub,
    email: typeof claims.email === "string" ? claims.email : "",
    name: [given, usual].filter(Boolean).join(" "),
  };
}

/** RP-initiated logout: the provider ends its session, then sends the browser back to the site. */
export async function endSessionUrl(idToken: string, state: string): Promise<URL | null> {
  const config = await providerConfiguration();
  if (!config.serverMetadata().end_session_endpoint) return null;
  return oidc.buildEndSessionUrl(config, {
    id_token_hint: idToken,
    state,
    post_logout_redirect_uri: POST_LOGOUT_REDIRECT_URI,
  });
}
