import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

import { PreferencesFieldset } from "@/app/lettre-d-information/Preferences";
import { preferencesAction, unsubscribeAction } from "@/lib/newsletter";

export const metadata: Metadata = { title: "Préférences et désinscription", robots: { index: false } };

type RouteProps = { searchParams: Promise<Record<string, string | undefined>> };

export default async function ManagePage({ searchParams }: RouteProps) {
  const { jeton, etat, erreur } = await searchParams;
  return (
    <article>
      <h1>Préférences et désinscription</h1>
      {etat === "desinscrit" && (
        <Alert severity="success" title="Vous êtes désinscrit" description="Vous ne recevrez plus aucun envoi." className="fr-mb-3w" />
      )}
      {etat === "preferences" && (
        <Alert severity="success" title="Préférences enregistrées" description="Vos choix s'appliquent dès le prochain envoi." className="fr-mb-3w" />
      )}
      {erreur && <Alert severity="error" title="Action impossible" description={erreur} className="fr-mb-3w" />}
      {jeton && etat !== "desinscrit" ? (
        <>
          <form action={unsubscribeAction} method="post" className="fr-mb-5w">
            <input type="hidden" name="jeton" value={jeton} />
            <button className="fr-btn" type="submit">
              Me désinscrire de tout
            </button>
          </form>
          <h2>Ou choisir ce que je reçois</h2>
          <form action={preferencesAction} method="post">
            <input type="hidden" name="jeton" value={jeton} />
            <PreferencesFieldset />
            <button className="fr-btn fr-btn--secondary" type="submit">
              Enregistrer mes préférences
            </button>
          </form>
        </>
      ) : (
        etat !== "desinscrit" && (
          <p>
            Ouvrez le lien « Modifier vos préférences ou vous désinscrire » présent en bas de chaque envoi.{" "}
            <Link href="/lettre-d-information/inscription/">S&apos;inscrire</Link>
          </p>
        )
      )}
    </article>
  );
}
