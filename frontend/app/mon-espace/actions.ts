"use server";

import { randomUUID } from "node:crypto";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import {
  EnrollDocument,
  PostJournalEntryDocument,
  ProposeThemeDocument,
  SubmitActionPlanDocument,
  SubmitExperienceDocument,
  SubmitResourceDocument,
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
import { AgentTokenRefusedError, cmsAgentQuery, type AgentFiles } from "@/lib/cmsAgent";
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
import { CmsQueryError, CmsUnavailableError } from "@/lib/cms";

const HANDLED = Symbol.for("territoires.handledForms");
const handled: HandledForms = ((globalThis as Record<symbol, unknown>)[HANDLED] ??= new HandledForms()) as HandledForms;

type Outcome = {
  errors: MutationError[];
  success?: string;
  conflict?: boolean;
};
type Handler = (token: string, form: FormData) => Promise<Outcome>;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};
const optional = (form: FormData, name: string) => text(form, name) || undefined;
/** The form's id, sent as the CMS's idempotency key: a double submit that reaches another Node
 * process of the site makes one thing all the same (the CMS answers the first one's result). */
const idempotencyKey = (form: FormData) => text(form, "formId") || undefined;

/** The files an agent chose in the file input `name` (an empty input sends one empty file). */
function chosen(form: FormData, name: string): File[] {
  return form.getAll(name).filter((value): value is File => typeof value !== "string" && value.size > 0);
}

/** The input's image and documents, as the CMS's variables (null files) and the request's files. */
function attachments(form: FormData, prefix = "variables.input") {
  const files: AgentFiles = {};
  const input: {
    image?: { file: null; altText?: string };
    images?: { file: null; altText?: string }[];
    documents?: { file: null; title: string }[];
    document?: { file: null; title: string };
  } = {};
  const [image] = chosen(form, "image");
  if (image) {
    input.image = { file: null, altText: optional(form, "imageAlt") };
    files[`${prefix}.image.file`] = image;
  }
  const images = chosen(form, "images");
  if (images.length) {
    // One alternative text per line, in the order of the chosen files.
    const alts = text(form, "imagesAlt").split("\n");
    input.images = images.map((image, index) => {
      files[`${prefix}.images.${index}.file`] = image;
      return { file: null, altText: alts[index]?.trim() || undefined };
    });
  }
  const documents = chosen(form, "documents");
  if (documents.length) {
    input.documents = documents.map((document, index) => {
      files[`${prefix}.documents.${index}.file`] = document;
      return { file: null, title: document.name.replace(/\.[^.]+$/, "") };
    });
  }
  const [document] = chosen(form, "document");
  if (document) {
    input.document = {
      file: null,
      title: document.name.replace(/\.[^.]+$/, ""),
    };
    files[`${prefix}.document.file`] = document;
  }
  return { input, files };
}

/**
 * Every form of "Mon espace": the agent's token, one action per form id (a double submit does
 * nothing the second time), the outcome in a one-minute cookie, then 303 back to the page.
 */
async function run(formName: string, form: FormData, handler: Handler, back = formName === "rattachement" ? "/mon-espace/rattachement/" : "/mon-espace/"): Promise<never> {
  const session = await currentSession();
  if (!session) redirect("/connexion/?erreur=session-expiree");
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  const flash: Flash = {
    id: randomUUID(),
    form: formName,
    severity: "error",
    title: "",
    message: "",
    errors: [],
    values,
  };
  if (!handled.claim(text(form, "formId"))) {
    Object.assign(flash, {
      severity: "info",
      title: "Déjà envoyé",
      message: "Ce formulaire avait déjà été envoyé : l'action n'a été faite qu'une fois.",
      values: {},
    });
  } else {
    let expired = false;
    try {
      const outcome = await handler(session.token, form);
      if (outcome.errors.length) {
        const { message, fields } = describeErrors(outcome.errors);
        // A browser never refills a file input: say so, next to what was kept. A form sent by
        // script (KeepFilesForm's « envoiScript ») stayed on the page with its files.
        const files = [...form.values()].filter((value): value is File => typeof value !== "string" && value.size > 0);
        const kept = form.get("envoiScript") === "1";
        const again = !files.length
          ? ""
          : kept
            ? ` Vos textes et vos fichiers sont conservés : corrigez puis envoyez à nouveau.`
            : ` Vos textes sont conservés ; choisissez à nouveau ${files.length > 1 ? "les fichiers" : "le fichier"} (${files.map((file) => file.name).join(", ")}).`;
        Object.assign(flash, {
          title: outcome.conflict ? "Une autre version a été enregistrée entre-temps" : "L'action n'a pas abouti",
          message: outcome.conflict
            ? "Quelqu'un a modifié cette contribution pendant que vous la modifiiez. Votre texte est conservé ci-dessous : rechargez la dernière version pour la comparer, ou renvoyez le vôtre pour la remplacer."
            : message + again,
          errors: fields,
        });
      } else {
        Object.assign(flash, {
          severity: "success",
          title: "C'est fait",
          message: outcome.success ?? "",
          values: {},
        });
      }
    } catch (error) {
      if (error instanceof AgentTokenRefusedError) expired = true;
      else if (error instanceof CmsUnavailableError || error instanceof CmsQueryError) {
        console.error(`[mon-espace] ${formName} :`, error.message);
        Object.assign(flash, {
          title: "La plateforme ne répond pas",
          message: "Votre demande n'a pas pu être enregistrée. Réessayez dans quelques minutes ; vos saisies sont conservées.",
        });
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
      {
        title: text(form, "title"),
        description: text(form, "description"),
        localAuthority: optional(form, "localAuthority"),
        idempotencyKey: idempotencyKey(form),
      },
      token,
    );
    return {
      errors: result.proposeTheme?.errors ?? [],
      success: "Votre proposition de thème est envoyée : l'ANCT la relit avant de l'ouvrir au vote.",
    };
  });
}

