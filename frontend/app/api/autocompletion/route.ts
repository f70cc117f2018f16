import type { NextRequest } from "next/server";

import { AutocompleteDocument } from "@/gql/graphql";
import { CmsQueryError, CmsUnavailableError, cmsQuery } from "@/lib/cms";
import { autocompletePrefix, MAX_SUGGESTIONS } from "@/lib/search";

// Suggestions are not counted in the CMS's statistics: the browser and a CDN may keep them a
// minute (the same prefix is asked again when one types then deletes a letter).
const CACHE_CONTROL = "public, max-age=60";

/** Suggestions for the search inputs: `?q=` (2 to 200 characters) → `{ suggestions: [...] }`. */
export async function GET(request: NextRequest): Promise<Response> {
  const prefix = autocompletePrefix(request.nextUrl.searchParams.get("q"));
  if (prefix === null) return Response.json({ suggestions: [] }, { headers: { "Cache-Control": CACHE_CONTROL } });
  try {
    const data = await cmsQuery(AutocompleteDocument, { prefix, first: MAX_SUGGESTIONS }, { tags: ["search"], noStore: true });
    return Response.json({ suggestions: data.autocomplete }, { headers: { "Cache-Control": CACHE_CONTROL } });
  } catch (error) {
    if (error instanceof CmsQueryError && error.errors.every((item) => item.extensions?.code === "BAD_USER_INPUT")) {
      // Only punctuation, or common words: nothing to suggest.
      return Response.json({ suggestions: [] }, { headers: { "Cache-Control": CACHE_CONTROL } });
    }
    const unavailable = error instanceof CmsUnavailableError || error instanceof CmsQueryError;
    if (!unavailable) throw error;
    return Response.json(
      { suggestions: [], error: "Les suggestions sont momentanément indisponibles.", code: "CMS_UNAVAILABLE" },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
    );
  }
}
