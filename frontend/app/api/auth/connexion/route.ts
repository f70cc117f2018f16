import { signInConfigured } from "@/lib/auth/config";
import { saveLogin } from "@/lib/auth/cookies";
import { newLoginTransaction } from "@/lib/auth/login";
import { authorizationUrl, ProviderUnavailableError } from "@/lib/auth/oidc";
import { SITE_URL } from "@/lib/config";

export const dynamic = "force-dynamic";

/** Starts the sign-in: a new state, nonce and PKCE verifier in a short-lived cookie, then the provider. */
export async function GET(request: Request): Promise<Response> {
  if (!signInConfigured()) return back("non-configure");
  const transaction = await newLoginTransaction(new URL(request.url).searchParams.get("retour"));
  let target: URL;
  try {
    target = await authorizationUrl(transaction);
  } catch (error) {
    if (!(error instanceof ProviderUnavailableError)) console.error("[connexion]", error);
    return back("fournisseur-indisponible");
  }
  await saveLogin(transaction);
  return new Response(null, { status: 302, headers: { Location: target.href, "Cache-Control": "no-store" } });
}

function back(code: string): Response {
  return new Response(null, { status: 303, headers: { Location: `${SITE_URL}/connexion/?erreur=${code}`, "Cache-Control": "no-store" } });
}
