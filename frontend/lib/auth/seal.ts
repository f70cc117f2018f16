// Encrypted, authenticated cookie values (JWE, dir + A256GCM, from SESSION_SECRET): a value changed
// in the browser, sealed with another secret, expired or made for another purpose opens as null.
// No Next.js import here, so that vitest can run it.
import { EncryptJWT, jwtDecrypt, type JWTPayload } from "jose";

const ISSUER = "territoires-site";

async function keyFrom(secret: string): Promise<Uint8Array> {
  if (secret.length < 32) throw new Error("SESSION_SECRET doit compter au moins 32 caractères.");
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret));
  return new Uint8Array(digest);
}

/** `purpose` (e.g. "session", "login") is checked on opening: one kind of cookie never passes for another. */
export async function seal(payload: JWTPayload, secret: string, purpose: string, maxAgeSeconds: number): Promise<string> {
  return new EncryptJWT(payload)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuer(ISSUER)
    .setAudience(purpose)
    .setIssuedAt()
    .setExpirationTime(`${Math.floor(maxAgeSeconds)}s`)
    .encrypt(await keyFrom(secret));
}

export async function unseal<T extends JWTPayload>(value: string | undefined, secret: string, purpose: string): Promise<T | null> {
  if (!value) return null;
  try {
    const { payload } = await jwtDecrypt(value, await keyFrom(secret), { issuer: ISSUER, audience: purpose });
    return payload as T;
  } catch {
    return null;
  }
}