export async function vote(form: FormData) {
  await run("vote", form, async (token) => {
    const result = await cmsAgentQuery(
      VoteForThemeDocument,
      {
        proposal: text(form, "proposal"),
        localAuthority: optional(form, "localAuthority"),
        idempotencyKey: idempotencyKey(form),
      },
      token,
    );
    const remaining = result.voteForTheme?.remainingVotes;
    const left = remaining == null ? "" : remaining === 0 ? " Vous avez utilisé tous vos votes." : ` Il vous reste ${remaining} vote${remaining > 1 ? "s" : ""}.`;
    return {
      errors: result.voteForTheme?.errors ?? [],
      success: `Votre vote est enregistré.${left}`,
    };
  });
}

export async function withdrawVote(form: FormData) {
  await run("vote", form, async (token) => {
    const result = await cmsAgentQuery(
      WithdrawVoteDocument,
      {
        proposal: text(form, "proposal"),
        localAuthority: optional(form, "localAuthority"),
        idempotencyKey: idempotencyKey(form),
      },
      token,
    );
    return {
      errors: result.withdrawVote?.errors ?? [],
      success: "Votre vote est retiré.",
    };
  });
}

export async function enroll(form: FormData) {
  await run("inscription", form, async (token) => {
    const role = text(form, "role") === "OBSERVER" ? "OBSERVER" : "PARTICIPANT";
    const result = await cmsAgentQuery(
      EnrollDocument,
      {
        project: text(form, "project"),
        role,
        localAuthority: optional(form, "localAuthority"),
        idempotencyKey: idempotencyKey(form),
      },
      token,
    );
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
    const result = await cmsAgentQuery(
      WithdrawEnrollmentDocument,
      {
        project: text(form, "project"),
        localAuthority: optional(form, "localAuthority"),
        idempotencyKey: idempotencyKey(form),
      },
      token,
    );
    return {
      errors: result.withdrawEnrollment?.errors ?? [],
      success: "Votre collectivité est retirée de ce projet.",
    };
  });
}

function participationLevel(form: FormData): number | undefined {
  const value = Number(text(form, "participationLevel"));
  return Number.isInteger(value) && value >= 1 && value <= 8 ? value : undefined;
}

export async function submitExperience(form: FormData) {
  await run("experience", form, async (token) => {
    const { input, files } = attachments(form);
    const result = await cmsAgentQuery(
      SubmitExperienceDocument,
      {
        input: {
          title: text(form, "title"),
          summary: text(form, "summary"),
          body: optional(form, "body"),
          participationLevel: participationLevel(form),
          localAuthority: optional(form, "localAuthority"),
          ...input,
        },
        idempotencyKey: idempotencyKey(form),
      },
      token,
      files,
    );
    return {
      errors: result.submitExperience?.errors ?? [],
      success: "Votre expérience est envoyée : elle sera publiée après relecture par l'ANCT.",
    };
  });
}

export async function submitResource(form: FormData) {
  await run("ressource", form, async (token) => {
    const { input, files } = attachments(form);
    const result = await cmsAgentQuery(
      SubmitResourceDocument,
      {
        input: {
          title: text(form, "title"),
          summary: text(form, "summary"),
          body: optional(form, "body"),
          resourceType: optional(form, "resourceType"),
          externalUrl: optional(form, "externalUrl"),
          organisation: optional(form, "organisation"),
          authors: optional(form, "authors"),
          localAuthority: optional(form, "localAuthority"),
          ...input,
        },
        idempotencyKey: idempotencyKey(form),
      },
      token,
      files,
    );
    return {
      errors: result.submitResource?.errors ?? [],
      success: "Votre ressource est envoyée : elle sera publiée après relecture par l'ANCT.",
    };
  });
}

