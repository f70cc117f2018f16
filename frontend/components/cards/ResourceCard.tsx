import { Card } from "@codegouvfr/react-dsfr/Card";
import { Badge } from "@codegouvfr/react-dsfr/Badge";

import type { ResourceCardFragment } from "@/gql/graphql";
import { formatDate } from "@/lib/format";
import { RESOURCE_TYPE_LABELS, excerpt } from "@/lib/labels";
import { cardImageProps, type HeadingLevel } from "./cardImage";

/** A resource in a list: its kind, who published it and when. */
export function ResourceCard({ resource, titleAs = "h3" }: { resource: ResourceCardFragment; titleAs?: HeadingLevel }) {
  const detail = [resource.organisation, resource.publicationDate ? formatDate(resource.publicationDate) : ""].filter(Boolean).join(" — ");
  return (
    <Card
      title={resource.title}
      titleAs={titleAs}
      linkProps={{ href: resource.urlPath }}
      enlargeLink
      desc={excerpt(resource.summary)}
      start={
        <ul className="fr-badges-group">
          <li>
            <Badge small noIcon>
              {RESOURCE_TYPE_LABELS[resource.resourceType]}
            </Badge>
          </li>
        </ul>
      }
      detail={detail || undefined}
      {...cardImageProps(resource.image)}
    />
  );
}
