"use server";

import { randomUUID } from "node:crypto";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import {
  EnrollDocument,
  PostJournalEntryDocument,
  ProposeThemeDocument,
  SubmitExperienceDocument,
  UpdateSubmissionDocument,
  VoteForThemeDocument,
  WithdrawEnrollmentDocument,
  WithdrawVoteDocument,
} from "@/gql/graphql";
import { SECURE_COOKIES, SESSION_SECRET } from "@/lib/auth/config";
import { currentSession } from "@/lib/auth/cookies";
import { FLASH_COOKIE, FLASH_MAX_AGE, sealFlash, type Flash } from "@/lib/auth/flash";
import { describeErrors, HandledForms, isConflict, type MutationError } from "@/lib/auth/forms";
import { RequestMembershipDocument } from "@/gql/graphql";
import {
  EditMessageDocument,
  HideMessageDocument,
  MarkResolvedDocument,
  OpenThreadDocument,
  ReplyToThreadDocument,
  ReportMessageDocument,
  RestoreMessageDocument,
  SetCommunityNotificationsDocument,
} from "@/gql/graphql";
import { AgentTokenRefusedError, cmsAgentQuery } from "@/lib/cmsAgent";
import { CmsQueryError, CmsUnavailableError } from "@/lib/cms";

const HANDLED = Symbol.for("territoires.handledForms");
const handled: HandledForms = ((globalThis as Record<symbol, unknown>)[HANDLED] ??= new HandledForms()) as HandledForms;

type Outcome = { errors: MutationError[]; success?: string; conflict?: boolean };
type Handler = (token: string, form: FormData) => Promise<Outcome>;

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const optional = (form: FormData, name: string) => text(form, name) || undefined;

/**
 * Every form of "Mon espace": the agent's token, one action per form id (a double submit does
 * nothing the second time), the outcome in a one-minute cookie, then 303 back to the page.
 */
async function run(formName: string, form: FormData, handler: Handler, back = formName === "rattachement" ? "/mon-espace/rattachement/" : "/mon-espace/"): Promise<never> {
  const session = await currentSession();
  if (!session) redirect("/connexion/?erreur=session-expiree");
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  const flash: Flash = { id: randomUUID(), form: formName, severity: "error", title: "", message: "", errors: [], values };
  if (!handled.claim(text(form, "formId"))) {
    Object.assign(flash, { severity: "info", title: "Déjà envoyé", message: "Ce formulaire avait déjà été envoyé : l'action n'a été faite qu'une fois.", values: {} });
  } else {
    let expired = false;
    try {
      const outcome = await handler(session.token, form);
      if (outcome.errors.length) {
        const { message, fields } = describeErrors(outcome.errors);
        Object.assign(flash, {
          title: outcome.conflict ? "Une autre version a été enregistrée entre-temps" : "L'action n'a pas abouti",
          message: outcome.conflict
            ? "Quelqu'un a modifié cette contribution pendant que vous la modifiiez. Votre texte est conservé ci-dessous : rechargez la dernière version pour la comparer, ou renvoyez le vôtre pour la remplacer."
            : message,
          errors: fields,
        });
      } else {
        Object.assign(flash, { severity: "success", title: "C'est fait", message: outcome.success ?? "", values: {} });
      }
    } catch (error) {
      if (error instanceof AgentTokenRefusedError) expired = true;
      else if (error instanceof CmsUnavailableError || error instanceof CmsQueryError) {
        console.error(`[mon-espace] ${formName} :`, error.message);
        Object.assign(flash, { title: "La plateforme ne répond pas", message: "Votre demande n'a pas pu être enregistrée. Réessayez dans quelques minutes ; vos saisies sont conservées." });
      } else throw error;
    }
    if (expired) redirect("/connexion/?erreur=session-expiree&retour=/mon-espace/");
  }
  (await cookies()).set(FLASH_COOKIE, await sealFlash(flash, SESSION_SECRET), {
    httpOnly: true,
    secure: SECURE_COOKIES,
    sameSite: "lax",
    path: "/mon-espace/",
    maxAge: FLASH_MAX_AGE,
  });
  const separator = back.includes("?") ? "&" : "?";
  redirect(`${back}${separator}avis=${flash.id}#${flash.severity === "error" ? "erreurs" : "avis"}`);
}

export async function proposeTheme(form: FormData) {
  await run("theme", form, async (token) => {
    const result = await cmsAgentQuery(
      ProposeThemeDocument,
      { title: text(form, "title"), description: text(form, "description"), localAuthority: optional(form, "localAuthority") },
      token,
    );
    return { errors: result.proposeTheme?.errors ?? [], success: "Votre proposition de thème est envoyée : l'ANCT la relit avant de l'ouvrir au vote." };
  });
}

