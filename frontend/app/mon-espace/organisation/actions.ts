"use server";

import { redirect } from "next/navigation";

import { DeclareOrganisationDocument, SubmitResourceDocument, type OrganisationKind } from "@/gql/graphql";
import { currentSession } from "@/lib/auth/cookies";
import { cmsAgentQuery } from "@/lib/cmsAgent";

const PATH = "/mon-espace/organisation/";

type Outcome = { errors: { code: string; message: string }[] };

async function run(action: (token: string) => Promise<Outcome | null>, success: string): Promise<never> {
  const session = await currentSession();
  if (!session) redirect(`/connexion/?retour=${encodeURIComponent(PATH)}`);
  let message = success;
  let severity = "succes";
  try {
    const outcome = await action(session.token);
    if (!outcome || outcome.errors.length) {
      message = outcome?.errors.map((e) => e.message).join(" ") || "La demande n'a pas abouti.";
      severity = "erreur";
    }
  } catch {
    message = "Le service est indisponible : réessayez dans quelques minutes.";
    severity = "erreur";
  }
  redirect(`${PATH}?${new URLSearchParams({ [severity]: message.slice(0, 600) })}`);
}

function text(form: FormData, name: string, max: number): string {
  return String(form.get(name) ?? "").slice(0, max);
}

export async function declareOrganisation(form: FormData): Promise<void> {
  const kind = text(form, "kind", 30).toUpperCase() as OrganisationKind;
  await run(
    async (token) =>
      (await cmsAgentQuery(DeclareOrganisationDocument, { name: text(form, "name", 300), kind, siren: text(form, "siren", 30) || null }, token))
        .declareOrganisation,
    "Organisation déclarée : votre demande attend l'accord de l'ANCT.",
  );
}

export async function proposeResource(form: FormData): Promise<void> {
  const input = {
    organisationId: text(form, "organisationId", 200),
    title: text(form, "title", 300),
    summary: text(form, "summary", 2000),
    body: text(form, "body", 20000),
    resourceType: text(form, "resourceType", 20),
    externalUrl: text(form, "externalUrl", 2000),
  };
  await run(
    async (token) => (await cmsAgentQuery(SubmitResourceDocument, { input, idempotencyKey: text(form, "key", 100) || null }, token)).submitResource,
    "Ressource proposée : elle est publiée après la modération de l'ANCT.",
  );
}
