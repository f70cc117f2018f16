"use client";

import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";

/** The official button; a plain link to the route that starts the sign-in (works without JavaScript). */
export function ProConnectSignIn({ returnTo }: { returnTo?: string }) {
  const url = returnTo ? `/api/auth/connexion/?retour=${encodeURIComponent(returnTo)}` : "/api/auth/connexion/";
  return <ProConnectButton url={url} />;
}
