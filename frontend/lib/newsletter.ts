"use server";

import { redirect } from "next/navigation";

import {
  NewsletterConfirmDocument,
  NewsletterPreferencesDocument,
  NewsletterSubscribeDocument,
  NewsletterUnsubscribeDocument,
  type TypedDocumentString,
} from "@/gql/graphql";
import { CmsQueryError, CmsUnavailableError } from "@/lib/cms";
import { CMS_GRAPHQL_URL } from "@/lib/config";

type MutationError = { field?: string | null; code: string; message: string };

/** A committed mutation, POSTed by its hash (accepted even when the CMS runs committed operations only). */
async function cmsMutation<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const hash = ((document.__meta__ as { hash?: string } | undefined)?.hash ?? "").replace(/^sha256:/, "");
  let response: Response;
  try {
    response = await fetch(CMS_GRAPHQL_URL, {
      method: "POST",
      cache: "no-store",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
  } catch (error) {
    throw new CmsUnavailableError(error);
  }
  if (response.status >= 500) throw new CmsUnavailableError(`HTTP ${response.status}`);
  const payload = (await response.json()) as { data?: R; errors?: { message: string }[] };
  if (!payload.data) throw new CmsQueryError(payload.errors ?? [{ message: "Réponse vide du CMS." }]);
  return payload.data;
}

function firstError(errors: MutationError[] | undefined): string | null {
  return errors?.[0]?.message ?? null;
}

function back(path: string, params: Record<string, string>): never {
  redirect(`${path}?${new URLSearchParams(params).toString()}`);
}

export async function subscribeAction(form: FormData): Promise<void> {
  const email = String(form.get("email") ?? "");
  const data = await cmsMutation(NewsletterSubscribeDocument, {
    email,
    source: "site",
    preferences: {
      newsletter: form.get("newsletter") === "on",
      projectDigests: form.get("projectDigests") === "on",
      agenda: form.get("agenda") === "on",
    },
  });
  const error = firstError(data.subscribeNewsletter?.errors);
  if (error) back("/lettre-d-information/inscription/", { erreur: error, email });
  back("/lettre-d-information/inscription/", { etat: "envoye" });
}

export async function confirmAction(form: FormData): Promise<void> {
  const token = String(form.get("jeton") ?? "");
  const data = await cmsMutation(NewsletterConfirmDocument, { token });
  const error = firstError(data.confirmSubscription?.errors);
  if (error) back("/lettre-d-information/confirmation/", { erreur: error });
  back("/lettre-d-information/confirmation/", {
    etat: "confirme",
    gestion: data.confirmSubscription?.managementToken ?? "",
  });
}

export async function unsubscribeAction(form: FormData): Promise<void> {
  const token = String(form.get("jeton") ?? "");
  const data = await cmsMutation(NewsletterUnsubscribeDocument, { token });
  const error = firstError(data.unsubscribe?.errors);
  if (error) back("/lettre-d-information/desinscription/", { jeton: token, erreur: error });
  back("/lettre-d-information/desinscription/", { etat: "desinscrit" });
}

export async function preferencesAction(form: FormData): Promise<void> {
  const token = String(form.get("jeton") ?? "");
  const data = await cmsMutation(NewsletterPreferencesDocument, {
    token,
    preferences: {
      newsletter: form.get("newsletter") === "on",
      projectDigests: form.get("projectDigests") === "on",
      agenda: form.get("agenda") === "on",
    },
  });
  const error = firstError(data.updateSubscriptionPreferences?.errors);
  if (error) back("/lettre-d-information/desinscription/", { jeton: token, erreur: error });
  back("/lettre-d-information/desinscription/", { jeton: token, etat: "preferences" });
}
