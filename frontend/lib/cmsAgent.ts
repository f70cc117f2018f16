import "server-only";

import type { TypedDocumentString } from "@/gql/graphql";
import { CmsQueryError, CmsUnavailableError, type GraphQLError } from "@/lib/cms";
import { CMS_GRAPHQL_URL } from "@/lib/config";

/** The CMS refused the agent's token (expired, revoked): the agent signs in again. */
export class AgentTokenRefusedError extends Error {
  constructor() {
    super("Votre session a expiré : reconnectez-vous.");
    this.name = "AgentTokenRefusedError";
  }
}

const REFUSED = new Set(["UNAUTHENTICATED", "INVALID_TOKEN", "TOKEN_EXPIRED", "TOKEN_REVOKED"]);

/** Files of a request, by the path of their (null) variable: `{ "variables.input.image.file": file }`. */
export type AgentFiles = Record<string, File>;

/** The body of a request: JSON, or the GraphQL multipart request spec when it carries files. */
export function requestBody(query: string, variables: Record<string, unknown>, files: AgentFiles = {}): { body: string | FormData; headers: Record<string, string> } {
  const entries = Object.entries(files);
  if (!entries.length)
    return {
      body: JSON.stringify({ query, variables }),
      headers: { "Content-Type": "application/json" },
    };
  const form = new FormData();
  form.append("operations", JSON.stringify({ query, variables }));
  form.append("map", JSON.stringify(Object.fromEntries(entries.map(([path], index) => [String(index), [path]]))));
  entries.forEach(([, file], index) => form.append(String(index), file, file.name));
  return { body: form, headers: {} };
}

/**
 * Runs a committed operation on the agent's behalf (`Authorization: Bearer`): always a POST, never
 * cached (no tags: nothing of an agent's view may reach the shared data cache). With `files`, a
 * multipart request (the CMS checks type, size and pixels, and stores nothing on refusal).
 */
export async function cmsAgentQuery<R, V extends Record<string, unknown>>(
  document: TypedDocumentString<R, V>,
  variables: V,
  token: string | null,
  files: AgentFiles = {},
  forwardedFor: string | null = null,
): Promise<R> {
  let response: Response;
  const { body, headers } = requestBody(document.toString(), variables, files);
  try {
    response = await fetch(CMS_GRAPHQL_URL, {
      method: "POST",
      cache: "no-store",
      headers: {
        Accept: "application/json",
        ...headers,
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(forwardedFor ? { "X-Forwarded-For": forwardedFor } : {}),
      },
      body,
    });
  } catch (error) {
    throw new CmsUnavailableError(error);
  }
  if (response.status === 401 || response.status === 403) throw new AgentTokenRefusedError();
  if (response.status >= 500) throw new CmsUnavailableError(`HTTP ${response.status}`);
  let payload: { data?: R | null; errors?: GraphQLError[] };
  try {
    payload = (await response.json()) as typeof payload;
  } catch (error) {
    throw new CmsUnavailableError(error);
  }
  if (payload.errors?.some((error) => REFUSED.has(error.extensions?.code ?? ""))) throw new AgentTokenRefusedError();
  if (payload.errors?.length && !payload.data) throw new CmsQueryError(payload.errors);
  if (!payload.data) throw new CmsQueryError([{ message: "Réponse vide du CMS." }]);
  return payload.data;
}
