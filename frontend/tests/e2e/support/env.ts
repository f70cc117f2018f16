// Ports, URLs and accounts shared by playwright.config.ts (which starts the servers) and the tests.
export const CMS_PORT = Number(process.env.E2E_CMS_PORT ?? 8765);
export const SITE_PORT = Number(process.env.E2E_SITE_PORT ?? 3765);
export const CMS_URL = `http://127.0.0.1:${CMS_PORT}`;
export const SITE_URL = `http://127.0.0.1:${SITE_PORT}`;
export const WEBHOOK_SECRET = process.env.E2E_WEBHOOK_SECRET ?? "whsec_ZTJlLXRlcnJpdG9pcmVzLWVuLWNvbW11bi1zZWNyZXQ=";
/** The superuser scripts/e2e-cms creates (the demo's passwords are random). */
export const ADMIN_USER = process.env.E2E_ADMIN_USER ?? "e2e-admin";
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "e2e-Territoires-2026!";
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The local OpenID Connect provider standing in for ProConnect (devidp/, scripts/devidp). */
export const IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 3965);
export const IDP_URL = `http://127.0.0.1:${IDP_PORT}`;
export const SITE_CLIENT_SECRET = "territoires-site-dev-secret";
export const SESSION_SECRET = process.env.E2E_SESSION_SECRET ?? "e2e-secret-de-session-du-site-territoires-en-commun";
