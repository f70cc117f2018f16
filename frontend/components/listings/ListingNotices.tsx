import { Notice } from "@codegouvfr/react-dsfr/Notice";

/** What was ignored in the URL, said once, above the results. */
export function ListingNotices({ notices }: { notices: string[] }) {
  if (!notices.length) return null;
  return (
    <Notice
      className="fr-mb-3w"
      title="Certains paramètres de l'adresse ont été ignorés"
      description={notices.join(" ")}
    />
  );
}
