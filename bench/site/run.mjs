// make bench-site: the rendered site under autocannon, on the CMS + site as `make run` starts them
// (runserver + task worker, `node server.mjs` in production mode; scripts/e2e-cms on a fresh demo).
// For the experience list, an experience page and the search page:
//   1. first render: the page's cache tags revalidated by a signed webhook, then one request (× N);
//   2. cached render: autocannon, C connections for D seconds;
//   3. after a publish: a title changed and published in the CMS (its worker sends the real webhook),
//      time until each page shows it, then autocannon again.
// For each, the GraphQL requests the CMS received per page render (its access log). Results in
// bench/results/site-<date>.md (and .json). Needs `make site-build` first (the Makefile target does it).
import { execFileSync, spawn } from "node:child_process";
import { createHmac, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

import autocannon from "autocannon";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CMS_PORT = Number(process.env.BENCH_CMS_PORT ?? 8865);
const SITE_PORT = Number(process.env.BENCH_SITE_PORT ?? 3865);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const FIRST_RENDERS = Number(process.env.BENCH_FIRST_RENDERS ?? 10);
const VAR = `${ROOT}var/bench-site`;
const CMS = `http://127.0.0.1:${CMS_PORT}`;
const SITE = `http://127.0.0.1:${SITE_PORT}`;
const SECRET = `whsec_${Buffer.from("banc-d-essai-du-site-territoires-en-commun").toString("base64")}`;
const EXPERIENCE = "/experiences/sene-precurseur-de-la-democratie-culturelle/";

const targets = [
  // Filtered on Séné's theme: the 24 test experiences are newer and have none, so the page stays on
  // the first page of the list (unfiltered, it is on the third and its new title never shows).
  { key: "list", label: "Liste des expériences, thématique Culture", path: "/experiences/?theme=culture", tags: ["type:ExperiencePage", "path:/experiences/"] },
  { key: "detail", label: "Fiche d'expérience", path: EXPERIENCE, tags: [`path:${EXPERIENCE}`, "type:ExperiencePage"] },
  {
    key: "search",
    label: "Recherche « démocratie culturelle »",
    path: "/recherche/?q=d%C3%A9mocratie+culturelle",
    tags: ["type:ExperiencePage", "path:/recherche/"],
    paths: ["/recherche/"],
  },
];

const children = [];
function start(name, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let tail = "";
  const keep = (chunk) => {
    tail = (tail + chunk).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`${name} s'est arrêté (code ${code}) :\n${tail}`);
      process.exit(1);
    }
  });
  children.push(child);
  return child;
}
let stopping = false;
function stopAll() {
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`${url} ne répond pas après ${timeoutMs / 1000} s`);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** GraphQL requests the CMS has logged so far (runserver writes one line per request). */
function cmsGraphqlRequests() {
  const log = readFileSync(`${VAR}/cms.log`, "utf8");
  return (log.match(/"(GET|POST) \/graphql\/?[?\s]/g) ?? []).length;
}
async function settledCount() {
  await sleep(300); // runserver logs a request once answered
  return cmsGraphqlRequests();
}

/** The site's /api/revalidate, signed as the CMS signs (Standard Webhooks). */
async function revalidate(tags, paths = []) {
  const id = `banc_${randomUUID()}`;
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const body = JSON.stringify({ type: "bench.revalidate", occurredAt: new Date().toISOString(), objects: [], tags, paths });
  const key = Buffer.from(SECRET.slice("whsec_".length), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  const response = await fetch(`${SITE}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` },
    body,
  });
  if (!response.ok) throw new Error(`revalidation refusée : ${response.status} ${await response.text()}`);
}

async function timedGet(path) {
  const started = performance.now();
  const response = await fetch(`${SITE}${path}`);
  const html = await response.text();
  return { ms: performance.now() - started, status: response.status, html };
}

function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function firstRenders(target) {
  const times = [];
  const before = await settledCount();
  for (let i = 0; i < FIRST_RENDERS; i += 1) {
    await revalidate(target.tags, target.paths);
    const { ms, status } = await timedGet(target.path);
    if (status !== 200) throw new Error(`${target.path} : HTTP ${status}`);
    times.push(ms);
  }
  const cmsRequests = (await settledCount()) - before;
  return { renders: FIRST_RENDERS, p50: percentile(times, 50), p95: percentile(times, 95), cmsPerRender: cmsRequests / FIRST_RENDERS };
}

async function load(target) {
  await timedGet(target.path); // the cache holds the page before the run
  const before = await settledCount();
  const times = [];
  const statuses = {};
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon({ url: `${SITE}${target.path}`, connections: CONNECTIONS, duration: DURATION }, (error, value) =>
      error ? reject(error) : resolve(value),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  const cmsRequests = (await settledCount()) - before;
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: result.errors + result.timeouts + (result.non2xx ?? 0),
    statuses,
    cmsRequests,
    cmsPerRender: result.requests.total ? cmsRequests / result.requests.total : null,
  };
}

function publishTitle(title) {
  const code = [
    "from inspiration.models import ExperiencePage",
    `page = ExperiencePage.objects.get(url_path__endswith='/sene-precurseur-de-la-democratie-culturelle/').get_latest_revision_as_object()`,
    `page.title = ${JSON.stringify(title)}`,
    "page.save_revision().publish()",
  ].join("\n");
  execFileSync(`${ROOT}scripts/e2e-cms`, ["manage", "shell", "-v0", "-c", code], { env: cmsEnv, stdio: "inherit" });
}

async function untilVisible(path, text, timeoutMs) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const { html } = await timedGet(path);
    if (html.includes(text)) return performance.now() - started;
    await sleep(100);
  }
  return null;
}

