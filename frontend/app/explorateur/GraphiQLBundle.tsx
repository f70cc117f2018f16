"use client";

import "graphiql/setup-workers/webpack";
import "graphiql/style.css";

import type { GraphQLSchema } from "graphql";
import { GraphiQL } from "graphiql";

import type { ExplorerTab } from "./Explorer";

/** GraphiQL against the CMS's endpoint; the browser posts there (the CMS allows the site's origin). */
export function GraphiQLBundle({ url, schema, tabs }: { url: string; schema: GraphQLSchema | undefined; tabs: ExplorerTab[] }) {
  const fetcher = async (params: unknown) => {
    const response = await fetch(url, {
      method: "POST",
      credentials: "omit",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify(params),
    });
    return response.json();
  };
  return <GraphiQL fetcher={fetcher} schema={schema} defaultTabs={tabs.length ? tabs : undefined} />;
}
