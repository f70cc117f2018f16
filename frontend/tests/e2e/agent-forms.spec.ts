import { expect, test, type Page } from "@playwright/test";

import { manage } from "./support/cms";
import { IDP_URL } from "./support/env";
import { png } from "./support/files";

// Issue #12, the forms of « Mon espace » with files: a resource and its document, a file the CMS
// refuses (an .exe renamed .pdf) without losing the files chosen next to it, a gallery, a file
// removed on edit, a theme proposal and an action plan, all as the agent of Séné reads them.

const STAMP = Date.now();
const RESOURCE = `Guide des conseils de quartier de Séné ${STAMP}`;
const EXPERIENCE = `Marchés citoyens de Séné ${STAMP}`;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", "latin1"), Buffer.alloc(64)]);





async function signInAs(page: Page, sub: string) {
  await page.goto("/connexion/");
  await page.getByRole("link", { name: /S.identifier avec ProConnect/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${IDP_URL}/interaction/`));
  await page.locator(`button[data-sub="${sub}"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon espace" })).toBeVisible();
}

const fileCount = (page: Page, selector: string) => page.locator(selector).evaluate((input) => (input as HTMLInputElement).files?.length ?? 0);

test("formulaires de « Mon espace » : ressource et document, fichier refusé sans perdre les autres, galerie, fichier retiré, thème, plan d'action", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, "devidp-agent-sene");
  const contributions = page.locator("section[aria-labelledby=contributions]");

  // 1. A resource with its document.
  await page.locator("#ressource-title").fill(RESOURCE);
  await page.locator("#ressource-resourceType").selectOption("guide");
  await page.locator("#ressource-summary").fill("Comment installer un conseil de quartier, de la délibération à la première séance.");
  await page.locator("#ressource-document").setInputFiles({ name: "guide.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Envoyer la ressource en relecture" }).click();
  await expect(page.locator("#avis")).toContainText("Votre ressource est envoyée");
  await expect(contributions.locator("li").filter({ hasText: RESOURCE }).first()).toContainText("En relecture");

  // 2. An experience with a gallery and an .exe renamed .pdf: refused in French, nothing to choose again.
  await page.locator("#experience-title").fill(EXPERIENCE);
  await page.locator("#experience-summary").fill("Un marché par mois où les habitants choisissent les projets du quartier.");
  await page.locator("#experience-participationLevel").selectOption("5");
  await page.locator("#experience-images").setInputFiles([
    { name: "marche.png", mimeType: "image/png", buffer: png(48, 32) },
    { name: "halle.png", mimeType: "image/png", buffer: png(40, 30) },
  ]);
  await page.locator("#experience-imagesAlt").fill("Les étals du marché citoyen\nLa halle pendant le vote");
  await page.locator("#experience-documents").setInputFiles({ name: "rapport.pdf", mimeType: "application/pdf", buffer: EXE });
  await page.getByRole("button", { name: "Envoyer en relecture" }).click();
  const errors = page.locator("#erreurs");
  await expect(errors).toContainText("« rapport.pdf » n'est pas un fichier accepté ici");
  await expect(errors).toContainText("Vos textes et vos fichiers sont conservés");
  expect(await fileCount(page, "#experience-images")).toBe(2);
  await expect(page.locator("#experience-title")).toHaveValue(EXPERIENCE);
  // The agent takes the bad file off and sends again: the gallery goes with it.
  await page.locator("#experience-documents").setInputFiles([]);
  await page.getByRole("button", { name: "Envoyer en relecture" }).click();
  await expect(page.locator("#avis")).toContainText("Votre expérience est envoyée");
  await expect(contributions.locator("li").filter({ hasText: EXPERIENCE }).first()).toContainText("En relecture");
  expect(await fileCount(page, "#experience-images")).toBe(0);

  // 3. On its edit page, the gallery is listed; the agent removes one image.
  const pk = manage(`from inspiration.models import ExperiencePage; print(ExperiencePage.objects.get(title=${JSON.stringify(EXPERIENCE)}).pk)`).split(/\s+/).at(-1);
  await page.goto(`/mon-espace/contributions/${encodeURIComponent(Buffer.from(`Submission:${pk}`).toString("base64"))}/`);
  await expect(page.getByText(/Image « Les étals du marché citoyen » \(marche\w*\.png\)/)).toBeVisible();
  await expect(page.getByText(/Image « La halle pendant le vote » \(halle\w*\.png\)/)).toBeVisible();
  // The DSFR box is drawn by its label, which takes the click.
  await page.locator("label", { hasText: "Retirer : image « La halle pendant le vote »" }).click();
  await expect(page.getByRole("checkbox", { name: /Retirer : image « La halle pendant le vote »/ })).toBeChecked();
  await page.getByRole("button", { name: "Enregistrer et renvoyer en relecture" }).click();
  await expect(page.locator("#avis")).toContainText("renvoyée en relecture");
  await expect(page.getByText(/Image « La halle pendant le vote »/)).toHaveCount(0);
  await expect(page.getByText(/Image « Les étals du marché citoyen »/)).toBeVisible();

  // 4. A theme proposal and an action plan (Séné takes part in a shared project in the demo).
  await page.goto("/mon-espace/");
  await page.locator("#theme-title").fill(`Les budgets participatifs des écoles ${STAMP}`);
  await page.locator("#theme-description").fill("Les conseils d'enfants de Séné veulent décider d'une part du budget des écoles.");
  await page.getByRole("button", { name: "Proposer ce thème" }).click();
  await expect(page.locator("#avis")).toContainText("Votre proposition de thème est envoyée");

  const plan = page.locator("#plan-title");
  test.skip((await plan.count()) === 0, "Séné ne participe à aucun projet dans cette démo : pas de formulaire de plan d'action.");
  await plan.fill(`Plan d'action de Séné ${STAMP}`);
  await page.locator("#plan-summary").fill("Ouvrir les choix du marché citoyen aux habitants des hameaux.");
  await page.locator("#plan-objectives").fill("Associer les habitants aux choix.\n\nRendre compte de ce qui a été décidé.");
  await page.locator("#plan-action-0-title").fill("Un marché citoyen par trimestre dans un hameau");
  await page.locator("#plan-action-0-owner").fill("Service vie locale");
  await page.getByRole("button", { name: "Envoyer le plan d'action en validation" }).click();
  await expect(page.locator("#avis")).toContainText(/Votre plan d'action est (envoyé|enregistré)/);
});
