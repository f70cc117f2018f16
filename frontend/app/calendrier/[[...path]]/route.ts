import { AgendaCalendarDocument, EventCalendarDocument } from "@/gql/graphql";
import { cmsQuery, CmsUnavailableError } from "@/lib/cms";
import { normalizePath, tags } from "@/lib/tags";

/**
 * « Ajouter à mon agenda » : `/calendrier/<chemin de l'événement>` gives that event's .ics, and
 * `/calendrier/` the agenda feed of upcoming events to subscribe to. The iCalendar text is made by
 * the CMS (icalendar, VTIMEZONE Europe/Paris); the site only serves it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ path?: string[] }> }): Promise<Response> {
  const segments = (await params).path;
  try {
    if (!segments?.length) {
      const { eventsCalendar } = await cmsQuery(AgendaCalendarDocument, { upcoming: true }, { tags: [tags.type("EventPage")] });
      return calendar(eventsCalendar, "agenda-territoires-en-commun.ics", "inline");
    }
    const urlPath = normalizePath(segments.map((segment) => decodeURIComponent(segment)).join("/"));
    const { page } = await cmsQuery(EventCalendarDocument, { urlPath }, { tags: [tags.path(urlPath)] });
    if (!page || !("icalendar" in page)) {
      return new Response("Aucun événement publié à cette adresse.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    const slug = urlPath.split("/").filter(Boolean).pop() ?? "evenement";
    return calendar(page.icalendar, `${slug}.ics`, "attachment");
  } catch (error) {
    if (error instanceof CmsUnavailableError) {
      return new Response("Le calendrier est momentanément indisponible. Réessayez dans quelques minutes.", {
        status: 503,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "30" },
      });
    }
    throw error;
  }
}

function calendar(text: string, filename: string, disposition: "inline" | "attachment"): Response {
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `${disposition}; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
