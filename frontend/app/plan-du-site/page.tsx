import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { getSiteLayout } from "@/lib/layout";

export const metadata: Metadata = { title: "Plan du site" };

/** The menu's sections and their pages, as editors order them (RGAA: a site map reachable from every page). */
export default async function SiteMapPage() {
  // Rendered on request (the CMS may be absent while the site is built); the fetch stays cached by tag.
  await connection();
  const layout = await getSiteLayout();
  return (
    <article>
      <h1>Plan du site</h1>
      <ul>
        <li>
          <Link href="/">Accueil</Link>
        </li>
        {layout.menu.map((entry) => (
          <li key={entry.urlPath}>
            <Link href={entry.urlPath}>{entry.title}</Link>
            {entry.children.length > 0 && (
              <ul>
                {entry.children.map((child) => (
                  <li key={child.urlPath}>
                    <Link href={child.urlPath}>{child.title}</Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
        <li>
          <Link href="/recherche/">Recherche</Link>
        </li>
      </ul>
    </article>
  );
}
