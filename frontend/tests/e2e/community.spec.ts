import { expect, test, type Browser, type Page } from "@playwright/test";

import { expectAccessible } from "./support/axe";
import { CMS_URL, IDP_URL, SITE_URL } from "./support/env";

// Peer exchange in the demo shared project in progress, through the local provider: two agents of
// two participant collectivités (Bourges, Guichen) exchange on a question, the expert answers, the
// question is marked solved; an observer (Séné) reads only what is open to observers and reports a
// message, which the ANCT moderator hides.

const EXCHANGE = `${SITE_URL}/mon-espace/projets/co-construire-la-politique-culturelle-avec-ses-habitants/echanges/`;

async function cmsHasExchange(): Promise<boolean> {
  const response = await fetch(`${CMS_URL}/graphql/`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query: '{ __type(name: "Mutation") { fields { name } } }' }),
  });
  const payload = (await response.json()) as { data?: { __type?: { fields: { name: string }[] } } };
  return (payload.data?.__type?.fields ?? []).some((field) => field.name === "openThread");
}

async function agent(browser: Browser, sub: string): Promise<Page> {
  const context = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await page.goto(`${SITE_URL}/connexion/`);
  await page.getByRole("link", { name: /S.identifier avec ProConnect/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${IDP_URL}/interaction/`));
  await page.locator(`button[data-sub="${sub}"]`).click();
  await expect(page).toHaveURL(/\/mon-espace\//);
  return page;
}

async function openThread(page: Page, title: string, body: string, visibility: "PARTICIPANTS" | "OBSERVERS") {
  await page.goto(EXCHANGE);
  await page.getByLabel("Nature", { exact: true }).selectOption("QUESTION");
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.locator("#thread-body").fill(body);
  await page.getByLabel("Qui lit ce fil").selectOption(visibility);
  await page.getByRole("button", { name: "Publier" }).click();
  await expect(page.getByText("Votre fil est ouvert")).toBeVisible();
}

async function reply(page: Page, title: string, body: string) {
  await page.goto(EXCHANGE);
  await page.getByRole("link", { name: title }).click();
  await page.locator("#reply-body").fill(body);
  await page.getByRole("button", { name: "Publier ma réponse" }).click();
  await expect(page.getByText("Votre réponse est publiée.")).toBeVisible();
}

test("deux collectivités et l'experte échangent, la question est résolue, l'observatrice lit ce qui lui est ouvert, un signalement mène au masquage", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  test.skip(!(await cmsHasExchange()), "le CMS n'a pas openThread (issue #19, échanges entre pairs)");
  const suffix = Date.now().toString(36);
  const question = `Comment recruter des habitants tirés au sort ? ${suffix}`;
  const internal = `Entre parties prenantes seulement ${suffix}`;

  const bourges = await agent(browser, "devidp-agent-bourges");
  await openThread(bourges, internal, "Un point à régler entre nous.", "PARTICIPANTS");
  await openThread(bourges, question, "Pour le diagnostic partagé, qui a déjà essayé le tirage au sort ?", "OBSERVERS");

  const guichen = await agent(browser, "devidp-agent-guichen");
  await reply(guichen, question, "À Guichen, tirage au sort sur les listes électorales, puis relance à domicile.");
  const expert = await agent(browser, "devidp-experte");
  await reply(expert, question, "Prévoyez une indemnité et un accueil des enfants : la participation double.");

  await bourges.goto(EXCHANGE);
  await bourges.getByRole("link", { name: question }).click();
  await bourges.getByRole("button", { name: "Marquer la question « résolue »" }).click();
  await expect(bourges.getByText("La question est marquée « résolue ».")).toBeVisible();
  await expect(bourges.getByText("Résolue", { exact: true })).toBeVisible();

  const sene = await agent(browser, "devidp-agent-sene");
  await sene.goto(EXCHANGE);
  await expect(sene.getByRole("link", { name: question })).toBeVisible();
  await expect(sene.getByRole("link", { name: internal })).toHaveCount(0);
  await expect(sene.getByRole("heading", { name: "Ouvrir un fil" })).toHaveCount(0);
  await expectAccessible(sene, testInfo, "echanges");
  await sene.getByRole("link", { name: question }).click();
  await expect(sene.locator("#reply-body")).toHaveCount(0);
  await expectAccessible(sene, testInfo, "fil-d-echange");
  const guichenMessage = sene.getByTestId("message").filter({ hasText: "listes électorales" });
  await guichenMessage.getByText("Signaler ce message").click();
  await guichenMessage.getByLabel("Motif du signalement").fill("Données personnelles évoquées");
  await guichenMessage.getByRole("button", { name: "Signaler" }).click();
  await expect(sene.getByText("la modération de l'ANCT examine ce message")).toBeVisible();

  const anct = await agent(browser, "devidp-moderatrice-anct");
  await anct.goto(EXCHANGE);
  await anct.getByRole("link", { name: question }).click();
  const reported = anct.getByTestId("message").filter({ hasText: "listes électorales" });
  await reported.getByText("Masquer ce message").click();
  await reported.getByLabel("Motif (consigné au journal d'audit)").fill("Données personnelles");
  await reported.getByRole("button", { name: "Masquer" }).click();
  await expect(anct.getByText("Le message est masqué")).toBeVisible();

  await sene.reload();
  await expect(sene.getByText("Message masqué par la modération.")).toBeVisible();
  await expect(sene.getByText("listes électorales")).toHaveCount(0);
});
