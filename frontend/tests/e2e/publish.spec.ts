import { expect, test } from "@playwright/test";

import { demo } from "./support/demo";
import { editTitle, pageKey, signInToAdmin, submitEditor } from "./support/cms";

test("publier une modification dans l'administration : le site la montre dans les 5 secondes", async ({ page, request, browser }) => {
  // A visitor has seen the page and its section: both are in the site's cache.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(demo.resource.path);
  await expect(visitor.getByRole("heading", { level: 1, name: demo.resource.title })).toBeVisible();
  await visitor.goto(demo.resources);
  await expect(visitor.getByRole("main").getByRole("link", { name: demo.resource.title }).first()).toBeVisible();

  const newTitle = `${demo.resource.title} (édition 2026)`;
  await signInToAdmin(page);
  await editTitle(page, await pageKey(request, demo.resource.path), newTitle);
  await submitEditor(page, "publish");

  // The CMS's signed webhook revalidates the page and its section: no restart, no waiting an hour.
  await expect(async () => {
    await visitor.goto(demo.resource.path);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(newTitle, { timeout: 500 });
  }).toPass({ timeout: 5_000, intervals: [250] });
  await visitor.goto(demo.resources);
  await expect(visitor.getByRole("main").getByRole("link", { name: newTitle }).first()).toBeVisible();
});
