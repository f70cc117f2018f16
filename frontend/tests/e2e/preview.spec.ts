import { expect, test } from "@playwright/test";

import { CMS_URL, SITE_URL } from "./support/env";
import { demo } from "./support/demo";
import { editTitle, pageKey, signInToAdmin, submitEditor } from "./support/cms";

test("prévisualiser un brouillon depuis l'administration", async ({ page, request }) => {
  const key = await pageKey(request, demo.concept.path);
  const draftTitle = `${demo.concept.title} — version de travail`;
  await signInToAdmin(page);
  await editTitle(page, key, draftTitle);
  await submitEditor(page, "save");

  // The admin's draft view frames the site's preview route with a headless-preview token.
  await page.goto(`${CMS_URL}/admin/pages/${key}/view_draft/`);
  const frame = page.frameLocator(`iframe[src^="${SITE_URL}/preview"]`);
  await expect(frame.getByRole("heading", { level: 1, name: draftTitle })).toBeVisible();
  await expect(frame.getByText("Brouillon").first()).toBeVisible();

  // The same URL opened on its own: the draft, marked, never indexed nor cached.
  const previewUrl = (await page.locator(`iframe[src^="${SITE_URL}/preview"]`).getAttribute("src"))!;
  const preview = await page.context().newPage();
  const response = await preview.goto(previewUrl);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"] ?? "").toMatch(/no-store|private|no-cache/);
  await expect(preview.getByRole("heading", { level: 1, name: draftTitle })).toBeVisible();
  await expect(preview.getByText("Brouillon").first()).toBeVisible();
  await expect(preview.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  // The public page still shows what is published.
  await preview.goto(demo.concept.path);
  await expect(preview.getByRole("heading", { level: 1, name: demo.concept.title })).toBeVisible();

  // A forged token: a French message, never a 500.
  const forged = await preview.goto("/preview/?content_type=inspiration.conceptpage&token=faux");
  expect([404, 410]).toContain(forged?.status());
  await expect(preview.getByRole("heading", { level: 1 })).toBeVisible();
});
