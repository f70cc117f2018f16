import { fileURLToPath } from "node:url";

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";

import { manage } from "./support/cms";
import { CMS_URL } from "./support/env";

// The admin as ANCT editors, moderators and collectivité contributors use it (issue #17): an
// editor publishes; a contributor submits; a moderator sends it back with two reasons, which the
// contributor reads at the top of her form before sending it back; the moderator approves. The
// French texts each person reads are asserted, axe-core checks the project's own panels, and the
// screenshots in docs/ are taken on the way.

const PASSWORD = "e2e-Admin-Territoires-2026!";
const DOCS = fileURLToPath(new URL("../../../docs", import.meta.url));
const TITLE = "Fête des voisins à Séné";


let sene = "";
let experiencesKey = "";
let resourcesKey = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  // The demo's passwords are random: give the three accounts a known one.
  const out = manage(`
from django.contrib.auth import get_user_model
from cms.models import LocalAuthority
from inspiration.models import InspirationIndexPage
for username in ("editeur", "moderateur", "contributeur"):
    user = get_user_model().objects.get(username=username)
    user.set_password("${PASSWORD}")
    user.save()
# This journey is the ANCT moderation of a contribution: Séné's referent (the demo's ProConnect
# agent) would add a review of her own first, which tests/workflows covers.
from cms.models import LocalAuthorityMembership
LocalAuthorityMembership.objects.filter(local_authority__code="56243", is_referent=True).update(is_referent=False)
print(LocalAuthority.objects.get(code="56243").pk, InspirationIndexPage.objects.get(slug="experiences").pk, InspirationIndexPage.objects.get(slug="ressources").pk)
`);
  const [authority = "", experiences = "", resources = ""] = out
    .split(/\s+/)
    .slice(-3);
  [sene, experiencesKey, resourcesKey] = [authority, experiences, resources];
});

async function signIn(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
  });
  const page = await context.newPage();
  await page.goto(`${CMS_URL}/admin/login/`);
  await page.locator("#id_username").fill(username);
  await page.locator("#id_password").fill(PASSWORD);
  await page.locator("#id_password").press("Enter");
  await expect(page).toHaveURL(`${CMS_URL}/admin/`);
  return page;
}

/** Clicks a footer action (most sit in the « Plus d'actions » drop-down) as the menu would. */
async function footerAction(page: Page, selector: string) {
  await Promise.all([
    page.waitForNavigation(),
    page
      .locator(selector)
      .first()
      .evaluate((button) => (button as HTMLButtonElement).click()),
  ]);
}

/** Marks the page once Wagtail watches the form for edits (two seconds after loading): from then on
 * its autosave may post the form in the background. */
async function watchEdits(page: Page) {
  await page.addInitScript(() =>
    document.addEventListener(
      "w-unsaved:watch-edits",
      () => document.documentElement.setAttribute("data-watching", ""),
      { once: true },
    ),
  );
}

/** The POSTs of the page editor's form, clicks and autosaves. The click's own request is held 3 s,
 * as on a busy server: an autosave due meanwhile goes out next to it, as editors saw (twice the
 * action, a 500, an approved page saved back as not live). */
async function countFormPosts(page: Page): Promise<string[]> {
  const posts: string[] = [];
  await page.route(
    /\/admin\/pages\/(\d+\/edit|add\/\w+\/\w+\/\d+)\/$/,
    async (route) => {
      const request = route.request();
      if (request.method() === "POST") {
        posts.push(
          `${request.resourceType()} ${new URL(request.url()).pathname}`,
        );
        if (request.resourceType() === "document")
          await new Promise((resolve) => setTimeout(resolve, 3_000));
      }
      await route.continue();
    },
  );
  return posts;
}

/** Whether the page with this slug is live, in the CMS's database. */
function isLive(slug: string): string {
  return manage(
    `from wagtail.models import Page; print(*Page.objects.filter(slug="${slug}").values_list("live", flat=True))`,
  );
}

/** axe-core on one of the project's own panels or messages: no critical or serious violation. */
async function expectAccessible(page: Page, selector: string) {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const blocking = results.violations.filter(
    (violation) =>
      violation.impact === "critical" || violation.impact === "serious",
  );
  expect(
    blocking.map((violation) => `${violation.id} : ${violation.help}`),
    selector,
  ).toEqual([]);
}

