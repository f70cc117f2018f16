import { CMS_URL } from "@/lib/config";

// The CMS's Atom feeds (new experiences, resources, events) served under the site's own address,
// so that the links of the listings work whatever the CMS's public address.
const FEEDS = new Set(["experiences.atom", "ressources.atom", "evenements.atom"]);

export const revalidate = 300;

export async function GET(_request: Request, { params }: { params: Promise<{ feed: string }> }) {
  const { feed } = await params;
  if (!FEEDS.has(feed)) return new Response("Flux inconnu.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  let response: Response;
  try {
    response = await fetch(`${CMS_URL}/flux/${feed}`, { next: { revalidate: 300 } });
  } catch {
    return new Response("Le flux est momentanément indisponible.", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60" } });
  }
  if (!response.ok) return new Response("Le flux est momentanément indisponible.", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60" } });
  return new Response(await response.text(), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
