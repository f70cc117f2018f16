// Sign-in with ProConnect (OpenID Connect): everything read from the environment, in one place.
import { SITE_URL } from "@/lib/config";

/** The provider's issuer: ProConnect's, or devidp's in development and CI (scripts/devidp). */
export const PROCONNECT_ISSUER = (process.env.PROCONNECT_ISSUER ?? "").replace(/\/$/, "");
export const PROCONNECT_CLIENT_ID = process.env.PROCONNECT_CLIENT_ID ?? "territoires-site";
export const PROCONNECT_CLIENT_SECRET = process.env.PROCONNECT_CLIENT_SECRET ?? "";
/** ProConnect's scopes: each releases the claim of the same name. */
export const PROCONNECT_SCOPES = "openid email given_name usual_name siret idp_id uid";
export const REDIRECT_URI = `${SITE_URL}/api/auth/callback/`;
export const POST_LOGOUT_REDIRECT_URI = `${SITE_URL}/`;
/** Encrypts the session and sign-in cookies (32 characters at least; `openssl rand -base64 32`). */
export const SESSION_SECRET = process.env.SESSION_SECRET ?? "";
/** Cookies are Secure as soon as the site is served over https. */
export const SECURE_COOKIES = SITE_URL.startsWith("https://");

export function signInConfigured(): boolean {
  return Boolean(PROCONNECT_ISSUER && PROCONNECT_CLIENT_SECRET && SESSION_SECRET.length >= 32);
}
