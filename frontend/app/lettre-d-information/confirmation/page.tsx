import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

import { confirmAction } from "@/lib/newsletter";

export const metadata: Metadata = { title: "Confirmation de l'inscription", robots: { index: false } };

type RouteProps = { searchParams: Promise<Record<string, string | undefined>> };

/** A button rather than a confirmation on opening: a mail scanner that follows the link confirms nothing. */
export default async function ConfirmPage({ searchParams }: RouteProps) {
  const { jeton, etat, erreur, gestion } = await searchParams;
  return (
    <article>
      <h1>Confirmation de l&apos;inscription</h1>
      {etat === "confirme" ? (
        <>
          <Alert severity="success" title="Inscription confirmée" description="Vous recevrez la prochaine lettre d'information." className="fr-mb-3w" />
          {gestion && (
            <p>
              <Link href={`/lettre-d-information/desinscription/?jeton=${encodeURIComponent(gestion)}`}>
                Modifier vos préférences
              </Link>
            </p>
          )}
        </>
      ) : erreur ? (
        <>
          <Alert severity="error" title="Confirmation impossible" description={erreur} className="fr-mb-3w" />
          <p>
            <Link href="/lettre-d-information/inscription/">S&apos;inscrire de nouveau</Link>
          </p>
        </>
      ) : jeton ? (
        <form action={confirmAction} method="post">
          <input type="hidden" name="jeton" value={jeton} />
          <button className="fr-btn" type="submit">
            Je confirme mon inscription
          </button>
        </form>
      ) : (
        <p>
          Ce lien est incomplet : ouvrez celui du courriel reçu, ou{" "}
          <Link href="/lettre-d-information/inscription/">inscrivez-vous</Link>.
        </p>
      )}
    </article>
  );
}
