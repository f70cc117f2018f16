import "server-only";

import { cache } from "react";

import { PageByPathDocument, RedirectDocument } from "@/gql/graphql";
import { cmsQuery } from "@/lib/cms";
import { normalizePath, tags } from "@/lib/tags";

/** The page at a site path; React's cache shares one fetch between metadata and rendering. */
export const getPageByPath = cache(async (urlPath: string) => {
  const path = normalizePath(urlPath);
  const data = await cmsQuery(PageByPathDocument, { urlPath: path }, { tags: [tags.path(path)] });
  return data.page ?? null;
});

/** Path segments from the catch-all route, decoded once (Next gives them percent-encoded). */
export function pathFromSegments(segments: string[] | undefined): string {
  if (!segments?.length) return "/";
  return normalizePath(segments.map((segment) => decodeURIComponent(segment)).join("/"));
}

/**
 * Where an editor's redirect (Wagtail's redirects) sends a path no page has, or null. Not cached by
 * the site: a redirect is not announced by the publish webhooks, and only unknown paths ask.
 */
export async function getRedirect(urlPath: string): Promise<{ location: string; permanent: boolean } | null> {
  const data = await cmsQuery(RedirectDocument, { path: urlPath }, { tags: [], noStore: true });
  const redirect = data.redirect;
  if (!redirect?.location) return null;
  return { location: redirect.location, permanent: redirect.isPermanent };
}
