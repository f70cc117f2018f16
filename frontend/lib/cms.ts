import "server-only";

import type { TypedDocumentString } from "@/gql/graphql";
import { CMS_GRAPHQL_URL, CMS_REVALIDATE_SECONDS } from "@/lib/config";

export type GraphQLError = { message: string; extensions?: { code?: string } };

/** The CMS did not answer (network error, 5xx): the site shows its 503 page. */
export class CmsUnavailableError extends Error {
  constructor(cause: unknown) {
    super("Le CMS ne répond pas.", { cause });
    this.name = "CmsUnavailableError";
    markCmsDown();
  }
}

/** The CMS answered with GraphQL errors for a committed operation: a bug, not bad input. */
export class CmsQueryError extends Error {
  constructor(public readonly errors: GraphQLError[]) {
    super(errors.map((error) => error.message).join(" ; "));
    this.name = "CmsQueryError";
  }
}

const CMS_DOWN = Symbol.for("territoires.cmsDownAt");
type GlobalWithFlag = typeof globalThis & { [CMS_DOWN]?: number };

/** Remembered process-wide so the server can answer 503 rather than 500 (see server.mjs). */
function markCmsDown() {
  (globalThis as GlobalWithFlag)[CMS_DOWN] = Date.now();
}

export type QueryOptions = {
  /** Cache tags (see lib/tags.ts); the publish webhook revalidates exactly these. */
  tags: string[];
  /** Drafts and signed-in reads are never cached. */
  noStore?: boolean;
};

type Payload<R> = { data?: R | null; errors?: GraphQLError[] };

function persistedHash(document: TypedDocumentString<unknown, unknown>): string | undefined {
  const hash = (document.__meta__ as { hash?: string } | undefined)?.hash;
  return hash?.replace(/^sha256:/, "");
}

async function send<R>(request: () => Promise<Response>): Promise<Payload<R>> {
  let response: Response;
  try {
    response = await request();
  } catch (error) {
    throw new CmsUnavailableError(error);
  }
  if (response.status >= 500) throw new CmsUnavailableError(`HTTP ${response.status}`);
  try {
    return (await response.json()) as Payload<R>;
  } catch (error) {
    throw new CmsUnavailableError(error);
  }
}

/**
 * Runs a committed operation. Reads go first as a GET with the operation's sha256 (Apollo's
 * persisted-query protocol: cacheable by a CDN, and the only form accepted when the CMS runs with
 * committed operations only); the full text is sent only if the CMS does not know the hash.
 */
export async function cmsQuery<R, V extends Record<string, unknown>>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options: QueryOptions,
): Promise<R> {
  const fetchOptions: RequestInit & { next?: { tags: string[]; revalidate?: number } } = options.noStore
    ? { cache: "no-store" }
    : { cache: "force-cache", next: { tags: options.tags, revalidate: CMS_REVALIDATE_SECONDS } };
  const headers = { Accept: "application/json" };
  const hash = persistedHash(document as TypedDocumentString<unknown, unknown>);
  let payload: Payload<R> | undefined;
  if (hash) {
    const url = new URL(CMS_GRAPHQL_URL);
    url.searchParams.set("variables", JSON.stringify(variables));
    url.searchParams.set("extensions", JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    payload = await send<R>(() => fetch(url, { ...fetchOptions, method: "GET", headers }));
    const notFound = payload.errors?.some(
      (error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND" || error.message === "PersistedQueryNotFound",
    );
    // Only an unknown hash is worth sending the text for; any other error would come back the same.
    if (notFound) payload = undefined;
  }
  if (!payload) {
    payload = await send<R>(() =>
      fetch(CMS_GRAPHQL_URL, {
        ...fetchOptions,
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json" },
        body: JSON.stringify({ query: document.toString(), variables }),
      }),
    );
  }
  if (payload.errors?.length && !payload.data) throw new CmsQueryError(payload.errors);
  if (!payload.data) throw new CmsQueryError([{ message: "Réponse vide du CMS." }]);
  return payload.data;
}
