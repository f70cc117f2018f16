import { expect, test } from "@playwright/test";

import { demo } from "./support/demo";

test("lire une édition de la lettre d'information", async ({ page }) => {
  await page.goto(demo.newsletters);
  await expect(page.getByRole("heading", { level: 1, name: "Lettres d'information" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: demo.newsletter.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`${demo.newsletter.path}$`));
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: demo.newsletter.title })).toBeVisible();
  // The edition's sections, each under its own heading, and links to what it features.
  expect(await main.getByRole("heading", { level: 2 }).count()).toBeGreaterThanOrEqual(3);
  await expect(main.getByRole("link", { name: /échelle de participation d'Arnstein|démocratie culturelle/i }).first()).toBeVisible();
});
