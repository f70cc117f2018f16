import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { expect, test, type Browser, type Page } from "@playwright/test";

import { manage } from "./support/cms";
import { CMS_URL, IDP_URL, SITE_URL } from "./support/env";

// The other actors of engagement (issue #19, ADR 0017): an association's member signs in with the
// link of a real e-mail (scripts/e2e-cms sends every e-mail to an aiosmtpd Maildir), declares her
// association, the ANCT moderator (told by e-mail) verifies it and approves her, she proposes a
// resource in its name, the moderator approves it in the admin, and the site says « Proposé par ».
// Then the ANCT blocks the association: her next proposal is refused in French.

const VAR_DIR = process.env.E2E_VAR_DIR ?? fileURLToPath(new URL("../../../var/e2e", import.meta.url));
const MAILDIR = join(VAR_DIR, "mail");
const PASSWORD = "e2e-Actors-Territoires-2026!";
const RUN = Date.now().toString(36);
const ORGANISATION = `Les Jardins partagés du Marais ${RUN}`;
const TITLE = `Guide des jardins partagés ${RUN}`;

test.describe.configure({ mode: "serial" });


type Mail = { to: string; subject: string; body: string };

/** The messages in the Maildir, decoded enough to read subjects and links. */
function mails(): Mail[] {
  const found: Mail[] = [];
  for (const folder of ["new", "cur"]) {
    let names: string[] = [];
    try {
      names = readdirSync(join(MAILDIR, folder));
    } catch {
      continue;
    }
    for (const name of names) {
      const raw = readFileSync(join(MAILDIR, folder, name), "utf8");
      const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
      const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
      const header = (key: string) => new RegExp(`^${key}: (.*)$`, "mi").exec(unfolded)?.[1] ?? "";
      let body = rest.join("\n\n");
      if (/quoted-printable/i.test(header("Content-Transfer-Encoding")))
        body = Buffer.from(body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
      else if (/base64/i.test(header("Content-Transfer-Encoding"))) body = Buffer.from(body, "base64").toString("utf8");
      const subject = header("Subject").replace(/=\?utf-8\?([bq])\?(.*?)\?=\s*/gi, (_, kind: string, text: string) =>
        kind.toLowerCase() === "b"
          ? Buffer.from(text, "base64").toString("utf8")
          : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
      );
      found.push({ to: header("To"), subject, body });
    }
  }
  return found;
}

/** Waits for the task worker to deliver a message matching `match`. */
async function mailTo(address: string, subject: RegExp): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      () => {
        found = mails().find((mail) => mail.to.includes(address) && subject.test(mail.subject));
        return Boolean(found);
      },
      { timeout: 120_000, message: `aucun courriel « ${subject} » pour ${address} dans ${MAILDIR}` },
    )
    .toBe(true);
  return found!;
}

async function newPage(browser: Browser, headers: Record<string, string> = {}): Promise<Page> {
  const context = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris", baseURL: SITE_URL, extraHTTPHeaders: headers });
  return context.newPage();
}

async function signInByEmail(page: Page, address: string) {
  await page.goto("/connexion/");
  await page.getByLabel("Adresse électronique").fill(address);
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByText("un lien de connexion vient d'y être envoyé")).toBeVisible();
  const mail = await mailTo(address, /Votre lien de connexion/);
  const link = /(https?:\/\/\S+\/connexion\/courriel\?jeton=\S+)/.exec(mail.body)?.[1];
  expect(link, "le courriel porte le lien de connexion").toBeTruthy();
  expect(link!.startsWith(`${SITE_URL}/connexion/courriel?jeton=`)).toBe(true);
  await page.goto(link!);
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(/\/mon-espace\/organisation\//);
  return link!;
}

async function moderatorPage(browser: Browser): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${CMS_URL}/admin/login/`);
  await page.locator("#id_username").fill("moderateur");
  await page.locator("#id_password").fill(PASSWORD);
  await page.locator("#id_password").press("Enter");
  await expect(page).toHaveURL(`${CMS_URL}/admin/`);
  return page;
}

let moderatorEmail = "";

test.beforeAll(() => {
  // The demo's passwords are random: give the moderator a known one (and an address to tell).
  moderatorEmail = manage(`
