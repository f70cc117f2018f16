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

/**
 * Runs a committed operation on the agent's behalf (`Authorization: Bearer`): always a POST, never
 * cached (no tags: nothing of an agent's view may reach the shared data cache).
 */
export async function cmsAgentQuery<R, V extends Record<string, unknown>>(
  document: TypedDocumentString<R, V>,
  variables: V,
  token: string | null,
): Promise<R> {
  let response: Response;
  try {
    response = await fetch(CMS_GRAPHQL_URL, {
      method: "POST",
      cache: "no-store",
      headers: {
        Accept: "application/json",
        "Content-Type": "application/json",
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
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
