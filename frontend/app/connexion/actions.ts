"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { ConsumeEmailSignInDocument, RequestEmailSignInDocument } from "@/gql/graphql";
import { saveSession } from "@/lib/auth/cookies";
import { sessionMaxAge } from "@/lib/auth/session";
import { cmsAgentQuery } from "@/lib/cmsAgent";

/** Asks the CMS to e-mail a sign-in link (ADR 0017); the page then says to read the inbox. */
export async function requestEmailLink(form: FormData): Promise<void> {
  const email = String(form.get("email") ?? "").slice(0, 300);
  let code = "";
  try {
    // The CMS limits requests per client: it sees the visitor's address, not the site server's,
    // when the site's address is in its TRUSTED_PROXIES (server.mjs appends the peer to this header).
    const forwardedFor = (await headers()).get("x-forwarded-for");
    const result = (await cmsAgentQuery(RequestEmailSignInDocument, { email }, null, {}, forwardedFor)).requestEmailSignIn;
    code = result.errors[0]?.code ?? "";
  } catch {
    code = "CMS";
  }
  redirect(code ? `/connexion/?courriel=${encodeURIComponent(code)}` : "/connexion/?courriel=envoye");
}

/**
 * Spends the link's token (a button, not the link itself: mail scanners that open links must not
 * spend it) and keeps the CMS's token in the same session cookie as a ProConnect sign-in.
 */
export async function consumeEmailLink(form: FormData): Promise<void> {
  const token = String(form.get("jeton") ?? "").slice(0, 500);
  let result;
  try {
    result = (await cmsAgentQuery(ConsumeEmailSignInDocument, { token }, null)).consumeEmailSignIn;
  } catch {
    redirect("/connexion/?courriel=CMS");
  }
  if (!result.token) redirect(`/connexion/?courriel=${encodeURIComponent(result.errors[0]?.code ?? "EMAIL_LINK_INVALID")}`);
  const name = [result.me?.firstName, result.me?.lastName].filter(Boolean).join(" ") || (result.me?.username ?? "");
  await saveSession({ token: result.token, idToken: "", name, email: "" }, sessionMaxAge(result.expiresAt));
  redirect("/mon-espace/organisation/");
}
