import type { Metadata } from "next";

import { consumeEmailLink } from "../actions";

export const metadata: Metadata = { title: "Connexion par courriel", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EmailLinkPage({ searchParams }: Props) {
  const params = await searchParams;
  const token = typeof params.jeton === "string" ? params.jeton : "";
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion par courriel</h1>
        <p>Ce lien ne sert qu&apos;une fois, dans les 15 minutes qui suivent son envoi.</p>
        <form action={consumeEmailLink}>
          <input type="hidden" name="jeton" value={token} />
          <button type="submit" className="fr-btn">
            Me connecter
          </button>
        </form>
      </div>
    </div>
  );
}