test("une éditrice ANCT crée et publie une ressource, sans circuit de validation des collectivités", async ({
  browser,
}) => {
  const editor = await signIn(browser, "editeur");
  await editor.screenshot({
    path: `${DOCS}/admin-tableau-de-bord-editrice.png`,
    fullPage: true,
  });
  await editor.goto(`${CMS_URL}/admin/pages/${resourcesKey}/add_subpage/`);
  // One page type in the section: its form opens directly.
  await expect(editor).toHaveURL(
    new RegExp(`/admin/pages/add/inspiration/resourcepage/${resourcesKey}/$`),
  );
  await expect(editor.getByRole("heading", { level: 1 })).toContainText(
    "Nouvelle ressource",
  );
  await editor.locator("#id_title").fill("Guide du budget participatif 2026");
  await editor.locator("#id_resource_type").selectOption({ index: 1 });
  await editor
    .locator("#id_summary")
    .fill("Les étapes d'un budget participatif, de la délibération au vote.");
  await editor
    .locator("#id_external_url")
    .fill("https://agence-cohesion-territoires.gouv.fr/budget-participatif");
  await editor.evaluate(() => {
    (document.querySelector('[name="slug"]') as HTMLInputElement).value =
      "guide-du-budget-participatif-2026";
  });
  const footer = editor.locator("footer");
  await expect(footer.locator('button[name="action-submit"]')).toHaveCount(0);
  await footerAction(editor, 'button[name="action-publish"]');
  await expect(editor.locator(".messages .success").first()).toContainText(
    "Guide du budget participatif 2026",
  );
});

