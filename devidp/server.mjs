// A local OpenID Connect provider standing in for ProConnect, for development and CI only.
// Authorization code flow with PKCE (S256 required), nonce, state, RP-initiated logout, signed
// userinfo, and ProConnect's claims and scope names. Its signing key is generated at first start
// under var/devidp/ (never committed).
//
//   IDP_PORT        (3900)  port on 127.0.0.1; the issuer is http://127.0.0.1:$IDP_PORT
//   DEVIDP_VAR_DIR  (var/devidp)  where the key and cookie secrets live
//   SITE_PORT, E2E_SITE_PORT, PORT, E2E_CMS_PORT: extra ports allowed in the redirect URIs
//   NODE_ENV=production refuses to start unless DEVIDP_ALLOW=1.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { exportJWK, generateKeyPair } from "jose";
import Provider, { errors } from "oidc-provider";


if (process.env.NODE_ENV === "production" && process.env.DEVIDP_ALLOW !== "1") {
  console.error(
    "devidp est un fournisseur d'identité de développement : il refuse de démarrer avec NODE_ENV=production (DEVIDP_ALLOW=1 pour passer outre, jamais en production réelle).",
  );
  process.exit(1);
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The demo agents, shared with the CMS's load_demo (which creates their accounts and memberships).
// Their SIRETs start with the real SIREN of a demo collectivité (from @etalab/decoupage-administratif)
// and pass the Luhn check; keep the `sub`s stable: the CMS finds its users by them.
const DEMO_AGENTS = JSON.parse(readFileSync(path.join(HERE, "accounts.json"), "utf8"));
const PORT = Number(process.env.IDP_PORT || 3900);
const HOST = "127.0.0.1";
const ISSUER = `http://${HOST}:${PORT}`;
const VAR_DIR = process.env.DEVIDP_VAR_DIR || path.join(HERE, "..", "var", "devidp");

// Development secrets, documented in the README and .env.example: never used outside this provider.
export const CLIENTS = {
  site: { id: "territoires-site", secret: "territoires-site-dev-secret" },
  admin: { id: "territoires-admin", secret: "territoires-admin-dev-secret" },
};

// ProConnect's scopes and the claims each one releases.
const CLAIMS = {
  openid: ["sub"],
  email: ["email"],
  given_name: ["given_name"],
  usual_name: ["usual_name"],
  siret: ["siret"],
  idp_id: ["idp_id"],
  uid: ["uid"],
};
const ALL_SCOPES = Object.keys(CLAIMS).join(" ");

function ports(defaults, ...names) {
  const extra = names.map((n) => process.env[n]).filter(Boolean);
  return [...new Set([...defaults, ...extra].map(String))];
}

function origins(portList) {
  return portList.flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]);
}

const sitePorts = ports(["3000", "3765"], "SITE_PORT", "E2E_SITE_PORT");
const cmsPorts = ports(["8000", "8765"], "PORT", "E2E_CMS_PORT");
const siteOrigins = origins(sitePorts);
const cmsOrigins = origins(cmsPorts);

