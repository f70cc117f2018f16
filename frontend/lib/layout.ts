import "server-only";

import { SiteLayoutDocument, type SiteLayoutQuery } from "@/gql/graphql";
import { cmsQuery } from "@/lib/cms";
import { SITE_NAME } from "@/lib/config";
import { tags } from "@/lib/tags";

export type MenuEntry = { title: string; urlPath: string; children: { title: string; urlPath: string }[] };
export type FooterLink = { label: string; href: string; isExternal: boolean };

export type SiteLayoutData = {
  siteName: string;
  baseline: string;
  operator: string;
  contactEmail: string;
  menu: MenuEntry[];
  footerLinks: FooterLink[];
  legalLinks: (FooterLink & { kind: string })[];
  accessibility: "non compliant" | "partially compliant" | "fully compliant";
  /** Default Open Graph image (1200 × 630) when a page has none. */
  socialImage: { url: string; width: number; height: number; alt: string } | null;
};

type Link = SiteLayoutQuery["siteSettings"]["footerLinks"][number];

function toLink(link: Link): FooterLink {
  return { label: link.label, href: link.urlPath ?? link.url, isExternal: link.isExternal };
}

const ACCESSIBILITY: Record<string, SiteLayoutData["accessibility"]> = {
  NON_COMPLIANT: "non compliant",
  PARTIALLY_COMPLIANT: "partially compliant",
  FULLY_COMPLIANT: "fully compliant",
};

/** Header, menu and footer of every page, as ANCT editors set them (« Réglages du site »). */
export async function getSiteLayout(): Promise<SiteLayoutData> {
  const { siteSettings, menu } = await cmsQuery(SiteLayoutDocument, {}, { tags: [tags.site] });
  return {
    siteName: siteSettings.siteName || SITE_NAME,
    baseline: siteSettings.baseline,
    operator: siteSettings.operator,
    contactEmail: siteSettings.contactEmail ?? "",
    menu: menu.map((entry) => ({ title: entry.title, urlPath: entry.urlPath, children: entry.children.map((child) => ({ ...child })) })),
    footerLinks: siteSettings.footerLinks.map(toLink),
    legalLinks: siteSettings.legalLinks.map((link) => ({ ...toLink(link), kind: String(link.kind) })),
    accessibility: ACCESSIBILITY[String(siteSettings.accessibilityStatus)] ?? "non compliant",
    socialImage: siteSettings.socialImage?.rendition ? { ...siteSettings.socialImage.rendition, alt: siteSettings.socialImage.alt } : null,
  };
}

export const FALLBACK_LAYOUT: SiteLayoutData = {
  siteName: SITE_NAME,
  baseline: "",
  operator: "",
  contactEmail: "",
  menu: [],
  footerLinks: [],
  legalLinks: [],
  accessibility: "non compliant",
  socialImage: null,
};
