import Link from "next/link";
import { Card } from "@codegouvfr/react-dsfr/Card";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { Tag } from "@codegouvfr/react-dsfr/Tag";

import { EventListDocument, type EventListQuery } from "@/gql/graphql";
import type { SearchParams } from "@/components/pages/types";
import { EVENT_FORMAT_LABELS, formatEventPeriod } from "@/lib/agenda";
import { afterCursor, countLabel, parsePage, singleValue } from "@/lib/listing";
import { cmsQuery } from "@/lib/cms";
import { tags } from "@/lib/tags";
import { ListingPagination } from "./ListingPagination";
import { FeedLink } from "@/components/listings/FeedLink";

const PAGE_SIZE = 12;
const PAST = "passes";

type Period = "upcoming" | "past";

/**
 * The agenda: upcoming events (soonest first) or, with ?periode=passes, past ones (latest first),
 * twelve a page (?page=N). Unknown values in the URL are ignored with a notice.
 */
export async function EventListing({ page, searchParams }: { page: { urlPath: string }; searchParams: SearchParams }) {
  const notices: string[] = [];
  const periodValue = singleValue(searchParams, "periode").value;
  let period: Period = "upcoming";
  if (periodValue === PAST) period = "past";
  else if (periodValue !== undefined && periodValue !== "" && periodValue !== "a-venir") {
    notices.push(`La période « ${periodValue.slice(0, 40)} » n'existe pas : les événements à venir sont affichés.`);
  }
  const requested = parsePage(searchParams);
  if (requested.notice) notices.push(requested.notice);

  let pageIndex = requested.page;
  let events = await fetchEvents(page.urlPath, period, pageIndex);
  const pageCount = Math.max(1, Math.ceil(events.totalCount / PAGE_SIZE));
  if (pageIndex > pageCount) {
    notices.push(`La page ${pageIndex} n'existe pas : la première page est affichée.`);
    pageIndex = 1;
    events = await fetchEvents(page.urlPath, period, 1);
  }
  // No event ahead: the latest past ones, so the agenda never looks empty (« Derniers événements »).
  const recent = period === "upcoming" && events.totalCount === 0 ? (await fetchEvents(page.urlPath, "past", 1)).edges : [];
  const linkParams = period === "past" ? { periode: PAST } : {};
  const heading = period === "past" ? "Événements passés" : "Événements à venir";

  return (
    <section aria-labelledby="agenda-titre" className="fr-mt-4w">
      <FeedLink feed="events" />
      {notices.map((message) => (
        <Notice key={message} title={message} className="fr-mb-3w" />
      ))}
      <nav aria-label="Période des événements" className="fr-mb-3w">
        <ul className="fr-tags-group">
          <li>
            <Tag linkProps={{ href: page.urlPath, "aria-current": period === "upcoming" ? "page" : undefined }}>
              À venir{period === "upcoming" ? " (affichés)" : ""}
            </Tag>
          </li>
          <li>
            <Tag linkProps={{ href: `${page.urlPath}?periode=${PAST}`, "aria-current": period === "past" ? "page" : undefined }}>
              Passés{period === "past" ? " (affichés)" : ""}
            </Tag>
          </li>
        </ul>
      </nav>
      <h2 id="agenda-titre">
        {heading} <span className="fr-text--md fr-text--regular">({countLabel(events.totalCount, "événement", "événements")})</span>
      </h2>
      {events.edges.length === 0 ? (
        <p>
          {period === "past" ? "Aucun événement passé pour le moment." : "Aucun événement à venir pour le moment. "}
          {period === "upcoming" && <Link href={`${page.urlPath}?periode=${PAST}`}>Voir les événements passés</Link>}
        </p>
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {events.edges.map((edge) =>
            edge?.node ? (
              <li key={edge.node.id} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
                <EventCard event={edge.node} />
              </li>
            ) : null,
          )}
        </ul>
      )}
      <ListingPagination path={page.urlPath} total={events.totalCount} page={pageIndex} query={linkParams} />
      {recent.length > 0 && (
        <>
          <h2 className="fr-mt-4w">Derniers événements</h2>
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
            {recent.map((edge) =>
              edge?.node ? (
                <li key={edge.node.id} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
                  <EventCard event={edge.node} />
                </li>
              ) : null,
            )}
          </ul>
        </>
      )}
    </section>
  );
}

type EventNode = NonNullable<NonNullable<EventListQuery["events"]["edges"][number]>["node"]>;

function EventCard({ event }: { event: EventNode }) {
  const rendition = event.image?.rendition;
  const place = [EVENT_FORMAT_LABELS[event.format], event.city].filter(Boolean).join(" — ");
  const common = {
    title: event.title,
    titleAs: "h3" as const,
    enlargeLink: true as const,
    linkProps: { href: event.urlPath },
    desc: event.summary,
    start: <p className="fr-card__detail fr-icon-calendar-line">{formatEventPeriod(event.localStart, event.localEnd, event.timeZone)}</p>,
    detail: place,
    endDetail: event.organiser ? `Organisé par ${event.organiser}` : undefined,
  };
  return rendition ? (
    <Card {...common} imageUrl={rendition.url} imageAlt="" nativeImgProps={{ width: rendition.width, height: rendition.height, loading: "lazy" }} />
  ) : (
    <Card {...common} />
  );
}

async function fetchEvents(indexPath: string, period: Period, pageIndex: number) {
  const data = await cmsQuery(
    EventListDocument,
    { upcoming: period === "upcoming", past: period === "past", first: PAGE_SIZE, after: afterCursor(pageIndex, PAGE_SIZE) },
    { tags: [tags.type("EventPage"), tags.path(indexPath)] },
  );
  return data.events;
}
