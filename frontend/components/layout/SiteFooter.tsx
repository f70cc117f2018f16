import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";

import type { MenuEntry } from "./SiteHeader";

export function SiteFooter({ siteName }: { siteName: string; menu: MenuEntry[] }) {
  return (
    <Footer
      accessibility="partially compliant"
      brandTop={
        <>
          RÉPUBLIQUE
          <br />
          FRANÇAISE
        </>
      }
      homeLinkProps={{ href: "/", title: `Accueil — ${siteName}` }}
      contentDescription={`${siteName} : la plateforme de l'Agence nationale de la cohésion des territoires pour l'engagement citoyen et la coopération entre collectivités.`}
      websiteMapLinkProps={{ href: "/plan-du-site" }}
      bottomItems={[headerFooterDisplayItem]}
      linkList={undefined}
    />
  );
}
