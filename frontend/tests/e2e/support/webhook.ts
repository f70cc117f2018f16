import { createHmac, randomUUID } from "node:crypto";

/** Headers of a Standard Webhooks message signed as the CMS signs it (HMAC-SHA256 of id.timestamp.body). */
export function signedHeaders(secret: string, body: string, options: { id?: string; timestamp?: number } = {}) {
  const id = options.id ?? `msg_${randomUUID()}`;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
}
