import type { MetadataRoute } from "next";
import { connection } from "next/server";

import { SitemapDocument } from "@/gql/graphql";
import { cmsQuery } from "@/lib/cms";
import { SITE_URL } from "@/lib/config";
import { tags } from "@/lib/tags";


/** A sitemap protocol file holds 50 000 URLs; 100 per request, 500 requests at most. */
const MAX_REQUESTS = 500;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Rendered on request (the CMS may be absent while the site is built); fetches stay cached by tag.
  await connection();
  const entries: MetadataRoute.Sitemap = [];
  let after: string | null | undefined;
  for (let request = 0; request < MAX_REQUESTS; request += 1) {
    const { sitemap: page } = await cmsQuery(SitemapDocument, { first: 100, after }, { tags: [tags.sitemap] });
    for (const edge of page.edges) {
      if (edge?.node) entries.push({ url: `${SITE_URL}${edge.node.urlPath}`, lastModified: edge.node.lastPublishedAt ?? undefined });
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return entries;
}
