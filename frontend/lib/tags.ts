// Cache tags shared with the CMS's publish webhooks (docs/adr/0012-publish-webhooks.md).
export const tags = {
  site: "site",
  sitemap: "sitemap",
  path: (urlPath: string) => `path:${normalizePath(urlPath)}`,
  type: (typeName: string) => `type:${typeName}`,
  page: (globalId: string) => `page:${globalId}`,
};

export function normalizePath(urlPath: string): string {
  let path = urlPath.startsWith("/") ? urlPath : `/${urlPath}`;
  if (!path.endsWith("/")) path = `${path}/`;
  return path;
}