from django.contrib.auth import get_user_model
user = get_user_model().objects.get(username="moderateur")
user.set_password("${PASSWORD}")
user.email = user.email or "moderateur@anct.example"
user.save()
print(user.email)
`)
    .split(/\s+/)
    .pop()!;
});

test("une bénévole se connecte par courriel, déclare son association, propose une ressource approuvée puis publiée « Proposé par » ; bloquée, elle est refusée en français", async ({ browser }) => {
  test.setTimeout(420_000);
  const address = `benevole-${RUN}@jardins.example`;
  const member = await newPage(browser);
  const link = await signInByEmail(member, address);
  await expect(member.getByRole("heading", { level: 1, name: "Contribuer au nom d'une organisation" })).toBeVisible();
  await expect(member.getByText("Vous n'avez déclaré aucune organisation.")).toBeVisible();

  // The link serves once.
  const replay = await newPage(browser);
  await replay.goto(link);
  await replay.getByRole("button", { name: "Me connecter" }).click();
  await expect(replay).toHaveURL(/\/connexion\/\?courriel=EMAIL_LINK_USED/);
  await replay.context().close();

  // She declares her association; the moderators are e-mailed a link to « Organisations ».
  await member.getByLabel("Nom de l'organisation").fill(ORGANISATION);
  await member.getByLabel("Nature").selectOption("association");
  await member.getByRole("button", { name: "Déclarer l'organisation" }).click();
  await expect(member.getByText("Organisation déclarée : votre demande attend l'accord de l'ANCT.")).toBeVisible();
  await expect(member.getByText(`${ORGANISATION} — demande en attente de l'ANCT, organisation en attente de vérification`)).toBeVisible();
  await expect(member.getByRole("button", { name: "Proposer la ressource" })).toHaveCount(0);
  const told = await mailTo(moderatorEmail, new RegExp(`Organisation déclarée : « ${ORGANISATION} »`));
  const adminLink = /(https?:\/\/\S+\/admin\/organisations\/)/.exec(told.body)?.[1];
  expect(adminLink).toBe(`${CMS_URL}/admin/organisations/`);

  // The moderator follows the e-mail's link, verifies the association and approves her.
  const moderator = await moderatorPage(browser);
  await moderator.goto(adminLink!);
  const row = moderator.getByRole("row").filter({ has: moderator.getByRole("cell", { name: ORGANISATION, exact: true }) });
  await row.getByLabel("Statut", { exact: true }).selectOption("verified");
  await row.getByRole("button", { name: "Enregistrer" }).click();
  await expect(moderator.locator(".messages")).toContainText(`« ${ORGANISATION} » : vérifiée.`);
  const request = moderator.getByRole("row").filter({ hasText: address });
  await request.getByRole("button", { name: "Approuver" }).click();
  await expect(moderator.locator(".messages")).toContainText(`pour « ${ORGANISATION} » : approuvé.`);
  await mailTo(address, new RegExp(`Vous agissez désormais au nom de « ${ORGANISATION} »`));

  // She proposes a resource in its name.
  await member.goto("/mon-espace/organisation/");
  await expect(member.getByText(`${ORGANISATION} — membre, organisation vérifiée`)).toBeVisible();
  await expect(member.getByLabel("Au nom de")).toHaveValue(/.+/);
  await member.getByLabel("Au nom de").selectOption({ label: ORGANISATION });
  await member.getByLabel("Titre").fill(TITLE);
  await member.getByLabel("Résumé").fill("Comment une association ouvre un jardin partagé avec la commune.");
  await member.getByLabel("Type de ressource").selectOption("guide");
  await member.getByLabel("Lien vers la ressource").fill("https://example.org/jardins-partages");
  await member.getByRole("button", { name: "Proposer la ressource" }).click();
  await expect(member.getByText("Ressource proposée : elle est publiée après la modération de l'ANCT.")).toBeVisible();

  // The moderator approves it from the admin's queue.
  await moderator.goto(`${CMS_URL}/admin/`);
  await moderator.locator('section[aria-labelledby="workflows-queue-heading"]').getByRole("link", { name: TITLE }).click();
  await Promise.all([
    moderator.waitForNavigation(),
    moderator
      .locator('[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
      .first()
      .evaluate((button) => (button as HTMLButtonElement).click()),
  ]);
  await expect(moderator.locator(".messages .success").filter({ hasText: "approuvée" })).toContainText(`« ${TITLE} » est approuvée et publiée`);

  // On the site: the resource, « Proposé par » the association.
  const visitor = await newPage(browser);
  const slug = manage(`
from inspiration.models import ResourcePage
print(ResourcePage.objects.live().get(title=${JSON.stringify(TITLE)}).url_path)
`)
    .split(/\s+/)
    .pop()!;
  const path = slug.replace(/^\/[^/]+/, "");
  await expect
    .poll(async () => (await visitor.goto(path))?.status(), { timeout: 30_000, message: `${path} publiée sur le site` })
    .toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(visitor.getByText(`Proposé par ${ORGANISATION}`)).toBeVisible();

  // The ANCT blocks the association: the form she still has open is refused in French.
  await member.goto("/mon-espace/organisation/");
  await member.getByLabel("Titre").fill(`${TITLE} (suite)`);
  await member.getByLabel("Résumé").fill("Une suite.");
  await member.getByLabel("Lien vers la ressource").fill("https://example.org/jardins-partages/suite");
  await moderator.goto(`${CMS_URL}/admin/organisations/`);
  await row.getByLabel("Statut", { exact: true }).selectOption("blocked");
  await row.getByLabel("Motif (obligatoire pour bloquer)").fill("Contributions publicitaires répétées.");
  await row.getByRole("button", { name: "Enregistrer" }).click();
  await expect(moderator.locator(".messages")).toContainText(`« ${ORGANISATION} » : bloquée.`);
  await member.getByRole("button", { name: "Proposer la ressource" }).click();
  await expect(member.getByText(`L'organisation « ${ORGANISATION} » est bloquée par l'ANCT : elle ne peut plus proposer de contribution.`).first()).toBeVisible();
  await expect(member.getByText(`L'organisation « ${ORGANISATION} » est bloquée par l'ANCT : vous ne pouvez plus proposer de contribution en son nom.`)).toBeVisible();
  await expect(member.getByRole("button", { name: "Proposer la ressource" })).toHaveCount(0);
  // Her past resource stays on the site.
  await visitor.goto(path);
  await expect(visitor.getByText(`Proposé par ${ORGANISATION}`)).toBeVisible();
});

