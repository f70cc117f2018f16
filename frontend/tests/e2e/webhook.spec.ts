import { expect, test } from "@playwright/test";

import { WEBHOOK_SECRET } from "./support/env";
import { signedHeaders } from "./support/webhook";

const event = JSON.stringify({
  type: "page.published",
  occurredAt: new Date().toISOString(),
  objects: [{ kind: "page", type: "ExperiencePage", urlPath: "/experiences/sene-precurseur-de-la-democratie-culturelle/" }],
  tags: ["type:ExperiencePage", "sitemap"],
});

test("le webhook de publication : signé, il revalide ; sinon 401 et rien n'est revalidé", async ({ request }) => {
  const good = await request.post("/api/revalidate/", { headers: signedHeaders(WEBHOOK_SECRET, event), data: event });
  expect(good.status()).toBe(200);
  expect(await good.json()).toMatchObject({
    revalidated: true,
    tags: expect.arrayContaining(["type:ExperiencePage", "sitemap", "path:/experiences/sene-precurseur-de-la-democratie-culturelle/"]),
  });

  const refused = [
    // The body changed after signing.
    { headers: signedHeaders(WEBHOOK_SECRET, event), data: event.replace("sitemap", "site") },
    // Signed ten minutes ago: a replay.
    { headers: signedHeaders(WEBHOOK_SECRET, event, { timestamp: Math.floor(Date.now() / 1000) - 600 }), data: event },
    // Another secret.
    { headers: signedHeaders(`whsec_${Buffer.from("un autre secret").toString("base64")}`, event), data: event },
    // No signature at all.
    { headers: { "content-type": "application/json" }, data: event },
  ];
  for (const attempt of refused) {
    const response = await request.post("/api/revalidate/", attempt);
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ code: "INVALID_SIGNATURE" });
  }
});
