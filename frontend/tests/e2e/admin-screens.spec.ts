import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";

import { ADMIN_PASSWORD, ADMIN_USER, CMS_URL } from "./support/env";
import { demo } from "./support/demo";
import { pageKey } from "./support/cms";

// The admin's screens in the browser (issue #17): no request leaves the CMS (no Gravatar, CDN or
// web font) for any of the three roles; the project's own screens pass axe-core; a successful
// autosave does not leave Wagtail's « en pause » banner behind.

const PASSWORD = "e2e-Admin-Territoires-2026!";
const CMS_ORIGIN = new URL(CMS_URL).origin;

test.beforeAll(() => {
  // The demo's passwords are random: the three accounts get the one admin-moderation.spec.ts uses.
  execFileSync(
    fileURLToPath(new URL("../../../scripts/e2e-cms", import.meta.url)),
    [
      "manage",
      "shell",
      "-v0",
      "-c",
      `from django.contrib.auth import get_user_model
for user in get_user_model().objects.filter(username__in=["editeur", "moderateur", "contributeur"]):
    user.set_password("${PASSWORD}")
    user.save()`,
    ],
    { encoding: "utf8" },
  );
});

async function signIn(browser: Browser, username: string, password = PASSWORD) {
  const context = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" });
  // Every request to another host is recorded and refused: the test never waits on the network.
  const outside: string[] = [];
  await context.route(
    (url) => /^https?:$/.test(url.protocol) && url.origin !== CMS_ORIGIN,
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  await page.goto(`${CMS_URL}/admin/login/`);
  await page.locator("#id_username").fill(username);
  await page.locator("#id_password").fill(password);
  await page.locator("#id_password").press("Enter");
  await expect(page).toHaveURL(`${CMS_URL}/admin/`);
  return { page, outside };
}

/** axe-core on the screen's content (the project's template), not on Wagtail's menus. */
async function expectAccessible(page: Page, label: string, selector = "main") {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const blocking = results.violations.filter((violation) => violation.impact === "critical" || violation.impact === "serious");
  expect(
    blocking.map((violation) => `${violation.id} : ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(" ; ")})`),
    label,
  ).toEqual([]);
}

test("les écrans de l'administration des trois rôles ne font appel à aucun autre serveur", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const experience = await pageKey(request, demo.experience.path);
  // Each role: its dashboard, an edit form and a chooser; the explorer, the search and a report
  // once (the same templates for the three roles; the project's own screens: next test).
  const screens: Record<string, string[]> = {
    editeur: ["/admin/pages/", "/admin/pages/search/?q=S%C3%A9n%C3%A9", "/admin/reports/site-history/"],
    moderateur: [],
    contributeur: [],
  };
  for (const [username, more] of Object.entries(screens)) {
    const { page, outside } = await signIn(browser, username);
    await expect(page.locator("img[src*='gravatar']"), `${username} : tableau de bord`).toHaveCount(0);
    for (const screen of [...more, `/admin/pages/${experience}/edit/`]) {
      await page.goto(`${CMS_URL}${screen}`);
      await expect(page.locator("img[src*='gravatar']"), `${username} ${screen}`).toHaveCount(0);
    }
    await page
      .locator("#id_image-chooser [data-chooser-action-choose]")
      .first()
      .evaluate((button) => (button as HTMLButtonElement).click());
    await expect(page.locator(".modal")).toBeVisible();
    await expect(page.locator(".modal").getByRole("heading").first()).toBeVisible();
    expect(outside, `${username} : requêtes vers d'autres serveurs`).toEqual([]);
    await page.context().close();
  }
});

test("les écrans propres au projet passent axe-core (aucune violation critique ou grave)", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const project = await pageKey(request, demo.project.path);
  const { page, outside } = await signIn(browser, ADMIN_USER, ADMIN_PASSWORD);
  await page.goto(`${CMS_URL}/admin/rapports/territoires-d-engagement/`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Territoires d'engagement");
  await expectAccessible(page, "programme des territoires d'engagement");
  await page.goto(`${CMS_URL}/admin/snippets/projects/enrollment/`);
  await expectAccessible(page, "inscriptions (exports)");
  await page.goto(`${CMS_URL}/admin/organisations/`);
  await expectAccessible(page, "organisations");
  await page.goto(`${CMS_URL}/admin/pages/${project}/edit/`);
  const enrollments = page.locator(".projects-enrollments");
  await expect(enrollments).toContainText("Parties prenantes");
  await expect(enrollments).toContainText("Observatrices");
  await expect(enrollments).toContainText("Liste d'attente");
  await expectAccessible(page, "projet partagé : collectivités inscrites", ".projects-enrollments");
  expect(outside, "requêtes vers d'autres serveurs").toEqual([]);
});

test("un enregistrement automatique réussi efface le bandeau « en pause » même si l'on continue à écrire", async ({ browser, request }) => {
  // About 15 s of typing after the sign-in and the snapshots: a busy machine needs more than 60 s.
  test.setTimeout(120_000);
  const key = await pageKey(request, demo.theme.path);
  const { page } = await signIn(browser, ADMIN_USER, ADMIN_PASSWORD);
  // Wagtail compares the form with its state taken two seconds after loading, and its controller
  // connects twice on this page: two snapshots a few hundred ms apart. An edit between them would be
  // part of the second one (no autosave ever): edits come once no snapshot has been taken for 2.5 s.
  await page.addInitScript(() =>
    document.addEventListener("w-unsaved:watch-edits", () => {
      document.documentElement.dataset.watching = String(performance.now());
    }),
  );
  await page.goto(`${CMS_URL}/admin/pages/${key}/edit/`);
  await page.waitForFunction(() => {
    const since = Number(document.documentElement.dataset.watching);
    return since > 0 && performance.now() - since > 2_500;
  });
  const banner = page.locator('div.footer__container[data-controller~="w-messages"]');
  const title = page.locator("#id_title");
  await title.fill("");
  await expect(banner).toContainText("L'enregistrement automatique est en pause");
  await expect(banner).toContainText("erreurs de validation");

  const isAutosave = (url: string) => url.endsWith(`/pages/${key}/edit/`);
  const sending = page.waitForRequest((sent) => sent.method() === "POST" && isAutosave(sent.url()));
  const saved = page.waitForResponse((response) => response.request().method() === "POST" && isAutosave(response.url()) && response.ok());
  // Another title than the loaded draft (a run on the same database left one).
  await title.fill(`${demo.theme.title} (brouillon ${Date.now()})`);
  await sending;
  // She goes on typing while it is saved, about 14 s without a pause (Wagtail waits for one to save
  // again): the banner must go with the successful save, not only once she stops.
  const typing = title.pressSequentially(
    " : version de travail relue, complétée et validée en réunion d'équipe avec les partenaires du territoire",
    { delay: 150, timeout: 40_000 },
  );
  await saved;
  await expect(page.locator("#w-autosave-indicator")).toHaveAttribute("data-w-autosave-state-value", "saved");
  await expect(banner).toHaveClass(/footer__container--hidden/, { timeout: 4_000 });
  await expect(banner).not.toContainText("erreurs de validation", { timeout: 4_000 });
  await typing;
});