test("le professionnel d'une association se connecte avec ProConnect (SIRET privé) et peut proposer en son nom", async ({ page }) => {
  await page.goto("/connexion/");
  await page.getByRole("link", { name: /S.identifier avec ProConnect/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${IDP_URL}/interaction/`));
  await page.locator('button[data-sub="devidp-membre-association"]').click();
  await expect(page).toHaveURL(/\/mon-espace\//);
  await page.goto("/mon-espace/organisation/");
  await expect(page.getByText("Collectif Parlons ensemble — membre, organisation vérifiée")).toBeVisible();
  await expect(page.getByLabel("Au nom de").locator("option", { hasText: "Collectif Parlons ensemble" })).toHaveCount(1);
});

test("la limite de demandes de lien par client voit l'adresse du visiteur, pas celle du serveur du site", async ({ browser }) => {
  test.setTimeout(120_000);
  // A proxy in front of the site says who the visitor is; the site appends its own peer and the
  // CMS, which trusts the site (TRUSTED_PROXIES), counts per visitor.
  const ask = async (page: Page, address: string) => {
    await page.goto("/connexion/");
    await page.getByLabel("Adresse électronique").fill(address);
    await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
    await page.waitForURL(/courriel=/);
    return new URL(page.url()).searchParams.get("courriel");
  };
  const crowded = await newPage(browser, { "X-Forwarded-For": "203.0.113.7" });
  const limit = Number(manage("from django.conf import settings; print(settings.EMAIL_SIGN_IN_IP_LIMIT)").split(/\s+/).pop());
  for (let n = 0; n < limit; n++) expect(await ask(crowded, `limite-${RUN}-${n}@client.example`)).toBe("envoye");
  expect(await ask(crowded, `limite-${RUN}-plus@client.example`)).toBe("RATE_LIMITED");
  await expect(crowded.getByText("Trop de demandes de lien : réessayez dans quelques minutes.")).toBeVisible();
  // Another visitor behind the same site is not held back.
  const other = await newPage(browser, { "X-Forwarded-For": "203.0.113.8" });
  expect(await ask(other, `autre-${RUN}@client.example`)).toBe("envoye");
});
