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

export function messageGlobalId(pk: string): string {
  return Buffer.from(`CommunityMessage:${pk}`, "utf8").toString("base64");
}

/** The first words of a message, for a quotation. */
export function excerpt(body: string, length = 140): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} Ko`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} Mo`;
}

export const ATTACHMENT_ACCEPT = ".jpg,.jpeg,.png,.webp,.pdf,.odt,.ods,.docx,.xlsx,.csv";
export const ATTACHMENT_HINT =
  "Images (JPEG, PNG, WebP) ou documents (PDF, ODT, ODS, DOCX, XLSX, CSV), le type lu dans le contenu ; plusieurs fichiers possibles. Seuls les lecteurs de ce fil pourront les télécharger.";
