import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { ApolloClient, HttpLink, InMemoryCache, gql, type TypedDocumentNode } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { expect, test } from "@playwright/test";

import { demo } from "./support/demo";
import { CMS_URL } from "./support/env";

// What another front end does with the contract, with the real client libraries, against the CMS.
const GRAPHQL = `${CMS_URL}/graphql/`;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const possibleTypes = JSON.parse(readFileSync(path.join(ROOT, "graphql/possibleTypes.json"), "utf8")) as Record<string, string[]>;

function apollo(requests: string[], types: Record<string, string[]> = possibleTypes) {
  const recordingFetch: typeof fetch = (input, init) => {
    const url = String(input);
    requests.push(`${init?.method ?? "GET"} ${url.includes("extensions=") ? "empreinte" : "texte"}`);
    return fetch(input, init);
  };
  const link = new PersistedQueryLink({
    sha256: (query: string) => createHash("sha256").update(query).digest("hex"),
    useGETForHashedQueries: true,
  }).concat(new HttpLink({ uri: GRAPHQL, fetch: recordingFetch }));
  return new ApolloClient({ link, cache: new InMemoryCache({ possibleTypes: types }) });
}

test("Apollo Client : requêtes persistées automatiques (GET par empreinte) et fragments sur l'interface Page", async () => {
  const requests: string[] = [];
  const client = apollo(requests);
  // A query the CMS has never seen: GET by hash → PersistedQueryNotFound → POST with the text.
  type ContractExperienceData = {
    page: { __typename: string; id: string; title: string; summary?: string; themes?: { id: string; name: string }[] } | null;
  };
  // Fragments on the interfaces (Node, Page) only match an ExperiencePage through possibleTypes.
  const query: TypedDocumentNode<ContractExperienceData, { urlPath: string }> = gql`
    query ContractExperience($urlPath: String!) {
      page(urlPath: $urlPath) {
        ...Identified
        ...Heading
        ... on ExperiencePage { summary themes { id name } }
      }
    }
    fragment Identified on Node { id }
    fragment Heading on Page { title }
  `;
  const first = await client.query({ query, variables: { urlPath: demo.experience.path }, fetchPolicy: "network-only" });
  expect(requests).toEqual(["GET empreinte", "POST texte"]);
  const page = first.data?.page;
  expect(page?.__typename).toBe("ExperiencePage");
  expect(page?.title).toBe(demo.experience.title);
  // possibleTypes: the fragment on ExperiencePage is read back from Apollo's cache through Page.
  expect(page?.summary).toBeTruthy();
  expect(page?.themes?.map((theme) => theme.name)).toContain("Culture");
  // Known now: one GET by hash, cacheable by a CDN.
  requests.length = 0;
  await client.query({ query, variables: { urlPath: demo.experience.path }, fetchPolicy: "network-only" });
  expect(requests).toEqual(["GET empreinte"]);

  // The same query without the committed type map: Apollo cannot read the Page fragment back.
  const blind = await apollo([], {}).query({ query, variables: { urlPath: demo.experience.path }, fetchPolicy: "network-only", errorPolicy: "all" });
  expect(blind.data?.page?.title).toBeUndefined();
});

test("Relay : un fragment rechargeable sur Node se compile (relay-compiler) et sa requête répond", async ({ request }) => {
  const work = mkdtempSync(path.join(tmpdir(), "relay-contrat-"));
  mkdirSync(path.join(work, "src", "__generated__"), { recursive: true });
  writeFileSync(
    path.join(work, "src", "ExperienceCard.ts"),
    `import { graphql } from "relay-runtime";
export const fragment = graphql\`
  fragment ExperienceCard_page on ExperiencePage @refetchable(queryName: "ExperienceCardRefetchQuery") {
    id
    title
    urlPath
  }
\`;
`,
  );
  writeFileSync(
    path.join(work, "relay.config.json"),
    JSON.stringify({ src: "./src", schema: path.join(ROOT, "graphql/schema.graphql"), language: "typescript", artifactDirectory: "./src/__generated__" }),
  );
  const compiler = spawnSync(path.join(ROOT, "frontend/node_modules/.bin/relay-compiler"), [], { cwd: work, encoding: "utf8" });
  expect(compiler.status, compiler.stdout + compiler.stderr).toBe(0);
  const generated = readdirSync(path.join(work, "src", "__generated__"));
  expect(generated).toContain("ExperienceCardRefetchQuery.graphql.ts");
  const artifact = readFileSync(path.join(work, "src", "__generated__", "ExperienceCardRefetchQuery.graphql.ts"), "utf8");
  const text = JSON.parse(artifact.match(/"text": ("(?:[^"\\]|\\.)*")/)?.[1] ?? '""') as string;
  expect(text).toContain("node(id: $id)");

  // The global id read from the page, then the refetch query Relay would run.
  const byPath = await request.post(GRAPHQL, { data: { query: `{ page(urlPath: "${demo.experience.path}") { id } }` } });
  const id = (await byPath.json()).data.page.id as string;
  const refetch = await request.post(GRAPHQL, { data: { query: text, variables: { id } } });
  const body = await refetch.json();
  expect(body.errors).toBeUndefined();
  expect(body.data.node.title).toBe(demo.experience.title);
});
