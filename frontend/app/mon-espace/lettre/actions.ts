"use server";

import { randomUUID } from "node:crypto";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import {
  EraseMyNewsletterDataDocument,
  SubscribeMyNewsletterDocument,
  UnsubscribeMyNewsletterDocument,
  UpdateMyNewsletterPreferencesDocument,
} from "@/gql/graphql";
import { SECURE_COOKIES, SESSION_SECRET } from "@/lib/auth/config";
import { currentSession } from "@/lib/auth/cookies";
import { FLASH_COOKIE, FLASH_MAX_AGE, sealFlash, type Flash } from "@/lib/auth/flash";
import { describeErrors, HandledForms, type MutationError } from "@/lib/auth/forms";
import { CmsQueryError, CmsUnavailableError } from "@/lib/cms";
import { AgentTokenRefusedError, cmsAgentQuery } from "@/lib/cmsAgent";

const PAGE = "/mon-espace/lettre/";
const HANDLED = Symbol.for("territoires.handledForms");
const handled: HandledForms = ((globalThis as Record<symbol, unknown>)[HANDLED] ??= new HandledForms()) as HandledForms;

type Outcome = { errors: MutationError[]; success: string };

const preferences = (form: FormData) => ({
  newsletter: form.get("newsletter") === "on",
  projectDigests: form.get("projectDigests") === "on",
  agenda: form.get("agenda") === "on",
});

/** As the other forms of « Mon espace »: one action per form id, the outcome in a one-minute cookie, 303 back. */
async function run(form: FormData, handler: (token: string) => Promise<Outcome>): Promise<never> {
  const session = await currentSession();
  if (!session) redirect(`/connexion/?erreur=session-expiree&retour=${PAGE}`);
  const flash: Flash = { id: randomUUID(), form: "lettre", severity: "error", title: "", message: "", errors: [], values: {} };
  if (!handled.claim(String(form.get("formId") ?? ""))) {
    Object.assign(flash, { severity: "info", title: "Déjà envoyé", message: "Ce formulaire avait déjà été envoyé : l'action n'a été faite qu'une fois." });
  } else {
    try {
      const outcome = await handler(session.token);
      if (outcome.errors.length) {
        const { message, fields } = describeErrors(outcome.errors);
        Object.assign(flash, { title: "L'action n'a pas abouti", message, errors: fields });
      } else {
        Object.assign(flash, { severity: "success", title: "C'est fait", message: outcome.success });
      }
    } catch (error) {
      if (error instanceof AgentTokenRefusedError) redirect(`/connexion/?erreur=session-expiree&retour=${PAGE}`);
      if (!(error instanceof CmsUnavailableError || error instanceof CmsQueryError)) throw error;
      console.error("[mon-espace] lettre :", error.message);
      Object.assign(flash, { title: "La plateforme ne répond pas", message: "Votre demande n'a pas pu être enregistrée. Réessayez dans quelques minutes." });
    }
  }
  (await cookies()).set(FLASH_COOKIE, await sealFlash(flash, SESSION_SECRET), {
    httpOnly: true,
    secure: SECURE_COOKIES,
    sameSite: "lax",
    path: "/mon-espace/",
    maxAge: FLASH_MAX_AGE,
  });
  redirect(`${PAGE}?avis=${flash.id}#${flash.severity === "error" ? "erreurs" : "avis"}`);
}

export async function subscribeMine(form: FormData) {
  await run(form, async (token) => {
    const result = (await cmsAgentQuery(SubscribeMyNewsletterDocument, { preferences: preferences(form) }, token)).subscribeMyNewsletter;
    const pending = result?.subscription?.status === "PENDING";
    return {
      errors: result?.errors ?? [],
      success: pending
        ? "Un courriel de confirmation vient d'être envoyé à l'adresse de votre compte : ouvrez le lien qu'il contient pour confirmer l'inscription."
        : "Vous êtes inscrit : ProConnect a vérifié l'adresse de votre compte, aucune confirmation n'est nécessaire.",
    };
  });
}

export async function updateMine(form: FormData) {
  await run(form, async (token) => {
    const result = (await cmsAgentQuery(UpdateMyNewsletterPreferencesDocument, { preferences: preferences(form) }, token)).updateMyNewsletterPreferences;
    return { errors: result?.errors ?? [], success: "Vos préférences sont enregistrées." };
  });
}

export async function unsubscribeMine(form: FormData) {
  await run(form, async (token) => {
    const result = (await cmsAgentQuery(UnsubscribeMyNewsletterDocument, {}, token)).unsubscribeMyNewsletter;
    return { errors: result?.errors ?? [], success: "Vous êtes désinscrit : vous ne recevrez plus rien." };
  });
}

export async function eraseMine(form: FormData) {
  await run(form, async (token) => {
    const result = (await cmsAgentQuery(EraseMyNewsletterDataDocument, {}, token)).eraseMyNewsletterData;
    return { errors: result?.errors ?? [], success: "Votre inscription et l'historique de vos envois sont effacés." };
  });
}
