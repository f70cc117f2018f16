import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";

import { CMS_PUBLIC_GRAPHQL_URL, GRAPHIQL_ENABLED } from "@/lib/config";

import { Explorer, type ExplorerTab } from "./Explorer";

export const metadata: Metadata = { title: "Explorateur de l'API", robots: { index: false, follow: false } };

// Variables that make an operation runnable at once, for the operations that need some.
const EXAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  "Search.graphql": { query: "démocratie participative", first: 5 },
  "Autocomplete.graphql": { prefix: "cul", first: 5 },
  "PageByPath.graphql": { urlPath: "/" },
};

// The committed contract, read where `make run` and `next dev` start the site (frontend/).
const CONTRACT_DIR = path.join(process.cwd(), "..", "graphql");

async function readContract(): Promise<{ sdl: string | null; tabs: ExplorerTab[] }> {
  const operationsDir = path.join(CONTRACT_DIR, "operations");
  try {
    const sdl = await readFile(path.join(CONTRACT_DIR, "schema.graphql"), "utf8");
    const fragmentsDir = path.join(operationsDir, "fragments");
    const fragmentFiles = (await readdir(fragmentsDir).catch(() => [])).filter((name) => name.endsWith(".graphql"));
    const fragments = await Promise.all(fragmentFiles.map((name) => readFile(path.join(fragmentsDir, name), "utf8")));
    const files = (await readdir(operationsDir)).filter((name) => name.endsWith(".graphql")).sort();
    const tabs = await Promise.all(
      files.map(async (name) => {
        const text = await readFile(path.join(operationsDir, name), "utf8");
        // Each committed operation with the shared fragments it spreads, ready to run.
        const used = fragments.filter((fragment) => {
          const fragmentName = /fragment\s+(\w+)/.exec(fragment)?.[1];
          return fragmentName !== undefined && text.includes(`...${fragmentName}`);
        });
        const variables = EXAMPLE_VARIABLES[name];
        return {
          query: [text.trim(), ...used.map((fragment) => fragment.trim())].join("\n\n"),
          ...(variables ? { variables: JSON.stringify(variables, null, 2) } : {}),
        };
      }),
    );
    return { sdl, tabs };
  } catch {
    // Without the committed files, GraphiQL asks the CMS for its schema (introspection).
    return { sdl: null, tabs: [] };
  }
}

export default async function ExplorerPage() {
  // Read at request time: the same build serves with or without the explorer.
  await connection();
  // Only for development (`GRAPHIQL_ENABLED=true`): a 404 otherwise, the production default.
  if (!GRAPHIQL_ENABLED) notFound();
  const { sdl, tabs } = await readContract();
  const url = CMS_PUBLIC_GRAPHQL_URL;
  return (
    <>
      <h1>Explorateur de l&apos;API</h1>
      <p>
        Les requêtes partent de votre navigateur vers <code>{url}</code>. Chaque onglet est une opération commitée dans{" "}
        <code>graphql/operations/</code> ; le schéma affiché est <code>graphql/schema.graphql</code>.
      </p>
      <Explorer url={url} sdl={sdl} tabs={tabs} />
    </>
  );
}
