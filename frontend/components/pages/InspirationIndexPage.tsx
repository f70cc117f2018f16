import Link from "next/link";

import { RichText } from "@/components/RichText";
import type { PageProps } from "./types";

/** A section of the resource base and its pages. */
export function InspirationIndexPage({ page }: PageProps<"InspirationIndexPage">) {
  return (
    <article>
      <h1>{page.title}</h1>
      <RichText html={page.intro.html} className="fr-text--lead fr-mb-4w" />
      <ul>
        {page.children.edges.map((edge) =>
          edge?.node ? (
            <li key={edge.node.id}>
              <Link href={edge.node.urlPath}>{edge.node.title}</Link>
            </li>
          ) : null,
        )}
      </ul>
    </article>
  );
}
