import Link from "next/link";

/** An invalid or expired preview token: the editor is told to open the preview again. */
export default function PreviewNotFound() {
  return (
    <div className="fr-my-7w">
      <h1>Aperçu indisponible</h1>
      <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
      <p className="fr-text--lead">
        Ce lien d&apos;aperçu n&apos;est pas valide ou a expiré (un aperçu reste ouvert 24 heures).
      </p>
      <p>Relancez l&apos;aperçu depuis l&apos;administration du site pour voir le brouillon.</p>
      <Link className="fr-btn" href="/">
        Page d&apos;accueil
      </Link>
    </div>
  );
}
