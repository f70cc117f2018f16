import { expect, test } from "@playwright/test";

// The subscription form is a plain POST form: it works without JavaScript.
test.use({ javaScriptEnabled: false });

test("s'inscrire à la lettre d'information sans JavaScript", async ({ page }) => {
  await page.goto("/lettre-d-information/inscription/");
  await expect(page.getByRole("heading", { level: 1, name: "Inscription à la lettre d'information" })).toBeVisible();
  await page.getByLabel(/Adresse électronique/).fill("lecteur.e2e@example.org");
  // DSFR draws the box on the label; the native input is visually hidden.
  await page.getByText("L'agenda des événements").click();
  await expect(page.getByLabel("L'agenda des événements")).toBeChecked();
  await page.getByRole("button", { name: "Je m'inscris" }).click();
  await expect(page.getByText("Vérifiez votre messagerie")).toBeVisible();
});

test("une adresse mal formée est refusée en français", async ({ page }) => {
  await page.goto("/lettre-d-information/inscription/");
  // Accepted by the browser's own check (a domain without a dot), refused by the CMS.
  await page.getByLabel(/Adresse électronique/).fill("lecteur@exemple");
  await page.getByRole("button", { name: "Je m'inscris" }).click();
  await expect(page.getByText("Adresse électronique invalide")).toBeVisible();
  await expect(page.getByLabel(/Adresse électronique/)).toHaveValue("lecteur@exemple");
});

test("un lien de désinscription inconnu le dit", async ({ page }) => {
  await page.goto("/lettre-d-information/desinscription/?jeton=inconnu");
  await page.getByRole("button", { name: "Me désinscrire de tout" }).click();
  await expect(page.getByText("Ce lien n'est pas valide")).toBeVisible();
});
