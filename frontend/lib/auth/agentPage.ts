import "server-only";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import { SESSION_SECRET } from "@/lib/auth/config";
import { currentSession } from "@/lib/auth/cookies";
import { FLASH_COOKIE, openFlash, type Flash } from "@/lib/auth/flash";
import type { Session } from "@/lib/auth/session";

/** The signed-in agent of an agent page, or the sign-in page; and the outcome of the last form. */
export async function agentPage(path: string, avis: string | string[] | undefined): Promise<{ session: Session; flash: Flash | null }> {
  const session = await currentSession();
  if (!session) redirect(`/connexion/?retour=${encodeURIComponent(path)}`);
  const flash = await openFlash((await cookies()).get(FLASH_COOKIE)?.value, SESSION_SECRET, typeof avis === "string" ? avis : undefined);
  return { session, flash };
}
