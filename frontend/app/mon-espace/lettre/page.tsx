import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

import { PreferencesFieldset } from "@/app/lettre-d-information/Preferences";
import { eraseMine, subscribeMine, unsubscribeMine, updateMine } from "@/app/mon-espace/lettre/actions";
import { FlashNotice } from "@/components/auth/FlashNotice";
import { SubmitButton } from "@/components/auth/FormParts";
import { MyNewsletterDocument, type MyNewsletterQuery } from "@/gql/graphql";
import { agentPage } from "@/lib/auth/agentPage";
import { AgentTokenRefusedError, cmsAgentQuery } from "@/lib/cmsAgent";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Ma lettre d'information", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_TEXT: Record<string, string> = {
  PENDING: "Votre inscription attend sa confirmation : ouvrez le lien du courriel envoyé à votre adresse.",
  CONFIRMED: "Vous êtes inscrit.",
  UNSUBSCRIBED: "Vous êtes désinscrit : vous ne recevez plus rien.",
  BOUNCED: "Les messages envoyés à cette adresse ont échoué définitivement : plus rien ne lui est envoyé. Contactez l'ANCT si l'adresse fonctionne de nouveau.",
};

function FormId() {
  return <input type="hidden" name="formId" value={randomUUID().replaceAll("-", "")} />;
}

async function load(token: string): Promise<MyNewsletterQuery> {
  try {
    return await cmsAgentQuery(MyNewsletterDocument, {}, token);
  } catch (error) {
    if (error instanceof AgentTokenRefusedError) redirect("/connexion/?erreur=session-expiree&retour=/mon-espace/lettre/");
    throw error;
  }
}

export default async function MyNewsletterPage({ searchParams }: Props) {
  const { session, flash } = await agentPage("/mon-espace/lettre/", (await searchParams).avis);
  const mine = (await load(session.token)).myNewsletterSubscription;
  if (!mine) redirect("/connexion/?retour=/mon-espace/lettre/");
  const subscribed = mine.status === "CONFIRMED" || mine.status === "PENDING";
  const preferences = mine.preferences;
  return (
    <>
      <h1>Ma lettre d&apos;information</h1>
      <FlashNotice flash={flash} form="lettre" />
      <p>
        Adresse : <strong>{mine.email}</strong>
        {mine.consentAt && (
          <>
            {" "}
            — consentement donné le {formatDate(mine.consentAt)}
          </>
        )}
      </p>
      {mine.status !== "NONE" && <p id="etat-inscription">{STATUS_TEXT[mine.status]}</p>}

      {mine.status === "BOUNCED" ? null : subscribed ? (
        <section aria-labelledby="preferences" className="fr-mb-6w">
          <h2 id="preferences">Mes préférences</h2>
          <form action={updateMine}>
            <FormId />
            <PreferencesFieldset newsletter={preferences?.newsletter ?? true} projectDigests={preferences?.projectDigests ?? false} agenda={preferences?.agenda ?? false} />
            <SubmitButton>Enregistrer mes préférences</SubmitButton>
          </form>
          <form action={unsubscribeMine} className="fr-mt-3w">
            <FormId />
            <SubmitButton secondary>Me désinscrire</SubmitButton>
          </form>
        </section>
      ) : (
        <section aria-labelledby="inscription" className="fr-mb-6w">
          <h2 id="inscription">M&apos;inscrire</h2>
          <p>
            {mine.confirmationNeeded
              ? "Un courriel de confirmation sera envoyé à l'adresse de votre compte."
              : "ProConnect a vérifié l'adresse de votre compte : votre inscription prend effet tout de suite, sans courriel de confirmation."}
          </p>
          <form action={subscribeMine}>
            <FormId />
            <PreferencesFieldset />
            <SubmitButton>M&apos;inscrire à la lettre</SubmitButton>
          </form>
        </section>
      )}

      {mine.status !== "NONE" && (
        <section aria-labelledby="donnees" className="fr-mb-6w">
          <h2 id="donnees">Mes données</h2>
          <p>
            <a className="fr-link fr-icon-download-line fr-link--icon-left" href="/mon-espace/lettre/export/" download>
              Télécharger mes données (JSON)
            </a>
          </p>
          <Alert
            severity="warning"
            small
            description="L'effacement supprime votre inscription, votre consentement et l'historique de vos envois. Il est définitif."
          />
          <form action={eraseMine} className="fr-mt-2w">
            <FormId />
            <SubmitButton secondary>Effacer mes données</SubmitButton>
          </form>
        </section>
      )}
      <p>
        <Link href="/mon-espace/">Retour à mon espace</Link>
      </p>
    </>
  );
}
