import { describe, expect, it } from "vitest";

import { openFlash, sealFlash, type Flash } from "@/lib/auth/flash";
import { describeErrors, HandledForms, isConflict } from "@/lib/auth/forms";
import { newLoginTransaction, openLogin, safeReturnTo, sealLogin, stateMatches } from "@/lib/auth/login";
import { openSession, sealSession, sessionMaxAge, type Session } from "@/lib/auth/session";

const secret = "un secret de session de test, assez long pour AES";
const session: Session = { token: "cms-token-123", idToken: "header.payload.signature", name: "Nadia Girard", email: "agent.niort@demo.territoires.local" };

/** Changes one character in the middle of a base64url segment. */
function tamper(value: string, segment: number): string {
  const parts = value.split(".");
  const part = parts[segment] ?? "";
  const index = Math.floor(part.length / 2);
  parts[segment] = part.slice(0, index) + (part[index] === "A" ? "B" : "A") + part.slice(index + 1);
  return parts.join(".");
}

describe("session cookie", () => {
  it("opens what it sealed, and the token is not readable in the cookie", async () => {
    const sealed = await sealSession(session, secret);
    expect(sealed).not.toContain("cms-token-123");
    expect(Buffer.from(sealed.split(".")[3] ?? "", "base64url").toString()).not.toContain("cms-token");
    expect(await openSession(sealed, secret)).toEqual(session);
  });

  it("refuses a tampered cookie (ciphertext, tag, header or IV)", async () => {
    const sealed = await sealSession(session, secret);
    for (const segment of [0, 2, 3, 4]) expect(await openSession(tamper(sealed, segment), secret)).toBeNull();
  });

  it("refuses a cookie sealed with another secret, garbage, and nothing", async () => {
    const sealed = await sealSession(session, `${secret}, mais un autre`);
    expect(await openSession(sealed, secret)).toBeNull();
    expect(await openSession("pas.un.jeton.du.tout", secret)).toBeNull();
    expect(await openSession(undefined, secret)).toBeNull();
  });

  it("refuses an expired cookie", async () => {
    const sealed = await sealSession(session, secret, -10);
    expect(await openSession(sealed, secret)).toBeNull();
  });

  it("never takes a sign-in cookie for a session (another purpose)", async () => {
    const login = await sealLogin(await newLoginTransaction(), secret);
    expect(await openSession(login, secret)).toBeNull();
  });

  it("lasts as long as the CMS token, 12 hours at most", () => {
    const now = Date.parse("2026-11-30T10:00:00Z");
    expect(sessionMaxAge("2026-11-30T11:00:00Z", now)).toBe(3600);
    expect(sessionMaxAge("2026-12-05T11:00:00Z", now)).toBe(12 * 3600);
    expect(sessionMaxAge(null, now)).toBe(12 * 3600);
    expect(sessionMaxAge("2026-11-30T09:00:00Z", now)).toBe(0);
  });

  it("refuses a secret too short", async () => {
    await expect(sealSession(session, "court")).rejects.toThrow(/32 caractères/);
  });
});

describe("sign-in state and nonce", () => {
  it("draws a new state, nonce and PKCE verifier each time", async () => {
    const first = await newLoginTransaction();
    const second = await newLoginTransaction();
    expect(first.state).not.toBe(second.state);
    expect(first.nonce).not.toBe(second.nonce);
    expect(first.codeVerifier).not.toBe(second.codeVerifier);
    expect(first.codeVerifier.length).toBeGreaterThanOrEqual(43);
  });

  it("accepts only the state of this browser's attempt", async () => {
    const transaction = await openLogin(await sealLogin(await newLoginTransaction("/mon-espace/"), secret), secret);
    expect(transaction).not.toBeNull();
    expect(stateMatches(transaction, transaction!.state)).toBe(true);
    expect(stateMatches(transaction, "un-autre-etat")).toBe(false);
    expect(stateMatches(transaction, null)).toBe(false);
    // No cookie (already used: the callback clears it, or another browser): refused.
    expect(stateMatches(null, transaction!.state)).toBe(false);
  });

  it("refuses a tampered or session-purpose sign-in cookie", async () => {
    const sealed = await sealLogin(await newLoginTransaction(), secret);
    expect(await openLogin(tamper(sealed, 3), secret)).toBeNull();
    expect(await openLogin(await sealSession(session, secret), secret)).toBeNull();
  });

  it("returns only to a path of this site", () => {
    expect(safeReturnTo("/mon-espace/contributions/abc/")).toBe("/mon-espace/contributions/abc/");
    expect(safeReturnTo("https://evil.example/")).toBe("/mon-espace/");
    expect(safeReturnTo("//evil.example/")).toBe("/mon-espace/");
    expect(safeReturnTo("/\\evil.example")).toBe("/mon-espace/");
    expect(safeReturnTo(null)).toBe("/mon-espace/");
  });
});

describe("forms", () => {
  it("handles a form id once: a double submit does one action", () => {
    const handled = new HandledForms();
    const id = "0123456789abcdef0123456789abcdef";
    expect(handled.claim(id)).toBe(true);
    expect(handled.claim(id)).toBe(false);
    expect(handled.claim("court")).toBe(false);
  });

  it("keeps field errors by field and explains a forbidden action in French", () => {
    const { message, fields } = describeErrors([
      { field: "title", code: "REQUIRED", message: "Le titre est obligatoire." },
      { field: null, code: "FORBIDDEN", message: "Forbidden" },
    ]);
    expect(fields).toEqual([{ field: "title", message: "Le titre est obligatoire." }]);
    expect(message).toMatch(/rattachement/);
    expect(isConflict([{ code: "CONFLICT", message: "" }])).toBe(true);
  });

  it("shows a flash only on the URL that carries its id, and keeps what the agent typed", async () => {
    const flash: Flash = { id: "abc", form: "experience", severity: "error", title: "t", message: "m", errors: [], values: { title: "Mon titre" } };
    const sealed = await sealFlash(flash, secret);
    expect((await openFlash(sealed, secret, "abc"))?.values.title).toBe("Mon titre");
    expect(await openFlash(sealed, secret, "autre")).toBeNull();
    expect(await openFlash(sealed, secret, undefined)).toBeNull();
  });
});
