import { expect, test } from "@playwright/test";

import { expectAccessible } from "./support/axe";
import { demo } from "./support/demo";

// One page of each type the site renders, as a visitor reaches it (RGAA 4.1 through axe-core).
const pages: [string, string][] = [
  ["accueil", demo.home],
  ["thématiques (rubrique)", demo.themes],
  ["thématique", demo.theme.path],
  ["concepts (rubrique)", demo.concepts],
  ["concept", demo.concept.path],
  ["expériences (rubrique)", demo.experiences],
  ["expériences filtrées", `${demo.experiences}?theme=culture`],
  ["expérience", demo.experience.path],
  ["ressources (rubrique)", demo.resources],
  ["ressource", demo.resource.path],
  ["agenda (rubrique)", demo.agenda],
  ["événement", demo.event.path],
  ["lettres d'information (rubrique)", demo.newsletters],
  ["lettre d'information", demo.newsletter.path],
  ["projets partagés (rubrique)", demo.projects],
  ["projet partagé", demo.project.path],
  ["entrée du journal de bord", demo.journalEntry.path],
  ["Territoires d'engagement (rubrique)", demo.engagement],
  ["accompagnement Territoires d'engagement", demo.engagementTrack.path],
  ["résultats de recherche", "/recherche/?q=d%C3%A9mocratie"],
  ["recherche sans résultat", "/recherche/?q=zzxqwv"],
  ["page 404", "/cette-page-n-existe-pas/"],
];

for (const [label, path] of pages) {
  test(`accessibilité (axe) : ${label}`, async ({ page }, testInfo) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(label === "page 404" ? 404 : 200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expectAccessible(page, testInfo, label);
  });
}
