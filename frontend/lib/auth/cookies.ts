import "server-only";

import { cookies } from "next/headers";

import { SECURE_COOKIES, SESSION_SECRET } from "@/lib/auth/config";
import { LOGIN_COOKIE, LOGIN_MAX_AGE, openLogin, sealLogin, type LoginTransaction } from "@/lib/auth/login";
import { SESSION_COOKIE, openSession, sealSession, type Session } from "@/lib/auth/session";

const BASE = { httpOnly: true, secure: SECURE_COOKIES, sameSite: "lax" as const, path: "/" };

/** The signed-in agent, or null. Read only in agent routes (never in the shared layout). */
export async function currentSession(): Promise<Session | null> {
  if (!SESSION_SECRET) return null;
  return openSession((await cookies()).get(SESSION_COOKIE)?.value, SESSION_SECRET);
}

export async function saveSession(session: Session, maxAge: number): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, await sealSession(session, SESSION_SECRET, maxAge), { ...BASE, maxAge });
}

export async function clearSession(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, "", { ...BASE, maxAge: 0 });
}

export async function saveLogin(transaction: LoginTransaction): Promise<void> {
  (await cookies()).set(LOGIN_COOKIE, await sealLogin(transaction, SESSION_SECRET), { ...BASE, maxAge: LOGIN_MAX_AGE });
}

/** Read once: the cookie is cleared at the same time, so a replayed callback finds nothing. */
export async function takeLogin(): Promise<LoginTransaction | null> {
  const store = await cookies();
  const transaction = await openLogin(store.get(LOGIN_COOKIE)?.value, SESSION_SECRET);
  store.set(LOGIN_COOKIE, "", { ...BASE, maxAge: 0 });
  return transaction;
}
