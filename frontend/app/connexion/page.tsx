import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

import { ProConnectSignIn } from "@/components/auth/ProConnectSignIn";
import { signInError } from "@/lib/auth/messages";

import { requestEmailLink } from "./actions";

const EMAIL_MESSAGES: Record<string, { severity: "success" | "error"; text: string }> = {
  envoye: { severity: "success", text: "Si cette adresse est valide, un lien de connexion vient d'y être envoyé : il sert une fois, dans les 15 minutes." },
  INVALID_EMAIL: { severity: "error", text: "Adresse électronique invalide." },
  RATE_LIMITED: { severity: "error", text: "Trop de demandes de lien : réessayez dans quelques minutes." },
  EMAIL_LINK_EXPIRED: { severity: "error", text: "Ce lien de connexion a expiré : demandez-en un nouveau." },
  EMAIL_LINK_USED: { severity: "error", text: "Ce lien de connexion a déjà servi : demandez-en un nouveau." },
  EMAIL_LINK_INVALID: { severity: "error", text: "Ce lien de connexion n'est pas valide : demandez-en un nouveau." },
};

export const metadata: Metadata = { title: "Se connecter", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const error = signInError(params.erreur);
  const returnTo = typeof params.retour === "string" ? params.retour : undefined;
  const emailState =
    typeof params.courriel === "string"
      ? (EMAIL_MESSAGES[params.courriel] ?? { severity: "error" as const, text: "Le service est indisponible : réessayez plus tard." })
      : null;
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
        <h2 className="fr-mt-6w">Associations, équipes de recherche, réseaux : connexion par courriel</h2>
        <p>
          Si ProConnect ne s&apos;applique pas à vous, recevez un lien de connexion par courriel. Vous déclarerez ensuite
          votre organisation ; l&apos;ANCT la vérifie avant vos premières contributions.
        </p>
        {emailState && (
          <Alert severity={emailState.severity} small description={emailState.text} className="fr-mb-2w" />
        )}
        <form action={requestEmailLink}>
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="courriel">
              Adresse électronique
            </label>
            <input className="fr-input" type="email" id="courriel" name="email" autoComplete="email" required />
          </div>
          <button type="submit" className="fr-btn fr-btn--secondary">
            Recevoir un lien de connexion
          </button>
        </form>
      </div>
    </div>
  );
}