function loadOrCreateSecrets() {
  mkdirSync(VAR_DIR, { recursive: true });
  const file = path.join(VAR_DIR, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  return null;
}

async function secrets() {
  const existing = loadOrCreateSecrets();
  if (existing) return existing;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  const jwk = await exportJWK(privateKey);
  jwk.kid = createHash("sha256").update(jwk.n).digest("base64url").slice(0, 16);
  jwk.alg = "RS256";
  jwk.use = "sig";
  const created = { jwks: { keys: [jwk] }, cookieKeys: [randomBytes(32).toString("hex")] };
  writeFileSync(path.join(VAR_DIR, "secrets.json"), JSON.stringify(created), { mode: 0o600 });
  return created;
}

// Accounts typed on the login page live in memory until the provider stops.
const accounts = new Map(DEMO_AGENTS.map((a) => [a.sub, a]));

function typedAccount(email, siret, givenName, usualName) {
  const sub = `devidp-${createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 24)}`;
  const account = {
    sub,
    email: email.toLowerCase(),
    given_name: givenName || "Agente",
    usual_name: usualName || "Démo",
    siret,
  };
  accounts.set(sub, account);
  return account;
}

async function findAccount(_ctx, id) {
  const account = accounts.get(id);
  if (!account) return undefined;
  return {
    accountId: id,
    async claims() {
      return {
        sub: account.sub,
        email: account.email,
        given_name: account.given_name,
        usual_name: account.usual_name,
        siret: account.siret,
        idp_id: "devidp-fi-demo",
        uid: account.sub,
      };
    },
  };
}

function escape(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
  body{font-family:Marianne,system-ui,Arial,sans-serif;background:#f6f6f6;color:#161616;margin:0}
  main{max-width:40rem;margin:2rem auto;background:#fff;padding:2rem;border-top:4px solid #000091}
  h1{font-size:1.5rem;margin-top:0} h2{font-size:1.15rem;margin-top:2rem}
  .note{background:#e8edff;padding:.75rem 1rem;border-left:4px solid #000091}
  ul{list-style:none;padding:0} li{margin:.5rem 0}
  button{background:#000091;color:#fff;border:0;padding:.6rem 1rem;font-size:1rem;cursor:pointer;text-align:left;width:100%}
  button:hover,button:focus{background:#1212ff} button:focus{outline:2px solid #0a76f6;outline-offset:2px}
  .agent span{display:block;font-size:.85rem;opacity:.9}
  label{display:block;margin-top:1rem;font-weight:bold} input{display:block;width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;margin-top:.25rem}
  .hint{font-weight:normal;font-size:.85rem;color:#3a3a3a}
  .error{color:#ce0500;font-weight:bold}`;

function page(title, body) {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} — fournisseur d'identité de développement</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

function loginPage(uid, clientName, error = "") {
  const agents = DEMO_AGENTS.map(
    (a) => `<li><form method="post" action="/interaction/${escape(uid)}/login">
      <input type="hidden" name="sub" value="${escape(a.sub)}">
      <button type="submit" class="agent" data-sub="${escape(a.sub)}">${escape(a.given_name)} ${escape(a.usual_name)} — ${escape(a.collectivite)}
      <span>${escape(a.email)} · SIRET ${escape(a.siret)} · ${escape(a.note)}</span></button></form></li>`,
  ).join("");
  return page(
    "Connexion",
    `<h1>Connexion à ${escape(clientName)}</h1>
    <p class="note">Fournisseur d'identité <strong>de développement</strong> qui tient lieu de ProConnect. Aucun mot de passe : choisissez un agent de démonstration ou saisissez une adresse.</p>
    ${error ? `<p class="error" role="alert">${escape(error)}</p>` : ""}
    <h2>Agents de démonstration</h2><ul>${agents}</ul>
    <h2>Autre agent</h2>
    <form method="post" action="/interaction/${escape(uid)}/login">
      <label for="email">Adresse électronique</label>
      <input id="email" name="email" type="email" required autocomplete="email">
      <label for="siret">SIRET de l'organisation <span class="hint">14 chiffres, par exemple 21790191700013 (mairie de Niort)</span></label>
      <input id="siret" name="siret" inputmode="numeric" pattern="[0-9]{14}" required>
      <label for="given_name">Prénom</label><input id="given_name" name="given_name" autocomplete="given-name">
      <label for="usual_name">Nom d'usage</label><input id="usual_name" name="usual_name" autocomplete="family-name">
      <p><button type="submit">Se connecter</button></p>
    </form>`,
  );
}

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function send(res, status, html) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}

async function main() {
  const { jwks, cookieKeys } = await secrets();
  const clientDefaults = {
    grant_types: ["authorization_code"],
    response_types: ["code"],
    token_endpoint_auth_method: "client_secret_post",
    id_token_signed_response_alg: "RS256",
    userinfo_signed_response_alg: "RS256",
  };
  const provider = new Provider(ISSUER, {
    clients: [
      {
        ...clientDefaults,
        client_id: CLIENTS.site.id,
        client_secret: CLIENTS.site.secret,
        client_name: "Territoires en commun (site)",
        redirect_uris: siteOrigins.flatMap((o) => [
          `${o}/api/auth/callback/`,
          `${o}/api/auth/callback`,
          `${o}/api/auth/callback/proconnect`,
        ]),
        post_logout_redirect_uris: siteOrigins.map((o) => `${o}/`),
      },
      {
        ...clientDefaults,
        client_id: CLIENTS.admin.id,
        client_secret: CLIENTS.admin.secret,
        client_name: "Territoires en commun (administration)",
        redirect_uris: cmsOrigins.map((o) => `${o}/oidc/callback/`),
        post_logout_redirect_uris: cmsOrigins.flatMap((o) => [`${o}/admin/login/`, `${o}/`]),
      },
    ],
    jwks,
    cookies: { keys: cookieKeys },
    claims: CLAIMS,
    scopes: Object.keys(CLAIMS),
    findAccount,
    // The CMS reads the agent's e-mail and SIRET from the ID token (and, with the real ProConnect,
    // from the signed userinfo the site forwards): release the granted claims in the ID token too.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          // Like ProConnect: no question asked, the form confirms itself.
          ctx.body = page(
            "Déconnexion",
            `<h1>Déconnexion</h1>${form.replace("</form>", '<input type="hidden" name="logout" value="yes"><noscript><button type="submit">Se déconnecter</button></noscript></form>')}
            <p>Déconnexion en cours…</p><script>document.forms[0].submit()</script>`,
          );
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = page("Déconnecté", "<h1>Vous êtes déconnecté.</h1>");
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // ProConnect's endpoint paths under its issuer (the admin's client is configured with them).
    routes: {
      authorization: "/authorize",
      token: "/token",
      userinfo: "/userinfo",
      jwks: "/jwks",
      end_session: "/session/end",
    },
    // No consent screen: the agent's organisation has accepted the service, as with ProConnect.
    async loadExistingGrant(ctx) {
      const grantId =
        ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) {
        const grant = await ctx.oidc.provider.Grant.find(grantId);
        if (grant) return grant;
      }
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope(ALL_SCOPES);
      await grant.save();
      return grant;
    },
    renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = page(
        "Erreur",
        `<h1>Erreur d'authentification</h1><p class="error" role="alert">${escape(out.error)} : ${escape(out.error_description)}</p>`,
      );
    },
  });

  const callback = provider.callback();
  const server = http.createServer(async (req, res) => {
    const match = req.url.match(/^\/interaction\/([\w-]+)(\/login)?\/?(\?.*)?$/);
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      const client = await provider.Client.find(details.params.client_id);
      const clientName = client?.clientName || details.params.client_id;
      if (req.method === "GET" && !match[2]) return send(res, 200, loginPage(details.uid, clientName));
      if (req.method !== "POST" || !match[2]) return send(res, 405, page("Erreur", "<h1>Méthode refusée</h1>"));
      const form = await readForm(req);
      let account;
      if (form.get("sub")) {
        account = accounts.get(form.get("sub"));
      } else {
        const email = (form.get("email") || "").trim();
        const siret = (form.get("siret") || "").replace(/\s/g, "");
        if (!/^[^@\s]+@[^@\s]+$/.test(email) || !/^\d{14}$/.test(siret)) {
          return send(
            res,
            400,
            loginPage(details.uid, clientName, "Saisissez une adresse électronique valide et un SIRET de 14 chiffres."),
          );
        }
        account = typedAccount(email, siret, form.get("given_name"), form.get("usual_name"));
      }
      if (!account) return send(res, 400, loginPage(details.uid, clientName, "Agent inconnu."));
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub, amr: ["pwd"], acr: "eidas1" } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      const expired = error instanceof errors.SessionNotFound;
      send(
        res,
        400,
        page(
          "Erreur",
          `<h1>Connexion impossible</h1><p class="error" role="alert">${
            expired
              ? "Cette demande de connexion a expiré : recommencez depuis le site."
              : escape(error.message)
          }</p>`,
        ),
      );
    }
  });
  server.listen(PORT, HOST, () => {
    console.log(`devidp : fournisseur d'identité de développement sur ${ISSUER}`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
