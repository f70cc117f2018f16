import { Webhook, WebhookVerificationError } from "standardwebhooks";

/** What the CMS says changed (webhooks app, docs/adr/0012-publish-webhooks.md). */
export type PublishEvent = {
  type: string;
  occurredAt?: string;
  objects?: { kind: string; type?: string; id?: string; urlPath?: string; oldUrlPath?: string }[];
  paths?: string[];
  tags?: string[];
};

export type Verification =
  | { ok: true; event: PublishEvent; webhookId: string }
  | { ok: false; reason: string };

/**
 * Checks a Standard Webhooks signature (HMAC-SHA256 over id.timestamp.body) with the shared secret;
 * the library refuses timestamps more than five minutes away (replays).
 */
export function verifyPublishWebhook(secret: string, body: string, headers: Headers): Verification {
  if (!secret) return { ok: false, reason: "secret absent (SITE_WEBHOOK_SECRET)" };
  const webhookId = headers.get("webhook-id") ?? "";
  const required = {
    "webhook-id": webhookId,
    "webhook-timestamp": headers.get("webhook-timestamp") ?? "",
    "webhook-signature": headers.get("webhook-signature") ?? "",
  };
  try {
    const event = new Webhook(secret).verify(body, required) as PublishEvent;
    if (!event || typeof event !== "object" || typeof event.type !== "string") {
      return { ok: false, reason: "corps invalide" };
    }
    return { ok: true, event, webhookId };
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { ok: false, reason: error.message };
    return { ok: false, reason: "signature illisible" };
  }
}

/** Tags and paths to revalidate, deduplicated, only of the forms the site uses. */
export function revalidationTargets(event: PublishEvent): { tags: string[]; paths: string[] } {
  const tags = new Set<string>();
  const paths = new Set<string>();
  for (const tag of event.tags ?? []) {
    if (typeof tag === "string" && /^(site|sitemap|path:\/.*|type:\w+|page:[\w=+/-]+|snippet:[\w.]+)$/.test(tag)) tags.add(tag);
  }
  for (const path of event.paths ?? []) {
    if (typeof path === "string" && path.startsWith("/") && !path.startsWith("//")) paths.add(path);
  }
  for (const object of event.objects ?? []) {
    for (const path of [object.urlPath, object.oldUrlPath]) {
      if (typeof path === "string" && path.startsWith("/") && !path.startsWith("//")) {
        paths.add(path);
        tags.add(`path:${path.endsWith("/") ? path : `${path}/`}`);
      }
    }
  }
  return { tags: [...tags], paths: [...paths] };
}
