import { afterEach, describe, expect, it, vi } from "vitest";

import { CmsUnavailableError } from "@/lib/cms";
import { fetchSearch, parseSearchParams } from "@/lib/search";

type Variables = { query: string; filter: Record<string, unknown> | null; after: string | null; spellcheck: boolean };

const facets = (themes: string[]) => ({
  contentType: [],
  theme: themes.map((value) => ({ value, label: value, count: 1 })),
  territoryType: [],
  department: [],
  participationLevel: [],
  year: [],
});

function connection(total: number, themes: string[]) {
  return {
    totalCount: total,
    correctedQuery: null,
    expansions: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
    promotions: [],
    facets: facets(themes),
    edges: [],
  };
}

/** A CMS that knows the themes « culture » and « sante », and refuses any other value as the real one does. */
function fakeCms(calls: Variables[], answer?: (variables: Variables) => Response) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: URL | string, init?: RequestInit) => {
      const url = new URL(String(input));
      const variables = (init?.body ? JSON.parse(String(init.body)).variables : JSON.parse(url.searchParams.get("variables") ?? "{}")) as Variables;
      calls.push(variables);
      if (answer) return answer(variables);
      const themes = ((variables.filter?.theme as string[] | undefined) ?? []).filter((theme) => !["culture", "sante"].includes(theme));
      if (themes.length) {
        return Response.json({ data: null, errors: [{ message: `Filtre « theme » : valeur inconnue « ${themes[0]} ».`, extensions: { code: "BAD_USER_INPUT" } }] });
      }
      return Response.json({ data: { search: connection(variables.filter ? 1 : 5, ["culture", "sante"]) } });
    }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("fetchSearch", () => {
  it("drops a filter value unknown to the CMS with a notice, and keeps the known ones", async () => {
    const calls: Variables[] = [];
    fakeCms(calls);
    const { params } = parseSearchParams({ q: "culture", theme: ["nope", "culture"] });
    const outcome = await fetchSearch(params);
    expect(outcome.kind).toBe("results");
    if (outcome.kind !== "results") return;
    expect(outcome.filters).toEqual({ theme: ["culture"] });
    expect(outcome.search.totalCount).toBe(1);
    expect(outcome.notices).toEqual(["Le filtre « Thématique » contenait une valeur inconnue pour cette recherche (« nope ») : elle a été ignorée."]);
    expect(calls.at(-1)?.filter).toEqual({ theme: ["culture"] });
  });

  it("sends the page as the CMS's cursor and the exact words when asked", async () => {
    const calls: Variables[] = [];
    fakeCms(calls);
    const { params } = parseSearchParams({ q: "démocrasie", page: "2", exact: "1" });
    await fetchSearch(params);
    expect(calls[0]).toMatchObject({ query: "démocrasie", after: "b2Zmc2V0Ojk=", spellcheck: false, filter: null });
  });

  it("shows the CMS's message when it refuses the words themselves", async () => {
    fakeCms([], () => Response.json({ data: null, errors: [{ message: "La recherche ne contient que des mots trop courants.", extensions: { code: "BAD_USER_INPUT" } }] }));
    const outcome = await fetchSearch(parseSearchParams({ q: "les des" }).params);
    expect(outcome).toEqual({ kind: "refused", message: "La recherche ne contient que des mots trop courants.", notices: [] });
  });

  it("reports the CMS or its engine down as unavailable (the page answers 503)", async () => {
    fakeCms([], () => Response.json({ data: null, errors: [{ message: "Moteur indisponible.", extensions: { code: "SEARCH_UNAVAILABLE" } }] }));
    await expect(fetchSearch(parseSearchParams({ q: "culture" }).params)).rejects.toBeInstanceOf(CmsUnavailableError);
    fakeCms([], () => new Response("", { status: 502 }));
    await expect(fetchSearch(parseSearchParams({ q: "culture" }).params)).rejects.toBeInstanceOf(CmsUnavailableError);
  });
});
