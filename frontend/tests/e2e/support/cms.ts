import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import { expect, type APIRequestContext, type Page } from "@playwright/test";

import { ADMIN_PASSWORD, ADMIN_USER, CMS_URL } from "./env";

/** The script that runs the CMS the tests run against (its management commands too). */
export const E2E_CMS = fileURLToPath(new URL("../../../../scripts/e2e-cms", import.meta.url));

/** Python run in the CMS's shell (scripts/e2e-cms manage shell, same variables); its output. */
export function manage(code: string): string {
  return execFileSync(E2E_CMS, ["manage", "shell", "-v0", "-c", code], { encoding: "utf8" }).trim();
}

/** Signs in to the Wagtail admin with the superuser scripts/e2e-cms creates. */
export async function signInToAdmin(page: Page) {
  await page.goto(`${CMS_URL}/admin/login/`);
  await page.locator("#id_username").fill(ADMIN_USER);
  await page.locator("#id_password").fill(ADMIN_PASSWORD);
  await page.locator("#id_password").press("Enter");
  await expect(page).toHaveURL(new RegExp(`^${CMS_URL}/admin/$`));
}

/**
 * The database key of the page at a path, from the public API: numeric ids today, Relay global ids
 * (base64 of "Type:pk") once they land — the only place that knows.
 */
export async function pageKey(request: APIRequestContext, urlPath: string): Promise<number> {
  const response = await request.post(`${CMS_URL}/graphql/`, {
    data: { query: "query ($urlPath: String!) { page(urlPath: $urlPath) { id } }", variables: { urlPath } },
  });
  expect(response.ok()).toBeTruthy();
  const id: string | undefined = (await response.json()).data?.page?.id;
  expect(id, `page ${urlPath} absente de l'API`).toBeTruthy();
  if (/^\d+$/.test(id!)) return Number(id);
  const decoded = Buffer.from(id!, "base64").toString("utf8");
  return Number(decoded.slice(decoded.lastIndexOf(":") + 1));
}

/** Opens a page's editor in the admin and replaces its title (not saved yet). */
export async function editTitle(page: Page, key: number, title: string) {
  await page.goto(`${CMS_URL}/admin/pages/${key}/edit/`);
  const field = page.locator("#id_title");
  await field.fill(title);
}

/** Submits the editor with one of its actions (the form's own buttons; « Publier » is in a dropdown). */
export async function submitEditor(page: Page, action: "save" | "publish") {
  const form = page.locator("form#page-edit-form");
  const button =
    action === "publish" ? form.locator('button[name="action-publish"]') : form.getByRole("button", { name: "Enregistrer le brouillon" });
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/edit/")),
    button.evaluate((element) => (element as HTMLButtonElement).form!.requestSubmit(element as HTMLButtonElement)),
  ]);
  await page.waitForLoadState("load");
  await expect(page.locator(".messages li.success").first()).toBeVisible();
}
