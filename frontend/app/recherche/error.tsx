"use client";

import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

/** The CMS or its search engine did not answer: the page says so (503, see server.mjs). */
export default function SearchError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Rechercher</h1>
      <Alert
        as="h2"
        severity="error"
        title="La recherche est momentanément indisponible"
        description="Le service de recherche ne répond pas. Réessayez dans quelques instants ; les pages du site restent consultables."
      />
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        <li>
          <button className="fr-btn" type="button" onClick={() => reset()}>
            Réessayer
          </button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" href="/">
            Page d&apos;accueil
          </Link>
        </li>
      </ul>
    </>
  );
}
