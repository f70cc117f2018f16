import { expect, test } from "@playwright/test";

import { demo } from "./support/demo";

// The listings announce their Atom feed in the head and offer it as a visible link; each link
// answers 200 with Atom. A project's journal does the same (projects.spec.ts).

for (const [name, path] of [
  ["expériences", demo.experiences],
  ["ressources", demo.resources],
  ["agenda", demo.agenda],
  ["journal d'un projet", demo.project.path],
] as const) {
  test(`la page « ${name} » mène à son flux Atom`, async ({ page, request }) => {
    await page.goto(path);
    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternate).toHaveCount(1);
    const href = await alternate.getAttribute("href");
    const visible = page.getByRole("link", { name: /S.abonner au flux|flux Atom/ }).first();
    await expect(visible).toBeVisible();
    expect(await visible.getAttribute("href")).toBe(href);
    const feed = await request.get(href!);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toMatch(/<feed [^>]*xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  });
}
