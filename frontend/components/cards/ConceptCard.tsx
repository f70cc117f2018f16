import { Card } from "@codegouvfr/react-dsfr/Card";

import type { ConceptCardFragment } from "@/gql/graphql";
import { excerpt } from "@/lib/labels";
import type { HeadingLevel } from "./cardImage";

/** A concept of democratic theory in a list, with its author. */
export function ConceptCard({ concept, titleAs = "h3" }: { concept: ConceptCardFragment; titleAs?: HeadingLevel }) {
  const author = [concept.author, concept.year ? String(concept.year) : ""].filter(Boolean).join(", ");
  return (
    <Card
      title={concept.title}
      titleAs={titleAs}
      linkProps={{ href: concept.urlPath }}
      enlargeLink
      detail={author || undefined}
      desc={excerpt(concept.summary)}
    />
  );
}
