import { expect, test, type Page } from "@playwright/test";

import { demo } from "./support/demo";

type Focused = { tag: string; text: string; href: string | null; type: string | null; zone: string };

/** What has the keyboard focus, and in which part of the page. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const zone = element?.closest(".fr-skiplinks")
      ? "skiplinks"
      : element?.closest(".fr-pagination")
        ? "pagination"
        : element?.closest("header, .fr-header")
          ? "header"
          : element?.closest("main")
            ? "main"
            : "other";
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      text: (element?.textContent ?? "").trim().replace(/\s+/g, " "),
      href: element?.getAttribute("href") ?? null,
      type: element?.getAttribute("type") ?? null,
      zone,
    };
  });
}

/** Presses Tab until the focus matches, and returns what was crossed on the way. */
async function tabUntil(page: Page, match: (focus: Focused) => boolean, max: number): Promise<Focused[]> {
  const path: Focused[] = [];
  for (let step = 0; step < max; step += 1) {
    await page.keyboard.press("Tab");
    const focus = await focused(page);
    if (match(focus)) return [...path, focus];
    // Back to the first stop: the whole page was crossed without reaching it.
    const first = path[0];
    if (first && focus.zone === first.zone && focus.tag === first.tag && focus.text === first.text && focus.href === first.href) break;
    path.push(focus);
  }
  const crossed = path.map((focus) => `${focus.zone}:${focus.tag}:${focus.text.slice(0, 30)}`).join(" → ");
  throw new Error(`Jamais atteint au clavier (${path.length} tabulations) ; parcours : ${crossed}`);
}

test("au clavier : les liens d'évitement d'abord, puis la recherche de l'en-tête", async ({ page }) => {
  await page.goto(demo.home);
  await page.keyboard.press("Tab");
  expect(await focused(page)).toMatchObject({ zone: "skiplinks", tag: "a", text: "Contenu", href: "#contenu" });

  const path = await tabUntil(page, (focus) => focus.zone === "header" && focus.tag === "input", 30);
  expect(path.filter((focus) => focus.zone === "skiplinks").map((focus) => focus.text)).toEqual(
    expect.arrayContaining(["Menu", "Recherche", "Pied de page"]),
  );
  await page.keyboard.type("budget participatif");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/recherche\/?\?q=budget(\+|%20)participatif/);

  // Every skip link leads somewhere that exists on the page.
  const targets = await page.locator(".fr-skiplinks a").evaluateAll((links) =>
    links.map((link) => {
      const href = link.getAttribute("href") ?? "";
      return { href, exists: href.startsWith("#") && document.getElementById(href.slice(1)) !== null };
    }),
  );
  expect(targets.filter((target) => !target.exists).map((target) => target.href), "liens d'évitement sans cible").toEqual([]);

  // The skip link really moves the focus to the content.
  await page.goto(demo.home);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("#contenu")).toBeFocused();
});

test("au clavier : atteindre la pagination de la liste des expériences et changer de page", async ({ page }) => {
  await page.goto(demo.experiences);
  const firstPage = await page.getByRole("main").locator("a[href^='/experiences/']").allInnerTexts();
  await tabUntil(page, (focus) => focus.zone === "pagination" && focus.tag === "a" && /\b2\b|suivante/i.test(focus.text), 250);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?.+/);
  await expect(page.getByRole("navigation", { name: /pagination/i })).toBeVisible();
  const secondPage = await page.getByRole("main").locator("a[href^='/experiences/']").allInnerTexts();
  expect(secondPage).not.toEqual(firstPage);
});
