import { fileURLToPath } from "node:url";

import { defineConfig, devices } from "@playwright/test";

import {
  ADMIN_PASSWORD,
  ADMIN_USER,
  CHROMIUM,
  CMS_PORT,
  CMS_URL,
  IDP_PORT,
  IDP_URL,
  SESSION_SECRET,
  SITE_CLIENT_SECRET,
  SITE_PORT,
  SITE_URL,
  WEBHOOK_SECRET,
} from "./tests/e2e/support/env";

// Browser tests against the real CMS (scripts/e2e-cms: fresh SQLite database, demo content, task
// worker) and the production build of the site (`make site-test` builds it once, before this runs,
// and prepares that CMS's database meanwhile: E2E_CMS_PREPARED=1 serves it instead of making it).
// Debian's chromium, never a downloaded browser; one worker, the machine has two cores.
// E2E_REUSE_SERVERS=1 uses servers already listening on the ports (scripts/e2e-cms, node server.mjs).

const shared = {
  E2E_CMS_PORT: String(CMS_PORT),
  E2E_SITE_PORT: String(SITE_PORT),
  E2E_WEBHOOK_SECRET: WEBHOOK_SECRET,
  E2E_ADMIN_USER: ADMIN_USER,
  E2E_ADMIN_PASSWORD: ADMIN_PASSWORD,
  // The CMS checks the agents' ID tokens against the local provider (issue #12).
  PROCONNECT_ISSUER: IDP_URL,
};

export default defineConfig({
  testDir: "./tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: SITE_URL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    actionTimeout: 10_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    channel: undefined,
    launchOptions: {
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: [
    {
      name: "ProConnect (devidp)",
      // make devidp-install first (make test and .ci/run do).
      command: "../scripts/devidp run",
      url: `${IDP_URL}/.well-known/openid-configuration`,
      env: { IDP_PORT: String(IDP_PORT), E2E_SITE_PORT: String(SITE_PORT), E2E_CMS_PORT: String(CMS_PORT), DEVIDP_VAR_DIR: fileURLToPath(new URL("../var/e2e-devidp", import.meta.url)) },
      timeout: 60_000,
      reuseExistingServer: !!process.env.E2E_REUSE_SERVERS,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      name: "CMS",
      command: "../scripts/e2e-cms",
      url: `${CMS_URL}/admin/login/`,
      env: shared,
      // Migrations and the demo on a fresh database take minutes on a busy machine.
      timeout: 600_000,
      reuseExistingServer: !!process.env.E2E_REUSE_SERVERS,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      name: "Site",
      // The data cache of an earlier run would show another database's content: start empty.
      command: "rm -rf .next/cache/fetch-cache && node server.mjs",
      url: `${SITE_URL}/robots.txt`,
      env: {
        ...shared,
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: String(SITE_PORT),
        CMS_URL,
        SITE_URL,
        SITE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        PROCONNECT_ISSUER: IDP_URL,
        PROCONNECT_CLIENT_ID: "territoires-site",
        PROCONNECT_CLIENT_SECRET: SITE_CLIENT_SECRET,
        SESSION_SECRET,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      timeout: 120_000,
      reuseExistingServer: !!process.env.E2E_REUSE_SERVERS,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
