import Link from "next/link";

export default function NotFound() {
  return (
    <div className="fr-my-7w fr-mt-md-12w fr-mb-md-10w">
      <h1>Page non trouvée</h1>
      <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
      <p className="fr-text--lead fr-mb-3w">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
      <p className="fr-text--sm fr-mb-5w">
        Si vous avez tapé l&apos;adresse web dans le navigateur, vérifiez qu&apos;elle est correcte. La page n&apos;est peut-être plus disponible.
        Dans ce cas, pour continuer votre visite, vous pouvez consulter notre page d&apos;accueil ou effectuer une recherche.
      </p>
      <form action="/recherche" method="get" role="search" className="fr-search-bar fr-mb-4w">
        <label className="fr-label" htmlFor="recherche-404">Rechercher sur le site</label>
        <input className="fr-input" id="recherche-404" name="q" type="search" placeholder="Rechercher" />
        <button className="fr-btn" type="submit" title="Rechercher">Rechercher</button>
      </form>
      <Link className="fr-btn" href="/">Page d&apos;accueil</Link>
    </div>
  );
}
