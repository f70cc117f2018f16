import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";

import { revalidationTargets, verifyPublishWebhook } from "@/lib/webhooks";

const secret = `whsec_${Buffer.from("un secret de test partagé avec le CMS").toString("base64")}`;
const body = JSON.stringify({
  type: "page.published",
  objects: [{ kind: "page", type: "ExperiencePage", id: "RXhwZXJpZW5jZVBhZ2U6MTI=", urlPath: "/experiences/niort/" }],
  tags: ["path:/experiences/niort/", "type:ExperiencePage", "sitemap", "<script>"],
  paths: ["/experiences/niort/", "//evil.example/"],
});

function signed(payload: string, options: { at?: Date; key?: string } = {}): Headers {
  const id = "msg_test_1";
  const at = options.at ?? new Date();
  const signature = new Webhook(options.key ?? secret).sign(id, at, payload);
  return new Headers({ "webhook-id": id, "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": signature });
}

describe("verifyPublishWebhook", () => {
  it("accepts a body signed with the shared secret", () => {
    const result = verifyPublishWebhook(secret, body, signed(body));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.event.type).toBe("page.published");
  });
  it("refuses a tampered body", () => {
    const result = verifyPublishWebhook(secret, body.replace("niort", "bourges"), signed(body));
    expect(result.ok).toBe(false);
  });
  it("refuses a stale timestamp (replay)", () => {
    const result = verifyPublishWebhook(secret, body, signed(body, { at: new Date(Date.now() - 10 * 60 * 1000) }));
    expect(result.ok).toBe(false);
  });
  it("refuses another secret", () => {
    const other = `whsec_${Buffer.from("un autre secret").toString("base64")}`;
    expect(verifyPublishWebhook(secret, body, signed(body, { key: other })).ok).toBe(false);
  });
  it("refuses everything when the site has no secret", () => {
    expect(verifyPublishWebhook("", body, signed(body)).ok).toBe(false);
  });
});

describe("revalidationTargets", () => {
  it("keeps only the tag and path forms the site uses", () => {
    const targets = revalidationTargets(JSON.parse(body));
    expect(targets.tags.sort()).toEqual(["path:/experiences/niort/", "sitemap", "type:ExperiencePage"]);
    expect(targets.paths).toEqual(["/experiences/niort/"]);
  });
});
