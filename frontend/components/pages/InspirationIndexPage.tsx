import Link from "next/link";
import type { ReactNode } from "react";

import { RichText } from "@/components/RichText";
import { ConceptListing } from "@/components/listings/ConceptListing";
import { EventListing } from "@/components/listings/EventListing";
import { ExperienceListing } from "@/components/listings/ExperienceListing";
import { NewsletterListing } from "@/components/listings/NewsletterListing";
import { ResourceListing } from "@/components/listings/ResourceListing";
import { ThemeListing } from "@/components/listings/ThemeListing";
import type { ListingProps } from "@/components/listings/types";
import { nodesOf } from "@/lib/listing";
import type { PageProps } from "./types";

/** The listing a section shows, chosen by the editor's « nature de la rubrique » (its `section`). */
function Listing(props: ListingProps): ReactNode {
  switch (props.page.section) {
    case "THEMES":
      return <ThemeListing {...props} />;
    case "CONCEPTS":
      return <ConceptListing {...props} />;
    case "EXPERIENCES":
      return <ExperienceListing {...props} />;
    case "RESOURCES":
      return <ResourceListing {...props} />;
    case "EVENTS":
      return <EventListing {...props} />;
    case "NEWSLETTERS":
      return <NewsletterListing {...props} />;
    default:
      return <ChildList page={props.page} />;
  }
}

/** A section without a listing of its own: its pages, in the editor's order. */
function ChildList({ page }: Pick<ListingProps, "page">) {
  const children = nodesOf(page.children.edges);
  if (!children.length) return null;
  return (
    <ul>
      {children.map((child) => (
        <li key={child.id}>
          <Link href={child.urlPath}>{child.title}</Link>
        </li>
      ))}
    </ul>
  );
}

/** A section of the resource base: its introduction, then the listing of what it holds. */
export function InspirationIndexPage({ page, searchParams }: PageProps<"InspirationIndexPage">) {
  return (
    <article>
      <h1>{page.title}</h1>
      <RichText html={page.intro.html} className="fr-text--lead fr-mb-4w" />
      <Listing page={page} searchParams={searchParams} />
    </article>
  );
}
