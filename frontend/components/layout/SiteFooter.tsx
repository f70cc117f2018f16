import { Footer, type FooterProps } from "@codegouvfr/react-dsfr/Footer";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";

import type { FooterLink, SiteLayoutData } from "@/lib/layout";

function linkProps(link: FooterLink) {
  return link.isExternal ? { href: link.href, target: "_blank", rel: "noopener noreferrer", title: `${link.label} - nouvelle fenêtre` } : { href: link.href };
}

/** The State's footer: editors' links, legal links and the RGAA status from « Réglages du site ». */
export function SiteFooter({ layout }: { layout: SiteLayoutData }) {
  const legal = (kind: string) => layout.legalLinks.find((link) => link.kind === kind);
  const legalNotice = legal("LEGAL_NOTICE");
  const accessibility = legal("ACCESSIBILITY");
  const personalData = legal("PERSONAL_DATA");
  const external = layout.footerLinks.filter((link) => link.isExternal);
  const domains = external.flatMap((link) => {
    try {
      return [new URL(link.href).hostname];
    } catch {
      return [];
    }
  });
  const bottomItems: FooterProps["bottomItems"] = [
    ...layout.footerLinks.filter((link) => !link.isExternal).map((link) => ({ text: link.label, linkProps: linkProps(link) })),
    ...(personalData ? [{ text: personalData.label, linkProps: linkProps(personalData) }] : []),
    ...(layout.contactEmail ? [{ text: "Nous contacter", linkProps: { href: `mailto:${layout.contactEmail}` } }] : []),
    headerFooterDisplayItem,
  ];
  return (
    <Footer
      id="pied-de-page"
      accessibility={layout.accessibility}
      accessibilityLinkProps={accessibility ? linkProps(accessibility) : undefined}
      termsLinkProps={legalNotice ? linkProps(legalNotice) : undefined}
      websiteMapLinkProps={{ href: "/plan-du-site/" }}
      brandTop={
        <>
          RÉPUBLIQUE
          <br />
          FRANÇAISE
        </>
      }
      homeLinkProps={{ href: "/", title: `Accueil — ${layout.siteName}` }}
      contentDescription={
        layout.baseline
          ? `${layout.siteName} : ${layout.baseline}${layout.operator ? ` — ${layout.operator}` : ""}.`
          : `${layout.siteName} : la plateforme de l'Agence nationale de la cohésion des territoires pour l'engagement citoyen et la coopération entre collectivités.`
      }
      bottomItems={bottomItems}
      // The State's sites (legifrance, info.gouvernement, service-public, data.gouv) as editors list them.
      domains={domains}
    />
  );
}
