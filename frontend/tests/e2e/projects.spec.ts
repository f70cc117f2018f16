import { expect, test } from "@playwright/test";

import { demo } from "./support/demo";
import { SITE_URL } from "./support/env";

const ATOM = "http://www.w3.org/2005/Atom";

test("ouvrir un projet partagé et lire le flux de son journal de bord", async ({ page }) => {
  await page.goto(demo.projects);
  await page.getByRole("main").getByRole("link", { name: demo.project.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`${demo.project.path}$`));
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: demo.project.title })).toBeVisible();
  await expect(main.getByRole("link", { name: demo.journalEntry.title }).first()).toBeVisible();

  // The feed is announced to feed readers and linked for people.
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternate).toHaveCount(1);
  const feedUrl = (await alternate.getAttribute("href"))!;
  await expect(main.locator(`a[href="${feedUrl}"]`).first()).toBeVisible();

  const response = await page.request.get(feedUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/application\/atom\+xml/);
  const feed = await page.evaluate(
    ({ xml, ns }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      return {
        wellFormed: doc.getElementsByTagName("parsererror").length === 0,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        entries: Array.from(doc.getElementsByTagNameNS(ns, "entry")).map((entry) => ({
          title: entry.getElementsByTagNameNS(ns, "title")[0]?.textContent ?? "",
          link: entry.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href") ?? "",
          updated: entry.getElementsByTagNameNS(ns, "updated")[0]?.textContent ?? "",
        })),
      };
    },
    { xml: await response.text(), ns: ATOM },
  );
  expect(feed.wellFormed).toBe(true);
  expect(feed.root).toBe(`${ATOM} feed`);
  expect(feed.entries.length).toBeGreaterThanOrEqual(3);
  expect(feed.entries.map((entry) => entry.title)).toContain(demo.journalEntry.title);
  for (const entry of feed.entries) expect(entry.updated).not.toBe("");
  // Each entry links to its page on the site, which opens.
  const entry = feed.entries.find((candidate) => candidate.title === demo.journalEntry.title)!;
  expect(entry.link).toBe(`${SITE_URL}${demo.journalEntry.path}`);
  await page.goto(entry.link);
  await expect(page.getByRole("heading", { level: 1, name: demo.journalEntry.title })).toBeVisible();
});
