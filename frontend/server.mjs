// Production server of the site: Next's request handler, plus two rules Next cannot express —
// a page that failed because the CMS did not answer is a 503 (with Retry-After), not a 500; and an
// editor's redirect answers 301/302 as the web knows them (Next says 308/307, which old crawlers and
// some clients treat differently; for GET and HEAD the meaning is the same).
import { createServer } from "node:http";
import next from "next";

const port = Number.parseInt(process.env.PORT ?? "3000", 10);
const hostname = process.env.HOST ?? "127.0.0.1";
const dev = process.env.NODE_ENV === "development";
const CMS_DOWN = Symbol.for("territoires.cmsDownAt");
const CMS_DOWN_WINDOW_MS = 10_000;

// The admin's preview panel frames /preview from the CMS's public origin (the one editors' browsers
// use; CMS_URL may be an internal address). Read at run time: the same build serves any CMS.
// localhost and 127.0.0.1 are the same machine in development.
const cmsOrigin = new URL(process.env.CMS_PUBLIC_URL ?? process.env.CMS_URL ?? "http://127.0.0.1:8000");
const twin = { localhost: "127.0.0.1", "127.0.0.1": "localhost" }[cmsOrigin.hostname];
const frameAncestors = ["'self'", cmsOrigin.origin, ...(twin ? [`${cmsOrigin.protocol}//${twin}${cmsOrigin.port ? `:${cmsOrigin.port}` : ""}`] : [])];
const PREVIEW_CSP = `frame-ancestors ${frameAncestors.join(" ")}`;
// Every other page may not be framed at all (clickjacking).
const DEFAULT_CSP = "frame-ancestors 'self'";
const CLASSIC_REDIRECT = { 307: 302, 308: 301 };

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();

function cmsRecentlyDown() {
  const at = globalThis[CMS_DOWN];
  return typeof at === "number" && Date.now() - at < CMS_DOWN_WINDOW_MS;
}

await app.prepare();
createServer((req, res) => {
  // Like any proxy, append the peer's address: the CMS reads the client from the right of this
  // header, hop by hop, as far as its TRUSTED_PROXIES go (a client's own value is never trusted alone).
  const peer = req.socket.remoteAddress;
  if (peer) req.headers["x-forwarded-for"] = [req.headers["x-forwarded-for"], peer].filter(Boolean).join(", ");
  res.setHeader("Content-Security-Policy", (req.url ?? "").startsWith("/preview") ? PREVIEW_CSP : DEFAULT_CSP);
  const writeHead = res.writeHead.bind(res);
  const safeMethod = req.method === "GET" || req.method === "HEAD";
  res.writeHead = (status, ...rest) => {
    if (safeMethod && CLASSIC_REDIRECT[status]) return writeHead(CLASSIC_REDIRECT[status], ...rest);
    if (status === 500 && cmsRecentlyDown()) {
      res.setHeader("Retry-After", "30");
      return writeHead(503, ...rest);
    }
    return writeHead(status, ...rest);
  };
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`Site : http://${hostname}:${port} (${dev ? "développement" : "production"})`);
});