test("une contributrice soumet, la modération renvoie avec deux motifs, elle corrige et renvoie, la modération approuve", async ({
  browser,
}) => {
  // Four screens for two people, each step awaited: longer than one page test on a busy machine.
  test.setTimeout(180_000);
  // 1. The contributor submits an experience of Séné.
  const contributor = await signIn(browser, "contributeur");
  await contributor.goto(
    `${CMS_URL}/admin/pages/add/inspiration/experiencepage/${experiencesKey}/`,
  );
  await contributor.locator("#id_title").fill(TITLE);
  await contributor
    .locator("#id_summary")
    .fill("Un repas partagé dans chaque quartier.");
  await contributor.locator("#id_participation_level").selectOption("4");
  await expect(
    contributor.locator("#id_participation_level option[value='5']"),
  ).toHaveText("5 — Apaisement");
  await contributor.evaluate((authority) => {
    (document.querySelector('[name="slug"]') as HTMLInputElement).value =
      "fete-des-voisins-a-sene";
    (
      document.querySelector(
        '[name="authority_links-0-local_authority"]',
      ) as HTMLInputElement
    ).value = authority;
  }, sene);
  await expect(contributor.locator('button[name="action-submit"]')).toHaveText(
    /Envoyer en validation/,
  );
  await footerAction(contributor, 'button[name="action-submit"]');
  await contributor.goto(`${CMS_URL}/admin/`);
  const mine = contributor.locator(
    'section[aria-labelledby="workflows-mine-heading"]',
  );
  await expect(mine).toContainText("Mes contributions");
  await expect(
    mine.getByRole("row", { name: new RegExp(TITLE) }),
  ).toContainText("En modération (Modération ANCT)");

  // 2. The moderator finds it once on the dashboard, with its step, and sends it back.
  const moderator = await signIn(browser, "moderateur");
  const queue = moderator.locator(
    'section[aria-labelledby="workflows-queue-heading"]',
  );
  await expect(
    queue.getByRole("row", { name: new RegExp(TITLE) }),
  ).toContainText("Modération ANCT");
  await expect(moderator.getByText(TITLE, { exact: true })).toHaveCount(1);
  await expectAccessible(
    moderator,
    'section[aria-labelledby="workflows-queue-heading"]',
  );
  await moderator.screenshot({
    path: `${DOCS}/admin-tableau-de-bord-moderateur.png`,
    fullPage: true,
  });
  await queue.getByRole("link", { name: TITLE }).click();
  await moderator
    .locator('[data-workflow-action-name="reject"]')
    .first()
    .evaluate((button) => (button as HTMLButtonElement).click());
  const modal = moderator.locator(".modal");
  await modal.locator('input[name="reasons"][value="incomplete"]').check();
  await modal.locator('input[name="reasons"][value="sources"]').check();
  await modal
    .locator('textarea[name="comment"]')
    .fill("Précisez le nombre de participants et le contact en mairie.");
  await moderator.screenshot({ path: `${DOCS}/admin-motifs-moderateur.png` });
  await Promise.all([
    moderator.waitForNavigation(),
    modal.locator("form [type=submit]").first().click(),
  ]);
  const sentBack = moderator
    .locator(".messages .success")
    .filter({ hasText: "renvoyée" });
  await expect(sentBack).toContainText(
    `« ${TITLE} » est renvoyée à Claire Le Guennec avec 2 motifs`,
  );
  await expect(moderator.locator(".messages")).not.toContainText("Rejeté");
  await moderator.screenshot({ path: `${DOCS}/admin-renvoi-moderateur.png` });

  // 3. The contributor reads the reasons at the top of her form, corrects and sends it back.
  await contributor.goto(`${CMS_URL}/admin/`);
  await expect(
    mine.getByRole("row", { name: new RegExp(TITLE) }),
  ).toContainText("Modifications demandées");
  await expect(mine).toContainText(
    "La corriger selon les motifs, puis la renvoyer à la modération.",
  );
  await expectAccessible(
    contributor,
    'section[aria-labelledby="workflows-mine-heading"]',
  );
  await contributor.screenshot({
    path: `${DOCS}/admin-tableau-de-bord-contributrice.png`,
    fullPage: true,
  });
  await mine.getByRole("link", { name: TITLE }).click();
  const reasons = contributor.locator(".messages .warning");
  await expect(reasons).toContainText(
    "Modifications demandées par Marc Delorme",
  );
  await expect(reasons).toContainText("Informations incomplètes");
  await expect(reasons).toContainText("Sources ou contact manquants");
  await expect(reasons).toContainText(
    "Commentaire : Précisez le nombre de participants et le contact en mairie.",
  );
  await expectAccessible(contributor, ".messages");
  await contributor.screenshot({
    path: `${DOCS}/admin-motifs-contributrice.png`,
  });
  await expect(
    contributor.locator(
      'button[name="action-cancel-workflow"], button[name="action-restart-workflow"]',
    ),
  ).toHaveCount(0);
  await contributor
    .locator("#id_summary")
    .fill(
      "Un repas partagé dans chaque quartier : 600 participants. Contact : mairie de Séné.",
    );
  await expect(contributor.locator('button[name="action-submit"]')).toHaveText(
    "Renvoyer à la modération (Modération ANCT)",
  );
  await footerAction(contributor, 'button[name="action-submit"]');
  await expect(contributor.locator(".messages")).not.toContainText("resoumis");

  // 4. The moderator approves: published, and the message says who is told. One click, one
  // request, even when the moderator read the page a while and the server is slow to answer.
  await watchEdits(moderator);
  const posts = await countFormPosts(moderator);
  await moderator.goto(`${CMS_URL}/admin/`);
  await queue.getByRole("link", { name: TITLE }).click();
  await moderator.locator("html[data-watching]").waitFor({ state: "attached" });
  await footerAction(
    moderator,
    '[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])',
  );
  expect(posts).toHaveLength(1);
  expect(isLive("fete-des-voisins-a-sene")).toBe("True");
  await expect(
    moderator.locator(".messages .success").filter({ hasText: "approuvée" }),
  ).toContainText(
    `« ${TITLE} » est approuvée et publiée ; Claire Le Guennec en est informée.`,
  );
  await contributor.goto(`${CMS_URL}/admin/`);
  await expect(
    mine.getByRole("row", { name: new RegExp(TITLE) }),
  ).toContainText("Publiée");
});

test("une éditrice tape un titre et publie aussitôt : une seule requête, une page publiée", async ({
  browser,
}) => {
  const editor = await signIn(browser, "editeur");
  await watchEdits(editor);
  const posts = await countFormPosts(editor);
  await editor.goto(
    `${CMS_URL}/admin/pages/add/inspiration/resourcepage/${resourcesKey}/`,
  );
  await editor.locator("#id_resource_type").selectOption({ index: 1 });
  await editor.locator("#id_summary").fill("Un guide pour les élus.");
  await editor
    .locator("#id_external_url")
    .fill("https://agence-cohesion-territoires.gouv.fr/guide-des-elus");
  await editor.locator("html[data-watching]").waitFor({ state: "attached" });
  await editor.locator("#id_title").fill("Guide des élus 2026");
  await editor.evaluate(() => {
    (document.querySelector('[name="slug"]') as HTMLInputElement).value =
      "guide-des-elus-2026";
  });
  await footerAction(editor, 'button[name="action-publish"]');
  expect(posts).toHaveLength(1);
  await expect(editor.locator(".messages .success").first()).toContainText(
    "Guide des élus 2026",
  );
  expect(isLive("guide-des-elus-2026")).toBe("True");
});
