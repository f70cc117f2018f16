"use client";

import Link from "next/link";

/** Any failure while rendering: the CMS down (503, see server.mjs) or a bug (500). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="fr-my-7w fr-mt-md-12w fr-mb-md-10w">
      <h1>Service momentanément indisponible</h1>
      <p className="fr-text--lead fr-mb-3w">Désolé, le site rencontre un problème : nous travaillons à le résoudre.</p>
      <p className="fr-mb-5w">Essayez de rafraîchir la page ou bien réessayez plus tard.</p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button className="fr-btn" type="button" onClick={() => reset()}>Réessayer</button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" href="/">Page d&apos;accueil</Link>
        </li>
      </ul>
    </div>
  );
}
