import "server-only";

import { SiteLayoutDocument } from "@/gql/graphql";
import { cmsQuery } from "@/lib/cms";
import { SITE_NAME } from "@/lib/config";
import { tags } from "@/lib/tags";

export type SiteLayoutData = {
  siteName: string;
  baseline: string;
  menu: { title: string; urlPath: string }[];
};

export async function getSiteLayout(): Promise<SiteLayoutData> {
  const data = await cmsQuery(SiteLayoutDocument, {}, { tags: [tags.site] });
  const menu = (data.page?.children.edges ?? []).flatMap((edge) => (edge?.node ? [{ title: edge.node.title, urlPath: edge.node.urlPath }] : []));
  return { siteName: SITE_NAME, baseline: "Engagement citoyen et coopération entre collectivités", menu };
}
