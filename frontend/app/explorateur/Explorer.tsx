"use client";

import { useMemo } from "react";
import dynamic from "next/dynamic";
import { buildSchema } from "graphql";

export type ExplorerTab = { query: string; variables?: string };

// GraphiQL and its editor (Monaco) are loaded by this page only, from the site's own bundle: no
// CDN, nothing in the other pages' JavaScript.
const GraphiQL = dynamic(() => import("./GraphiQLBundle").then((module) => module.GraphiQLBundle), {
  ssr: false,
  loading: () => <p role="status">Chargement de l&apos;explorateur…</p>,
});

export function Explorer({ url, sdl, tabs }: { url: string; sdl: string | null; tabs: ExplorerTab[] }) {
  const schema = useMemo(() => (sdl ? buildSchema(sdl) : undefined), [sdl]);
  return (
    <div style={{ height: "80vh", minHeight: "32rem" }} className="fr-mb-4w">
      <GraphiQL url={url} schema={schema} tabs={tabs} />
    </div>
  );
}
