"use client";

import { Header, type HeaderProps } from "@codegouvfr/react-dsfr/Header";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { usePathname, useRouter } from "next/navigation";

import { SearchAutocomplete } from "@/components/search/SearchAutocomplete";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { useAgentSession } from "@/components/auth/useAgentSession";

import type { MenuEntry } from "@/lib/layout";

export function SiteHeader({ menu, siteName, baseline }: { menu: MenuEntry[]; siteName: string; baseline: string }) {
  const pathname = usePathname() ?? "/";
  const router = useRouter();
  const agent = useAgentSession();
  const isActive = (urlPath: string) => pathname === urlPath || pathname.startsWith(urlPath);
  // A section with sub-pages in the menu opens a sub-menu whose first link is the section itself.
  const navigation: HeaderProps["navigation"] = menu.map((entry) =>
    entry.children.length
      ? {
          text: entry.title,
          isActive: isActive(entry.urlPath),
          menuLinks: [
            { text: entry.title, linkProps: { href: entry.urlPath }, isActive: pathname === entry.urlPath },
            ...entry.children.map((child) => ({ text: child.title, linkProps: { href: child.urlPath }, isActive: isActive(child.urlPath) })),
          ],
        }
      : { text: entry.title, linkProps: { href: entry.urlPath }, isActive: isActive(entry.urlPath) },
  );
  return (
    <Header
      brandTop={
        <>
          RÉPUBLIQUE
          <br />
          FRANÇAISE
        </>
      }
      homeLinkProps={{ href: "/", title: `Accueil — ${siteName}` }}
      serviceTitle={siteName}
      serviceTagline={baseline}
      navigation={navigation}
      quickAccessItems={[
        headerFooterDisplayItem,
        agent.signedIn
          ? { iconId: "fr-icon-account-circle-line", text: `Mon espace (${agent.name})`, linkProps: { href: "/mon-espace/" } }
          : { iconId: "fr-icon-account-circle-line", text: "Se connecter", linkProps: { href: "/connexion/" } },
        agent.signedIn ? <SignOutButton /> : null,
      ]}
      onSearchButtonClick={(text) => router.push(`/recherche?q=${encodeURIComponent(text)}`)}
      renderSearchInput={(input) => (
        // A form of its own: without JavaScript, Enter still submits the words to the search page.
        <form action="/recherche/" method="get" style={{ display: "contents" }} onSubmit={(event) => event.preventDefault()}>
          <SearchAutocomplete {...input} />
        </form>
      )}
      allowEmptySearch={false}
    />
  );
}
