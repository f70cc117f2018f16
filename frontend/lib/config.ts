// Everything the site reads from its environment, in one place.
export const CMS_URL = (process.env.CMS_URL ?? "http://127.0.0.1:8000").replace(/\/$/, "");
export const CMS_GRAPHQL_URL = process.env.CMS_GRAPHQL_URL ?? `${CMS_URL}/graphql/`;
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
export const SITE_NAME = "Territoires en commun";
/** Secret shared with the CMS's webhook endpoint (Standard Webhooks, `whsec_…`). */
export const SITE_WEBHOOK_SECRET = process.env.SITE_WEBHOOK_SECRET ?? "";
/** Seconds a fetched response may be served without asking the CMS again, when no webhook arrives. */
export const CMS_REVALIDATE_SECONDS = Number(process.env.CMS_REVALIDATE_SECONDS ?? 3600);
/** The GraphiQL explorer at /explorateur/ (development only: 404 unless "true"). */
export const GRAPHIQL_ENABLED = process.env.GRAPHIQL_ENABLED === "true";
/** The CMS's GraphQL endpoint as a browser reaches it (the explorer posts there). */
export const CMS_PUBLIC_GRAPHQL_URL = process.env.CMS_PUBLIC_GRAPHQL_URL ?? CMS_GRAPHQL_URL;
