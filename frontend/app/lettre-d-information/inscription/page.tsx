import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

import { PreferencesFieldset } from "@/app/lettre-d-information/Preferences";
import { subscribeAction } from "@/lib/newsletter";

export const metadata: Metadata = { title: "Inscription à la lettre d'information" };

type RouteProps = { searchParams: Promise<Record<string, string | undefined>> };

export default async function SubscribePage({ searchParams }: RouteProps) {
  const { etat, erreur, email } = await searchParams;
  return (
    <article>
      <h1>Inscription à la lettre d&apos;information</h1>
      <p>
        Chaque mois : le concept et la thématique du mois, des expériences de collectivités, les projets partagés, les
        actualités de l&apos;écosystème et l&apos;agenda.
      </p>
      {etat === "envoye" && (
        <Alert
          severity="success"
          title="Vérifiez votre messagerie"
          description="Si cette adresse peut recevoir la lettre, un courriel de confirmation vient de lui être envoyé : ouvrez le lien qu'il contient pour confirmer l'inscription."
          className="fr-mb-3w"
        />
      )}
      {erreur && <Alert severity="error" title="Inscription impossible" description={erreur} className="fr-mb-3w" />}
      <form action={subscribeAction} method="post">
        <div className={`fr-input-group${erreur ? " fr-input-group--error" : ""}`}>
          <label className="fr-label" htmlFor="email">
            Adresse électronique
            <span className="fr-hint-text">Format attendu : prenom.nom@exemple.fr</span>
          </label>
          <input className="fr-input" type="email" id="email" name="email" autoComplete="email" required defaultValue={email} />
        </div>
        <PreferencesFieldset />
        <p className="fr-text--sm">
          Votre adresse sert uniquement à vous envoyer ces publications. Vous pouvez vous désinscrire à tout moment par le
          lien présent dans chaque envoi. Conformément au RGPD, vous pouvez demander l&apos;accès à vos données ou leur
          effacement.
        </p>
        <button className="fr-btn" type="submit">
          Je m&apos;inscris
        </button>
      </form>
    </article>
  );
}
