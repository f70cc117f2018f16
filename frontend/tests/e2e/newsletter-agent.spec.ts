import { expect, test, type Page } from "@playwright/test";

import { expectAccessible } from "./support/axe";
import { IDP_URL } from "./support/env";

// An agent signed in through the local provider (devidp, standing in for ProConnect) manages the
// newsletter from « Mon espace »: subscribe the account's address (no confirmation: the provider
// verified it), preferences, RGPD export, unsubscribe, erasure.

async function signInAs(page: Page, sub: string) {
  await page.goto("/connexion/?retour=/mon-espace/lettre/");
  await page.getByRole("link", { name: /S.identifier avec ProConnect/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${IDP_URL}/interaction/`));
  await page.locator(`button[data-sub="${sub}"]`).click();
  await page.waitForURL((url) => !url.href.startsWith(IDP_URL));
}

test("un agent gère sa lettre d'information depuis « Mon espace »", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signInAs(page, "devidp-agent-deux-sevres");
  await page.goto("/mon-espace/");
  await page.getByRole("link", { name: /Ma lettre d.information/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ma lettre d'information" })).toBeVisible();
  await expect(page.getByText("agent.deux-sevres@demo.territoires.local")).toBeVisible();
  await expectAccessible(page, testInfo, "mon-espace-lettre");

  // A previous run may have left the address subscribed: start from nothing.
  const erase = page.getByRole("button", { name: "Effacer mes données" });
  if (await erase.isVisible()) {
    await erase.click();
    await expect(page.locator("#avis")).toContainText("effacés");
  }

  await expect(page.getByText(/ProConnect a vérifié l.adresse de votre compte/)).toBeVisible();
  // The DSFR draws the box on the label: a person clicks the label.
  await page.locator('label[for="agenda"]').click();
  await page.getByRole("button", { name: "M'inscrire à la lettre" }).click();
  await expect(page.locator("#avis")).toContainText("aucune confirmation n'est nécessaire");
  await expect(page.locator("#etat-inscription")).toHaveText("Vous êtes inscrit.");
  await expect(page.getByLabel("L'agenda des événements")).toBeChecked();

  await page.locator('label[for="projectDigests"]').click();
  await page.getByRole("button", { name: "Enregistrer mes préférences" }).click();
  await expect(page.locator("#avis")).toContainText("préférences sont enregistrées");
  await expect(page.getByLabel("Les nouvelles des projets partagés")).toBeChecked();

  const exported = await page.request.get("/mon-espace/lettre/export/");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  const data = (await exported.json()) as Record<string, unknown>;
  expect(data["adresse"]).toBe("agent.deux-sevres@demo.territoires.local");

  await page.getByRole("button", { name: "Me désinscrire" }).click();
  await expect(page.locator("#etat-inscription")).toContainText("Vous êtes désinscrit");

  await page.getByRole("button", { name: "Effacer mes données" }).click();
  await expect(page.locator("#avis")).toContainText("effacés");
  expect(await (await page.request.get("/mon-espace/lettre/export/")).json()).toEqual({});
});

test("« Ma lettre d'information » demande de se connecter", async ({ page }) => {
  await page.goto("/mon-espace/lettre/");
  await expect(page).toHaveURL(/\/connexion\/\?retour=/);
});
