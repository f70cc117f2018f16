import { expect, test, type Page } from "@playwright/test";

import { demo, ITEM_HREF } from "./support/demo";

/** Ticks a facet value, whether the facet is a list (select) or a group of checkboxes or radios. */
async function chooseFacet(page: Page, facet: RegExp, value: string) {
  const form = page.getByRole("main");
  const select = form.getByRole("combobox", { name: facet });
  if (await select.count()) {
    await select.first().selectOption({ label: value });
    return;
  }
  await form.getByRole("group", { name: facet }).getByLabel(value, { exact: true }).check();
}

/** Titles of the listed experiences, in order. */
async function listedTitles(page: Page): Promise<string[]> {
  const links = page.getByRole("main").locator("a[href^='/experiences/']");
  const titles: string[] = [];
  for (const link of await links.all()) {
    const href = (await link.getAttribute("href")) ?? "";
    if (ITEM_HREF.test(href)) titles.push((await link.innerText()).trim());
  }
  return [...new Set(titles)];
}

test("filtrer les expériences par deux facettes, puis partager l'adresse", async ({ page, browser }) => {
  await page.goto(demo.experiences);
  await expect(page.getByRole("heading", { level: 1, name: "Expériences territoriales" })).toBeVisible();

  await chooseFacet(page, /thématique/i, "Démocratie participative");
  await chooseFacet(page, /type de territoire/i, "Ruralités");
  await page.getByRole("main").getByRole("button", { name: /filtrer|appliquer|afficher|rechercher/i }).first().click();

  // The filters are in the URL, the list shows only what matches both.
  await expect(page).toHaveURL(/\?.*democratie-participative/);
  await expect(page).toHaveURL(/\?.*ruralites/);
  await expect(page.getByRole("main").getByText(/\b1 (expérience|résultat)/i).first()).toBeVisible();
  const titles = await listedTitles(page);
  expect(titles).toEqual([expect.stringContaining("Séné")]);

  // Someone else opens the shared address: same results, same filters shown as chosen.
  const shared = page.url();
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(shared);
  expect(await listedTitles(other)).toEqual(titles);
  for (const title of demo.otherExperiences) {
    await expect(other.getByRole("main").getByRole("link", { name: title })).toHaveCount(0);
  }
  await context.close();
});

test("des filtres mal formés dans l'adresse sont ignorés, avec un avertissement", async ({ page }) => {
  const response = await page.goto(
    `${demo.experiences}?theme=n-existe-pas&thematique=n-existe-pas&type=zzz&territoire=zzz&departement=9Z9&niveau=abc&page=abc`,
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Expériences territoriales" })).toBeVisible();
  await expect(page.getByRole("main").locator(".fr-notice, .fr-alert").first()).toBeVisible();
  // Nothing filtered: every demo experience is still listed somewhere in the (first) page.
  expect((await listedTitles(page)).length).toBeGreaterThan(1);
});