export async function vote(form: FormData) {
  await run("vote", form, async (token) => {
    const result = await cmsAgentQuery(VoteForThemeDocument, { proposal: text(form, "proposal"), localAuthority: optional(form, "localAuthority") }, token);
    const remaining = result.voteForTheme?.remainingVotes;
    const left = remaining == null ? "" : remaining === 0 ? " Vous avez utilisé tous vos votes." : ` Il vous reste ${remaining} vote${remaining > 1 ? "s" : ""}.`;
    return { errors: result.voteForTheme?.errors ?? [], success: `Votre vote est enregistré.${left}` };
  });
}

export async function withdrawVote(form: FormData) {
  await run("vote", form, async (token) => {
    const result = await cmsAgentQuery(WithdrawVoteDocument, { proposal: text(form, "proposal"), localAuthority: optional(form, "localAuthority") }, token);
    return { errors: result.withdrawVote?.errors ?? [], success: "Votre vote est retiré." };
  });
}

export async function enroll(form: FormData) {
  await run("inscription", form, async (token) => {
    const role = text(form, "role") === "OBSERVER" ? "OBSERVER" : "PARTICIPANT";
    const result = await cmsAgentQuery(EnrollDocument, { project: text(form, "project"), role, localAuthority: optional(form, "localAuthority") }, token);
    const enrollment = result.enroll?.enrollment;
    const success =
      enrollment?.status === "WAITING"
        ? `Les places de parties prenantes sont prises : votre collectivité est en liste d'attente, au rang ${enrollment.waitingRank ?? "?"}.`
        : role === "OBSERVER"
          ? "Votre collectivité suit ce projet comme observatrice."
          : "Votre collectivité est inscrite comme partie prenante.";
    return { errors: result.enroll?.errors ?? [], success };
  });
}

export async function withdrawEnrollment(form: FormData) {
  await run("inscription", form, async (token) => {
    const result = await cmsAgentQuery(WithdrawEnrollmentDocument, { project: text(form, "project"), localAuthority: optional(form, "localAuthority") }, token);
    return { errors: result.withdrawEnrollment?.errors ?? [], success: "Votre collectivité est retirée de ce projet." };
  });
}

function participationLevel(form: FormData): number | undefined {
  const value = Number(text(form, "participationLevel"));
  return Number.isInteger(value) && value >= 1 && value <= 8 ? value : undefined;
}

export async function submitExperience(form: FormData) {
  await run("experience", form, async (token) => {
    const result = await cmsAgentQuery(
      SubmitExperienceDocument,
      {
        input: {
          title: text(form, "title"),
          summary: text(form, "summary"),
          body: optional(form, "body"),
          participationLevel: participationLevel(form),
          localAuthority: optional(form, "localAuthority"),
        },
      },
      token,
    );
    return { errors: result.submitExperience?.errors ?? [], success: "Votre expérience est envoyée : elle sera publiée après relecture par l'ANCT." };
  });
}

export async function updateSubmission(form: FormData) {
  const id = text(form, "submission");
  await run(
    "modification",
    form,
    async (token) => {
      const result = await cmsAgentQuery(
        UpdateSubmissionDocument,
        {
          id,
          baseRevisionId: text(form, "baseRevisionId"),
          input: { title: optional(form, "title"), summary: optional(form, "summary"), body: optional(form, "body") },
        },
        token,
      );
      const errors = result.updateSubmission?.errors ?? [];
      return { errors, conflict: isConflict(errors), success: "Votre contribution modifiée est renvoyée en relecture." };
    },
    `/mon-espace/contributions/${encodeURIComponent(id)}/`,
  );
}

export async function postJournalEntry(form: FormData) {
  await run("journal", form, async (token) => {
    const result = await cmsAgentQuery(
      PostJournalEntryDocument,
      { project: text(form, "project"), title: text(form, "title"), summary: text(form, "summary"), body: optional(form, "body"), localAuthority: optional(form, "localAuthority") },
      token,
    );
    return { errors: result.postJournalEntry?.errors ?? [], success: "Votre entrée est publiée dans le journal de bord du projet." };
  });
}

export async function requestMembership(form: FormData) {
  await run("rattachement", form, async (token) => {
    const result = await cmsAgentQuery(RequestMembershipDocument, { localAuthority: text(form, "localAuthority"), message: optional(form, "message") }, token);
    return { errors: result.requestMembership?.errors ?? [], success: "Votre demande de rattachement est envoyée." };
  });
}

