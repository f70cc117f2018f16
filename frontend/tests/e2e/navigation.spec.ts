import { expect, test } from "@playwright/test";

import { demo } from "./support/demo";

test("de l'accueil à une expérience, en passant par la thématique du mois", async ({ page }) => {
  await page.goto(demo.home);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The theme of the month is on the home page (case-sensitive: not an experience whose title quotes it).
  await page.getByRole("main").getByRole("link", { name: new RegExp(demo.theme.title) }).first().click();
  await expect(page).toHaveURL(new RegExp(`${demo.theme.path}$`));
  await expect(page.getByRole("heading", { level: 1, name: demo.theme.title })).toBeVisible();

  // The theme lists its experiences.
  await page.getByRole("main").getByRole("link", { name: /Séné, précurseur de la démocratie culturelle/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${demo.experience.path}$`));
  await expect(page.getByRole("heading", { level: 1, name: demo.experience.title })).toBeVisible();

  // Breadcrumb from the page's ancestors, and the page's own metadata.
  const breadcrumb = page.getByRole("navigation", { name: /vous êtes ici/i });
  await expect(breadcrumb.getByRole("link", { name: "Expériences territoriales" })).toHaveAttribute("href", demo.experiences);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${demo.experience.path}$`));
  await expect(page).toHaveTitle(/Séné/);
});

test("une adresse inconnue donne une page 404 en français, avec un champ de recherche", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
  const search = page.getByRole("main").getByRole("search");
  await search.getByRole("searchbox").or(search.getByRole("combobox")).first().fill("budget participatif");
  await search.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\/recherche\/?\?q=budget(\+|%20)participatif/);
});
