import { expect, test } from "@playwright/test";

test("rechercher avec une faute de frappe et sans accents, depuis l'en-tête", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  // A plain search field, or the autocompletion's combobox.
  const input = header.getByRole("searchbox").or(header.getByRole("combobox")).first();
  await input.fill("democratie culturele");
  await input.press("Enter");

  await expect(page).toHaveURL(/\/recherche\/?\?q=democratie(\+|%20)culturele/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/recherche/i);
  const main = page.getByRole("main");
  const hit = main.getByRole("link", { name: /Séné, précurseur de la démocratie culturelle/ }).first();
  await expect(hit).toBeVisible();
  // Highlighted excerpts: the matching words are marked.
  await expect(main.locator("mark").first()).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/\/experiences\/sene-precurseur-de-la-democratie-culturelle\/$/);
});

test("une recherche sans résultat le dit en français", async ({ page }) => {
  const response = await page.goto("/recherche?q=zzxqwv");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("main").getByText(/aucun résultat/i).first()).toBeVisible();
});
