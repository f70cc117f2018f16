import ICAL from "ical.js";
import { expect, test } from "@playwright/test";

import { demo } from "./support/demo";

test("sitemap.xml et robots.txt sont construits depuis l'API", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain(`${demo.experience.path}</loc>`);
  expect(xml).toContain(`${demo.event.path}</loc>`);
  expect(xml).toContain("<lastmod>");
});

test("une ancienne adresse redirigée par un éditeur mène à la page, de façon permanente", async ({ request }) => {
  const old = "/fiche-dexperience/en-haute-vienne-la-lecture-citoyenne-vecteur-de-lien-intergenerationnel/";
  const response = await request.get(old, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()["location"]).toMatch(/\/experiences\/haute-vienne-la-lecture-citoyenne\/$/);
});

test("une adresse courte redirigée pour un temps répond 302, et la redirection mène à la page", async ({ page, request }) => {
  const response = await request.get("/je-participe/", { maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers()["location"]).toMatch(new RegExp(`${demo.projects}$`));
  await page.goto("/je-participe/");
  await expect(page).toHaveURL(new RegExp(`${demo.projects}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("l'agenda s'abonne en iCalendar, fuseau Europe/Paris", async ({ request }) => {
  const response = await request.get("/calendrier/");
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Paris");
});

test("une page de brouillon ne se laisse encadrer que par le CMS ; les autres pages par personne", async ({ request }) => {
  const page = await request.get(demo.experience.path);
  expect(page.headers()["content-security-policy"]).toBe("frame-ancestors 'self'");
});