// --- Peer exchange of a shared project (« Mon espace › Projets › Échanges ») ---

const exchangePath = (form: FormData) => {
  const slug = text(form, "slug").toLowerCase();
  const thread = text(form, "threadPk");
  const base = `/mon-espace/projets/${/^[-a-z0-9_]{1,255}$/.test(slug) ? slug : "inconnu"}/echanges/`;
  return /^[1-9][0-9]{0,18}$/.test(thread) ? `${base}${thread}/` : base;
};

export async function openCommunityThread(form: FormData) {
  await run(
    "echange",
    form,
    async (token) => {
      const visibility = text(form, "visibility") === "OBSERVERS" ? "OBSERVERS" : "PARTICIPANTS";
      const kinds = ["QUESTION", "SUCCESS", "OBSTACLE", "SOLUTION", "RESOURCE"] as const;
      const kind = kinds.find((candidate) => candidate === text(form, "kind")) ?? "QUESTION";
      const result = await cmsAgentQuery(
        OpenThreadDocument,
        { project: text(form, "project"), kind, title: text(form, "title"), body: text(form, "body"), visibility, stage: optional(form, "stage"), localAuthority: optional(form, "localAuthority") },
        token,
      );
      return { errors: result.openThread?.errors ?? [], success: "Votre fil est ouvert : les membres du projet en sont prévenus." };
    },
    exchangePath(form),
  );
}

export async function replyToCommunityThread(form: FormData) {
  await run(
    "reponse",
    form,
    async (token) => {
      const result = await cmsAgentQuery(ReplyToThreadDocument, { thread: text(form, "thread"), body: text(form, "body"), replyTo: optional(form, "replyTo"), localAuthority: optional(form, "localAuthority") }, token);
      return { errors: result.reply?.errors ?? [], success: "Votre réponse est publiée." };
    },
    exchangePath(form),
  );
}

export async function editCommunityMessage(form: FormData) {
  await run(
    "modification-message",
    form,
    async (token) => {
      const result = await cmsAgentQuery(EditMessageDocument, { message: text(form, "message"), body: text(form, "body") }, token);
      return { errors: result.editMessage?.errors ?? [], success: "Votre message est modifié ; sa version précédente est conservée." };
    },
    exchangePath(form),
  );
}

export async function markCommunityThreadResolved(form: FormData) {
  await run(
    "resolu",
    form,
    async (token) => {
      const resolved = text(form, "resolved") !== "false";
      const result = await cmsAgentQuery(MarkResolvedDocument, { thread: text(form, "thread"), resolved }, token);
      return { errors: result.markResolved?.errors ?? [], success: resolved ? "La question est marquée « résolue »." : "La question est rouverte." };
    },
    exchangePath(form),
  );
}

export async function reportCommunityMessage(form: FormData) {
  await run(
    "signalement",
    form,
    async (token) => {
      const result = await cmsAgentQuery(ReportMessageDocument, { message: text(form, "message"), reason: text(form, "reason") }, token);
      return { errors: result.reportMessage?.errors ?? [], success: "Merci : la modération de l'ANCT examine ce message." };
    },
    exchangePath(form),
  );
}

export async function moderateCommunityMessage(form: FormData) {
  await run(
    "moderation-message",
    form,
    async (token) => {
      const variables = { message: text(form, "message"), reason: text(form, "reason") };
      if (text(form, "action") === "restore") {
        const result = await cmsAgentQuery(RestoreMessageDocument, variables, token);
        return { errors: result.restoreMessage?.errors ?? [], success: "Le message est rétabli." };
      }
      const result = await cmsAgentQuery(HideMessageDocument, variables, token);
      return { errors: result.hideMessage?.errors ?? [], success: "Le message est masqué ; le motif est consigné au journal d'audit." };
    },
    exchangePath(form),
  );
}

export async function setCommunityNotifications(form: FormData) {
  await run(
    "notifications-echanges",
    form,
    async (token) => {
      const frequencies = ["IMMEDIATE", "WEEKLY", "NEVER"] as const;
      const frequency = frequencies.find((candidate) => candidate === text(form, "frequency")) ?? "WEEKLY";
      const result = await cmsAgentQuery(SetCommunityNotificationsDocument, { frequency }, token);
      return { errors: result.setCommunityNotifications?.errors ?? [], success: "Votre choix de notification est enregistré." };
    },
    exchangePath(form),
  );
}
