// French messages for the sign-in errors the routes send back as ?erreur=<code>.
export const SIGN_IN_ERRORS: Record<string, { title: string; description: string }> = {
  "fournisseur-indisponible": {
    title: "ProConnect ne répond pas",
    description: "Le service d'identification ProConnect est momentanément injoignable. Réessayez dans quelques minutes.",
  },
  "non-configure": {
    title: "Connexion indisponible",
    description: "La connexion avec ProConnect n'est pas configurée sur ce site. Prévenez l'équipe du programme.",
  },
  etat: {
    title: "Connexion expirée ou déjà utilisée",
    description:
      "Ce retour de ProConnect ne correspond à aucune connexion en cours dans ce navigateur (lien déjà utilisé, trop ancien, ou ouvert dans un autre navigateur). Rien n'a été enregistré : recommencez la connexion.",
  },
  jeton: {
    title: "Identification refusée",
    description: "La réponse de ProConnect n'a pas pu être vérifiée. Rien n'a été enregistré : recommencez la connexion.",
  },
  refusee: {
    title: "Connexion annulée",
    description: "Vous avez annulé la connexion chez ProConnect.",
  },
  fournisseur: {
    title: "Erreur de ProConnect",
    description: "ProConnect a renvoyé une erreur. Recommencez la connexion.",
  },
  cms: {
    title: "Connexion impossible pour le moment",
    description: "Votre identité est vérifiée, mais la plateforme n'a pas pu ouvrir votre session. Réessayez dans quelques minutes.",
  },
  "session-expiree": {
    title: "Session expirée",
    description: "Votre session a expiré. Reconnectez-vous pour continuer.",
  },
};

export function signInError(code: string | string[] | undefined) {
  const value = Array.isArray(code) ? code[0] : code;
  return value ? (SIGN_IN_ERRORS[value] ?? SIGN_IN_ERRORS.fournisseur) : null;
}
