import { revalidatePath, revalidateTag } from "next/cache";

import { SITE_WEBHOOK_SECRET } from "@/lib/config";
import { revalidationTargets, verifyPublishWebhook } from "@/lib/webhooks";

const seen = new Map<string, number>();

/** The CMS's publish webhook: verify the signature, then revalidate exactly what changed. */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  const verification = verifyPublishWebhook(SITE_WEBHOOK_SECRET, body, request.headers);
  if (!verification.ok) {
    console.warn(`[webhook] refusé : ${verification.reason}`);
    return Response.json({ error: "signature invalide", code: "INVALID_SIGNATURE" }, { status: 401 });
  }
  // The CMS retries with the same webhook-id: a delivery already applied is acknowledged again.
  if (seen.has(verification.webhookId)) {
    return Response.json({ revalidated: false, duplicate: true });
  }
  seen.set(verification.webhookId, Date.now());
  if (seen.size > 1000) seen.delete(seen.keys().next().value as string);
  const { tags, paths } = revalidationTargets(verification.event);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  for (const path of paths) revalidatePath(path);
  console.info(`[webhook] ${verification.event.type} : ${tags.length} étiquette(s), ${paths.length} chemin(s)`);
  return Response.json({ revalidated: true, tags, paths });
}
