import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

import { ProConnectSignIn } from "@/components/auth/ProConnectSignIn";
import { signInError } from "@/lib/auth/messages";

export const metadata: Metadata = { title: "Se connecter", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const error = signInError(params.erreur);
  const returnTo = typeof params.retour === "string" ? params.retour : undefined;
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Se connecter</h1>
        {error && (
          <Alert severity="error" title={error.title} description={error.description} className="fr-mb-4w" as="h2" />
        )}
        <p>
          Agents des collectivités : identifiez-vous avec ProConnect, le compte des agents publics, pour proposer des
          thèmes, voter, inscrire votre collectivité à un projet partagé et partager vos expériences.
        </p>
        <p>
          À la première connexion, une demande de rattachement à votre collectivité (trouvée par le SIRET de votre
          organisation) est envoyée : vous pourrez agir dès qu&apos;elle sera approuvée.
        </p>
        <ProConnectSignIn returnTo={returnTo} />
      </div>
    </div>
  );
}
