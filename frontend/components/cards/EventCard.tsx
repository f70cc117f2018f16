import { Card } from "@codegouvfr/react-dsfr/Card";

import type { EventCardFragment } from "@/gql/graphql";
import { EVENT_FORMAT_LABELS, excerpt, formatLocalDateTime } from "@/lib/labels";
import type { HeadingLevel } from "./cardImage";

/** An event in a list: when, and online or where. */
export function EventCard({ event, titleAs = "h3" }: { event: EventCardFragment; titleAs?: HeadingLevel }) {
  const where = event.format === "ONLINE" || !event.city ? EVENT_FORMAT_LABELS[event.format] : `${EVENT_FORMAT_LABELS[event.format]} — ${event.city}`;
  return (
    <Card
      title={event.title}
      titleAs={titleAs}
      linkProps={{ href: event.urlPath }}
      enlargeLink
      desc={event.summary ? excerpt(event.summary, 160) : undefined}
      detail={formatLocalDateTime(event.localStart)}
      end={<p className="fr-card__detail">{where}</p>}
    />
  );
}
