import type { Metadata } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";

import { DsfrProvider, StartDsfrOnHydration } from "@/dsfr-bootstrap";
import { DsfrHead, getHtmlAttributes } from "@/dsfr-bootstrap/server-only-index";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SITE_NAME, SITE_URL } from "@/lib/config";
import { FALLBACK_LAYOUT, getSiteLayout, type SiteLayoutData } from "@/lib/layout";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s — ${SITE_NAME}` },
  description: "Engagement citoyen et coopération entre collectivités, avec l'Agence nationale de la cohésion des territoires.",
};

async function layoutOrFallback(): Promise<SiteLayoutData> {
  // Every page is rendered on request, the 404 included (else it keeps the menu of build time,
  // when the CMS may be absent); the CMS's answers stay cached by tag.
  await connection();
  try {
    return await getSiteLayout();
  } catch {
    // The CMS is down: the page itself reports it; the frame stays usable.
    return FALLBACK_LAYOUT;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = "fr";
  const layout = await layoutOrFallback();
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        <DsfrHead preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />
      </head>
      <body>
        <StartDsfrOnHydration />
        <DsfrProvider lang={lang}>
          <SkipLinks
            links={[
              { anchor: "#contenu", label: "Contenu" },
              { anchor: "#fr-header-main-navigation", label: "Menu" },
              { anchor: "#fr-header-search-input", label: "Recherche" },
              { anchor: "#pied-de-page", label: "Pied de page" },
            ]}
          />
          <SiteHeader menu={layout.menu} siteName={layout.siteName} baseline={layout.baseline} />
          <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
            {children}
          </main>
          <SiteFooter layout={layout} />
        </DsfrProvider>
      </body>
    </html>
  );
}
