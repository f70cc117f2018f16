import { randomState } from "openid-client";

import { clearSession, currentSession } from "@/lib/auth/cookies";
import { endSessionUrl } from "@/lib/auth/oidc";
import { SignOutDocument } from "@/gql/graphql";
import { cmsAgentQuery } from "@/lib/cmsAgent";
import { SITE_URL } from "@/lib/config";

export const dynamic = "force-dynamic";

/** Ends both sessions: the CMS's token is revoked, the cookie cleared, then the provider's session. */
export async function POST(request: Request): Promise<Response> {
  // A cross-site form cannot sign the agent out (SameSite=Lax already keeps the cookie from it).
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(SITE_URL).origin) return new Response("Origine refusée.", { status: 403 });
  const session = await currentSession();
  await clearSession();
  if (!session) return redirect(`${SITE_URL}/`);
  try {
    await cmsAgentQuery(SignOutDocument, {}, session.token);
  } catch (error) {
    // The token is short-lived; the cookie is gone anyway.
    console.warn("[déconnexion] le CMS n'a pas révoqué le jeton :", error instanceof Error ? error.message : error);
  }
  try {
    const target = session.idToken ? await endSessionUrl(session.idToken, randomState()) : null;
    if (target) return redirect(target.href);
  } catch {
    // The provider is unreachable: the site's session is over all the same.
  }
  return redirect(`${SITE_URL}/?deconnexion=1`);
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
