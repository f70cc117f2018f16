import { randomUUID } from "node:crypto";

import { cookies } from "next/headers";

import { SECURE_COOKIES, SESSION_SECRET } from "@/lib/auth/config";
import { takeLogin, saveSession } from "@/lib/auth/cookies";
import { FLASH_COOKIE, FLASH_MAX_AGE, sealFlash } from "@/lib/auth/flash";
import { stateMatches } from "@/lib/auth/login";
import { completeSignIn, ProviderUnavailableError } from "@/lib/auth/oidc";
import { SignInWithProConnectDocument } from "@/gql/graphql";
import { sessionMaxAge } from "@/lib/auth/session";
import { cmsAgentQuery } from "@/lib/cmsAgent";
import { SITE_URL } from "@/lib/config";

export const dynamic = "force-dynamic";

/**
 * The provider's return: the state must be this browser's (the sign-in cookie is read once), the
 * code is exchanged with the PKCE verifier, the ID token and its nonce checked; then the CMS
 * verifies the ID token again and issues its own short-lived token, kept in the session cookie.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const transaction = await takeLogin();
  if (url.searchParams.get("error")) return back(url.searchParams.get("error") === "access_denied" ? "refusee" : "fournisseur");
  if (!stateMatches(transaction, url.searchParams.get("state"))) return back("etat");
  // The provider redirected to REDIRECT_URI; behind a proxy request.url may have another origin.
  const currentUrl = new URL(`${SITE_URL}/api/auth/callback/${url.search}`);
  let identity;
  try {
    identity = await completeSignIn(currentUrl, transaction);
  } catch (error) {
    if (error instanceof ProviderUnavailableError) return back("fournisseur-indisponible");
    console.warn("[connexion] réponse du fournisseur refusée :", error instanceof Error ? error.message : error);
    return back("jeton");
  }
  let result;
  try {
    result = (await cmsAgentQuery(SignInWithProConnectDocument, { idToken: identity.idToken, userinfo: identity.userinfo }, null)).signInWithProConnect;
  } catch (error) {
    console.error("[connexion] le CMS a refusé ou n'a pas répondu :", error instanceof Error ? error.message : error);
    return back("cms");
  }
  if (!result?.token) {
    console.warn("[connexion] refus du CMS :", result?.errors.map((e) => e.code).join(", "));
    return back("cms");
  }
  const name = [result.me?.firstName, result.me?.lastName].filter(Boolean).join(" ") || identity.name;
  const maxAge = sessionMaxAge(result.expiresAt);
  await saveSession({ token: result.token, idToken: identity.idToken, name, email: identity.email }, maxAge);
  let location = `${SITE_URL}${transaction.returnTo}`;
  if (result.notices.length && transaction.returnTo.startsWith("/mon-espace/")) {
    // E.g. a SIRET that matches no collectivité: the CMS asked the ANCT, the agent reads why.
    const id = randomUUID();
    const flash = { id, form: "connexion", severity: "info" as const, title: "Bienvenue", message: result.notices.join(" "), errors: [], values: {} };
    (await cookies()).set(FLASH_COOKIE, await sealFlash(flash, SESSION_SECRET), {
      httpOnly: true,
      secure: SECURE_COOKIES,
      sameSite: "lax",
      path: "/mon-espace/",
      maxAge: FLASH_MAX_AGE,
    });
    location += `${location.includes("?") ? "&" : "?"}avis=${id}`;
  }
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

function back(code: string): Response {
  return new Response(null, { status: 303, headers: { Location: `${SITE_URL}/connexion/?erreur=${code}`, "Cache-Control": "no-store" } });
}
