import "server-only";

import { TaxonomyDocument } from "@/gql/graphql";
import { cmsQuery } from "@/lib/cms";

export type Taxonomy = { themeId: (slug: string) => string | undefined; territoryTypeId: (slug: string) => string | undefined };

/** Slug → global id of themes and territory types (cached; a change of either is a snippet webhook). */
export async function getTaxonomy(): Promise<Taxonomy> {
  const data = await cmsQuery(TaxonomyDocument, {}, { tags: ["snippet:cms.Theme", "snippet:cms.TerritoryType", "site"] });
  const themes = new Map(data.themes.map((theme) => [theme.slug, theme.id]));
  const territoryTypes = new Map(data.territoryTypes.map((type) => [type.slug, type.id]));
  return { themeId: (slug) => themes.get(slug), territoryTypeId: (slug) => territoryTypes.get(slug) };
}