export async function updateSubmission(form: FormData) {
  const id = text(form, "submission");
  await run(
    "modification",
    form,
    async (token) => {
      const { input, files } = attachments(form);
      const result = await cmsAgentQuery(
        UpdateSubmissionDocument,
        {
          id,
          baseRevisionId: text(form, "baseRevisionId"),
          input: {
            title: optional(form, "title"),
            summary: optional(form, "summary"),
            body: form.has("body") ? text(form, "body") : undefined,
            participationLevel: participationLevel(form),
            resourceType: optional(form, "resourceType"),
            externalUrl: form.has("externalUrl") ? text(form, "externalUrl") : undefined,
            organisation: form.has("organisation") ? text(form, "organisation") : undefined,
            authors: form.has("authors") ? text(form, "authors") : undefined,
            removeFileIds: form.getAll("removeFileIds").filter((value): value is string => typeof value === "string" && value !== ""),
            ...input,
          },
        },
        token,
        files,
      );
      const errors = result.updateSubmission?.errors ?? [];
      return {
        errors,
        conflict: isConflict(errors),
        success: "Votre contribution modifiée est renvoyée en relecture.",
      };
    },
    `/mon-espace/contributions/${encodeURIComponent(id)}/`,
  );
}

export async function postJournalEntry(form: FormData) {
  await run("journal", form, async (token) => {
    const result = await cmsAgentQuery(
      PostJournalEntryDocument,
      {
        project: text(form, "project"),
        title: text(form, "title"),
        summary: text(form, "summary"),
        body: optional(form, "body"),
        localAuthority: optional(form, "localAuthority"),
        idempotencyKey: idempotencyKey(form),
      },
      token,
    );
    return {
      errors: result.postJournalEntry?.errors ?? [],
      success: "Votre entrée est publiée dans le journal de bord du projet.",
    };
  });
}

export async function submitActionPlan(form: FormData) {
  await run("plan", form, async (token) => {
    const actions = [0, 1, 2]
      .map((index) => ({
        title: text(form, `action-${index}-title`),
        owner: text(form, `action-${index}-owner`),
      }))
      .filter((action) => action.title || action.owner);
    const result = await cmsAgentQuery(
      SubmitActionPlanDocument,
      {
        project: text(form, "project"),
        title: text(form, "title"),
        summary: text(form, "summary"),
        objectives: text(form, "objectives"),
        successCriteria: optional(form, "successCriteria"),
        actions,
        localAuthority: optional(form, "localAuthority"),
        idempotencyKey: idempotencyKey(form),
      },
      token,
    );
    const plan = result.submitActionPlan;
    return {
      errors: plan?.errors ?? [],
      success: plan?.inWorkflow
        ? "Votre plan d'action est envoyé : suivez sa validation puis son adoption par votre exécutif dans « Mes contributions »."
        : "Votre plan d'action est enregistré : suivez-le dans « Mes contributions ».",
    };
  });
}

export async function requestMembership(form: FormData) {
  await run("rattachement", form, async (token) => {
    const result = await cmsAgentQuery(
      RequestMembershipDocument,
      {
        localAuthority: text(form, "localAuthority"),
        message: optional(form, "message"),
      },
      token,
    );
    return {
      errors: result.requestMembership?.errors ?? [],
      success: "Votre demande de rattachement est envoyée.",
    };
  });
}

// --- Peer exchange of a shared project (« Mon espace › Projets › Échanges ») ---

const exchangePath = (form: FormData) => {
  const slug = text(form, "slug").toLowerCase();
  const thread = text(form, "threadPk");
  const base = `/mon-espace/projets/${/^[-a-z0-9_]{1,255}$/.test(slug) ? slug : "inconnu"}/echanges/`;
  return /^[1-9][0-9]{0,18}$/.test(thread) ? `${base}${thread}/` : base;
};

/** The files of the input « attachments », as the exchange's variables and the request's files. */
function exchangeAttachments(form: FormData) {
  const files: AgentFiles = {};
  const attachments = chosen(form, "attachments").map((file, index) => {
    files[`variables.attachments.${index}.file`] = file;
    return { file: null, title: file.name.replace(/\.[^.]+$/, "") };
  });
  return { attachments: attachments.length ? attachments : undefined, files };
}

export async function openCommunityThread(form: FormData) {
  await run(
    "echange",
    form,
    async (token) => {
      const visibility = text(form, "visibility") === "OBSERVERS" ? "OBSERVERS" : "PARTICIPANTS";
      const kinds = ["QUESTION", "SUCCESS", "OBSTACLE", "SOLUTION", "RESOURCE"] as const;
      const kind = kinds.find((candidate) => candidate === text(form, "kind")) ?? "QUESTION";
      const { attachments, files } = exchangeAttachments(form);
      const result = await cmsAgentQuery(
        OpenThreadDocument,
        { project: text(form, "project"), kind, title: text(form, "title"), body: text(form, "body"), visibility, stage: optional(form, "stage"), localAuthority: optional(form, "localAuthority"), attachments },
        token,
        files,
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
      const { attachments, files } = exchangeAttachments(form);
      const result = await cmsAgentQuery(
        ReplyToThreadDocument,
        { thread: text(form, "thread"), body: text(form, "body"), replyTo: optional(form, "replyTo"), localAuthority: optional(form, "localAuthority"), attachments },
        token,
        files,
      );
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
