import type { CommunityRole, CommunityThreadKind } from "@/gql/graphql";

export const THREAD_KIND_LABELS: Record<CommunityThreadKind, string> = {
  QUESTION: "Question",
  SUCCESS: "Réussite",
  OBSTACLE: "Obstacle",
  SOLUTION: "Solution",
  RESOURCE: "Ressource partagée",
};

export const ROLE_LABELS: Partial<Record<CommunityRole, string>> = { EXPERT: "Expert", ANCT: "ANCT" };

/** The numeric key of a global id, for the site's readable addresses. */
export function numericId(globalId: string): string {
  return Buffer.from(globalId, "base64").toString("utf8").split(":")[1] ?? "";
}

export function threadGlobalId(pk: string): string {
  return Buffer.from(`CommunityThread:${pk}`, "utf8").toString("base64");
}