const cmsEnv = {
  ...process.env,
  E2E_CMS_PORT: String(CMS_PORT),
  E2E_SITE_PORT: String(SITE_PORT),
  E2E_VAR_DIR: VAR,
  E2E_WEBHOOK_SECRET: SECRET,
  E2E_EXTRA_EXPERIENCES: "24",
};

async function main() {
  if (!existsSync(`${ROOT}frontend/.next/BUILD_ID`)) throw new Error("Le site n'est pas construit : make site-build.");
  const loadBefore = loadavg()[0];
  const began = Date.now();
  console.log(`CMS de démonstration sur ${CMS} (migrations et démo : quelques minutes)…`);
  start("Le CMS", `${ROOT}scripts/e2e-cms`, [], { cwd: ROOT, env: cmsEnv });
  await waitFor(`${CMS}/admin/login/`, 600_000);
  rmSync(`${ROOT}frontend/.next/cache/fetch-cache`, { recursive: true, force: true });
  start("Le site", "node", ["server.mjs"], {
    cwd: `${ROOT}frontend`,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(SITE_PORT),
      CMS_URL: CMS,
      SITE_URL: SITE,
      SITE_WEBHOOK_SECRET: SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await waitFor(`${SITE}/robots.txt`, 120_000);

  const results = { date: new Date().toISOString(), cpus: cpus().length, loadBefore, connections: CONNECTIONS, duration: DURATION, pages: {} };
  // The very first request of a fresh server: nothing cached, layout included.
  for (const target of targets) {
    const before = await settledCount();
    const { ms, status } = await timedGet(target.path);
    results.pages[target.key] = { label: target.label, path: target.path, cold: { ms, status, cmsRequests: (await settledCount()) - before } };
  }
  // A page this build does not have yet is reported as such, not measured.
  const present = targets.filter((target) => results.pages[target.key].cold.status === 200);
  for (const target of present) {
    console.log(`${target.label} : premiers rendus, puis rendus en cache…`);
    results.pages[target.key].first = await firstRenders(target);
    results.pages[target.key].cached = await load(target);
  }

  console.log("Publication d'un nouveau titre dans le CMS, puis attente de chaque page…");
  // The search page highlights the query's words inside titles: look for the stamp, which it does not.
  const stamp = `banc ${new Date().toISOString().slice(11, 19)}`;
  const newTitle = `Séné, précurseur de la démocratie culturelle (${stamp})`;
  const published = performance.now();
  publishTitle(newTitle);
  const publishCommandMs = performance.now() - published;
  for (const target of present) {
    const visibleMs = await untilVisible(target.path, stamp, 30_000);
    results.pages[target.key].publish = { visibleAfterMs: visibleMs === null ? null : visibleMs + publishCommandMs };
    results.pages[target.key].afterPublish = await load(target);
  }
  results.loadAfter = loadavg()[0];
  results.seconds = Math.round((Date.now() - began) / 1000);
  try {
    results.commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
  } catch {
    results.commit = "?";
  }
  write(results);
}

const fmt = (value, digits = 0) =>
  value === null || value === undefined ? "—" : Number(value).toLocaleString("fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function write(results) {
  const lines = [
    `# Banc d'essai du site — ${results.date.slice(0, 16).replace("T", " ")} UTC`,
    "",
    `\`make bench-site\`, commit ${results.commit}, ${results.cpus} cœurs, charge ${fmt(results.loadBefore, 2)} avant et ${fmt(results.loadAfter, 2)} après, ${results.seconds} s.`,
    `CMS : runserver + worker (scripts/e2e-cms, démo + 24 expériences d'essai, SQLite) ; site : \`node server.mjs\` en production.`,
    `Premier rendu : étiquettes de la page revalidées par un webhook signé, puis une requête (× ${FIRST_RENDERS}). En cache : autocannon, ${results.connections} connexions, ${results.duration} s.`,
    "Après publication : un titre changé et publié dans le CMS (son worker envoie le webhook) ; délai jusqu'à ce que la page le montre, puis autocannon.",
    "",
    "| Page | Phase | p50 (ms) | p95 (ms) | req/s | Requêtes GraphQL au CMS par rendu |",
    "|---|---|---:|---:|---:|---:|",
  ];
  for (const page of Object.values(results.pages)) {
    const name = `${page.label} (\`${page.path}\`)`;
    if (!page.first) {
      lines.push(`| ${name} | page absente de ce build (HTTP ${page.cold.status}) : non mesurée | — | — | — | ${page.cold.cmsRequests} |`);
      continue;
    }
    lines.push(`| ${name} | démarrage à froid (1 requête) | ${fmt(page.cold.ms)} | — | — | ${page.cold.cmsRequests} |`);
    lines.push(`| | premier rendu (après revalidation) | ${fmt(page.first.p50)} | ${fmt(page.first.p95)} | — | ${fmt(page.first.cmsPerRender, 2)} |`);
    lines.push(
      `| | en cache | ${fmt(page.cached.p50)} | ${fmt(page.cached.p95)} | ${fmt(page.cached.rps, 1)} | ${fmt(page.cached.cmsPerRender, 3)} (${page.cached.cmsRequests} pour ${page.cached.requests}) |`,
    );
    const visible = page.publish.visibleAfterMs === null ? "pas visible en 30 s" : `visible après ${fmt(page.publish.visibleAfterMs)} ms`;
    lines.push(
      `| | après publication (${visible}) | ${fmt(page.afterPublish.p50)} | ${fmt(page.afterPublish.p95)} | ${fmt(page.afterPublish.rps, 1)} | ${fmt(page.afterPublish.cmsPerRender, 3)} (${page.afterPublish.cmsRequests} pour ${page.afterPublish.requests}) |`,
    );
  }
  const errors = Object.values(results.pages)
    .filter((page) => page.first)
    .flatMap((page) => [page.cached, page.afterPublish])
    .reduce((sum, run) => sum + run.errors, 0);
  lines.push("", errors ? `Réponses en erreur ou hors 2xx pendant les tirs : ${errors}.` : "Aucune réponse en erreur pendant les tirs.", "");
  const stamp = results.date.slice(0, 16).replace(/[-:]/g, "");
  mkdirSync(`${ROOT}bench/results`, { recursive: true });
  writeFileSync(`${ROOT}bench/results/site-${stamp}Z.md`, lines.join("\n"));
  writeFileSync(`${ROOT}bench/results/site-${stamp}Z.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(lines.join("\n"));
  console.log(`\nRésultats : bench/results/site-${stamp}Z.md`);
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
