import { fr } from "@codegouvfr/react-dsfr";

/** A plain form: signing out works without JavaScript, and only as a POST. */
export function SignOutButton({ id }: { id?: string }) {
  return (
    <form id={id} action="/api/auth/deconnexion/" method="post" style={{ display: "inline" }}>
      <button type="submit" className={fr.cx("fr-btn", "fr-icon-logout-box-r-line")}>
        Se déconnecter
      </button>
    </form>
  );
}
