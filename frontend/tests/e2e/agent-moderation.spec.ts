import { expect, test, type Page } from "@playwright/test";

import { manage, signInToAdmin } from "./support/cms";
import { CMS_URL, IDP_URL } from "./support/env";
import { png } from "./support/files";

// Issue #12: an agent's experience, with its image, from « Mon espace » to the public site through
// the ANCT's moderation in the admin — changes requested with two reasons and a comment, read by
// the agent, a revision conflict between two tabs offered as a French choice, then approval.

const TITLE = `Ateliers d'écriture dans les quartiers de Bourges ${Date.now()}`;
const ALT = "Des habitants écrivent autour d'une table de la médiathèque";





async function signInAs(page: Page, sub: string) {
  await page.goto("/connexion/");
  await page.getByRole("link", { name: /S.identifier avec ProConnect/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${IDP_URL}/interaction/`));
  await page.locator(`button[data-sub="${sub}"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon espace" })).toBeVisible();
}

test("une expérience avec image : modifications demandées avec deux motifs, conflit de versions, approbation, publiée sur le site", async ({ page, browser, context }) => {
  test.setTimeout(240_000);
  await signInAs(page, "devidp-agent-bourges");

  // 1. The agent submits the experience with an image.
  await page.getByLabel("Titre", { exact: true }).fill(TITLE);
  await page.locator("#experience-summary").fill("Des ateliers d'écriture ouverts à tous, un samedi par mois.");
  await page.locator("#experience-participationLevel").selectOption("4");
  await page.locator("#experience-image").setInputFiles({ name: "atelier.png", mimeType: "image/png", buffer: png(64, 48, 160) });
  await page.locator("#experience-imageAlt").fill(ALT);
  await page.getByRole("button", { name: "Envoyer en relecture" }).click();
  await expect(page.locator("#avis")).toContainText("Votre expérience est envoyée");
  const mine = page.locator("section[aria-labelledby=contributions] li").filter({ hasText: TITLE }).first();
  await expect(mine).toContainText("En relecture");

  // 2. The moderator sends it back from the admin with two reasons and a comment.
  const key = manage(`from inspiration.models import ExperiencePage; print(ExperiencePage.objects.get(title=${JSON.stringify(TITLE)}).pk)`).split(/\s+/).at(-1);
  const moderator = await browser.newPage();
  await signInToAdmin(moderator);
  await moderator.goto(`${CMS_URL}/admin/pages/${key}/edit/`);
  await moderator.locator('[data-workflow-action-name="reject"]').first().evaluate((button) => (button as HTMLButtonElement).click());
  const modal = moderator.locator(".modal");
  await modal.locator('input[name="reasons"][value="incomplete"]').check();
  await modal.locator('input[name="reasons"][value="sources"]').check();
  await modal.locator('textarea[name="comment"]').fill("Combien d'habitants sont venus ? Donnez un contact à la médiathèque.");
  await Promise.all([moderator.waitForNavigation(), modal.locator("form [type=submit]").first().click()]);
  await expect(moderator.locator(".messages .success").filter({ hasText: "renvoyée" })).toContainText("avec 2 motifs");

  // 3. The agent reads both reasons and the comment in « Mon espace ».
  await page.goto("/mon-espace/");
  await expect(mine).toContainText("Informations incomplètes");
  await expect(mine).toContainText("Sources ou contact manquants");
  await expect(mine).toContainText("Combien d'habitants sont venus ? Donnez un contact à la médiathèque.");
  await mine.getByRole("link", { name: `Modifier et renvoyer « ${TITLE} »` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
  await expect(page.locator(".fr-callout")).toContainText("Informations incomplètes");
  await expect(page.getByText(/Image « .+ » \(atelier\w*\.png\) — image principale/)).toContainText(ALT);
  const editUrl = page.url();

  // 4. Another tab saves first: this tab's text is kept and the agent chooses, in French.
  const other = await context.newPage();
  await other.goto(editUrl);
  await other.locator("#edit-summary").fill("Quarante habitants par atelier, un samedi par mois.");
  await other.getByRole("button", { name: "Enregistrer et renvoyer en relecture" }).click();
  await expect(other.locator("#avis")).toContainText("renvoyée en relecture");
  await other.close();

  const summary = "Quarante habitants par atelier, un samedi par mois. Contact : médiathèque de Bourges.";
  await page.locator("#edit-summary").fill(summary);
  await page.getByRole("button", { name: "Enregistrer et renvoyer en relecture" }).click();
  await expect(page.getByText("Une autre version a été enregistrée entre-temps")).toBeVisible();
  await expect(page.locator("#edit-summary")).toHaveValue(summary);
  await expect(page.getByRole("link", { name: "Recharger la dernière version" })).toBeVisible();
  // Sending it as it is replaces the other version.
  await page.getByRole("button", { name: "Enregistrer et renvoyer en relecture" }).click();
  await expect(page.locator("#avis")).toContainText("renvoyée en relecture");
  await page.goto("/mon-espace/");
  await expect(mine).toContainText("En relecture");

  // 5. The moderator approves; the site shows the experience with its image.
  await moderator.goto(`${CMS_URL}/admin/pages/${key}/edit/`);
  await expect(moderator.locator("#id_summary")).toHaveValue(summary);
  // Approved as the dashboard's « Approuver » does (one POST to Wagtail's workflow action view): the
  // editor's footer button posted twice in Chromium here, and the second request, loaded before the
  // first committed, saved the page back as not live (Wagtail's EditView, form.save(commit=not live)).
  const taskState = manage(`from wagtail.models import TaskState; print(TaskState.objects.get(workflow_state__object_id="${key}", status="in_progress").pk)`).split(/\s+/).at(-1);
  await Promise.all([
    moderator.waitForNavigation(),
    moderator.evaluate(
      ({ url, next }) => {
        const form = document.createElement("form");
        form.method = "POST";
        form.action = url;
        for (const [name, value] of [["csrfmiddlewaretoken", (document.querySelector("input[name=csrfmiddlewaretoken]") as HTMLInputElement).value], ["next", next]]) {
          const input = document.createElement("input");
          input.type = "hidden";
          input.name = name!;
          input.value = value!;
          form.appendChild(input);
        }
        document.body.appendChild(form);
        form.submit();
      },
      { url: `${CMS_URL}/admin/pages/workflow/action/${key}/approve/${taskState}/`, next: `${CMS_URL}/admin/` },
    ),
  ]);
  await expect(moderator.locator(".messages .success")).toContainText(/approuv/);
  await moderator.close();

  const slug = manage(`from inspiration.models import ExperiencePage; print(ExperiencePage.objects.get(pk=${key}).url_path.rstrip("/").rsplit("/", 1)[-1])`).split(/\s+/).at(-1);
  await expect
    .poll(async () => (await page.goto(`/experiences/${slug}/`))?.status(), { timeout: 30_000, message: "la page publiée arrive sur le site" })
    .toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText(summary).first()).toBeVisible();
  const image = page.getByRole("img", { name: ALT });
  await expect(image).toBeVisible();
  expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await page.goto("/mon-espace/");
  await expect(mine).toContainText("Publiée");
});
