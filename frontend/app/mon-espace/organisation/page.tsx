import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

import { MyOrganisationsDocument } from "@/gql/graphql";
import { agentPage } from "@/lib/auth/agentPage";
import { cmsAgentQuery } from "@/lib/cmsAgent";

import { declareOrganisation, proposeResource } from "./actions";

export const metadata: Metadata = { title: "Contribuer au nom d'une organisation", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

const KINDS = [
  ["association", "Association"],
  ["research_team", "Équipe de recherche"],
  ["network", "Réseau"],
  ["state_service", "Service de l'État"],
  ["other", "Autre"],
] as const;
const STATUS = { PENDING: "en attente de vérification", VERIFIED: "vérifiée", TRUSTED: "de confiance", BLOCKED: "bloquée" } as const;
const MEMBERSHIP = { PENDING: "demande en attente de l'ANCT", APPROVED: "membre", REFUSED: "demande refusée" } as const;
const RESOURCE_TYPES = [
  ["guide", "Guide"],
  ["study", "Étude"],
  ["tool", "Outil"],
  ["article", "Article"],
  ["video", "Vidéo"],
] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** « Mon espace » of an association's, a research team's, a network's member: their organisations, and a resource proposed in their name. */
export default async function OrganisationPage({ searchParams }: Props) {
  const params = await searchParams;
  const { session } = await agentPage("/mon-espace/organisation/", params.avis);
  const me = (await cmsAgentQuery(MyOrganisationsDocument, {}, session.token)).me;
  const memberships = me?.organisationMemberships ?? [];
  const acting = (me?.organisations ?? []).filter((o) => o.status === "VERIFIED" || o.status === "TRUSTED");
  const blocked = memberships.filter((m) => m.status === "APPROVED" && m.organisation.status === "BLOCKED").map((m) => m.organisation);
  const success = typeof params.succes === "string" ? params.succes : null;
  const error = typeof params.erreur === "string" ? params.erreur : null;
  return (
    <>
      <h1>Contribuer au nom d&apos;une organisation</h1>
      {success && <Alert severity="success" small description={success} className="fr-mb-4w" />}
      {error && <Alert severity="error" small description={error} className="fr-mb-4w" />}
      <h2>Mes organisations</h2>
      {memberships.length ? (
        <ul>
          {memberships.map((m) => (
            <li key={m.organisation.id}>
              {m.organisation.name} — {MEMBERSHIP[m.status]}, organisation {STATUS[m.organisation.status]}
            </li>
          ))}
        </ul>
      ) : (
        <p>Vous n&apos;avez déclaré aucune organisation.</p>
      )}

      {blocked.map((o) => (
        <Alert
          key={o.id}
          severity="warning"
          small
          className="fr-mb-4w"
          description={`L'organisation « ${o.name} » est bloquée par l'ANCT : vous ne pouvez plus proposer de contribution en son nom. Ses contributions passées restent publiées.`}
        />
      ))}

      {acting.length > 0 && (
        <section className="fr-mb-6w">
          <h2>Proposer une ressource</h2>
          <form action={proposeResource}>
            <input type="hidden" name="key" value={randomUUID()} />
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="organisationId">
                Au nom de
              </label>
              <select className="fr-select" id="organisationId" name="organisationId">
                {acting.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="fr-input-group">
              <label className="fr-label" htmlFor="title">
                Titre
              </label>
              <input className="fr-input" id="title" name="title" required maxLength={255} />
            </div>
            <div className="fr-input-group">
              <label className="fr-label" htmlFor="summary">
                Résumé
              </label>
              <textarea className="fr-input" id="summary" name="summary" required rows={3} />
            </div>
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="resourceType">
                Type de ressource
              </label>
              <select className="fr-select" id="resourceType" name="resourceType">
                {RESOURCE_TYPES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="fr-input-group">
              <label className="fr-label" htmlFor="externalUrl">
                Lien vers la ressource
              </label>
              <input className="fr-input" type="url" id="externalUrl" name="externalUrl" required />
            </div>
            <div className="fr-input-group">
              <label className="fr-label" htmlFor="body">
                Présentation
              </label>
              <textarea className="fr-input" id="body" name="body" rows={6} />
            </div>
            <button type="submit" className="fr-btn">
              Proposer la ressource
            </button>
          </form>
        </section>
      )}

      <h2>Déclarer une organisation</h2>
      <p>Association, équipe de recherche, réseau, service de l&apos;État : l&apos;ANCT vérifie l&apos;organisation et votre demande.</p>
      <form action={declareOrganisation}>
        <div className="fr-input-group">
          <label className="fr-label" htmlFor="name">
            Nom de l&apos;organisation
          </label>
          <input className="fr-input" id="name" name="name" required maxLength={200} />
        </div>
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="kind">
            Nature
          </label>
          <select className="fr-select" id="kind" name="kind">
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-input-group">
          <label className="fr-label" htmlFor="siren">
            SIREN ou SIRET (facultatif)
          </label>
          <input className="fr-input" id="siren" name="siren" inputMode="numeric" maxLength={17} />
        </div>
        <button type="submit" className="fr-btn fr-btn--secondary">
          Déclarer l&apos;organisation
        </button>
      </form>
    </>
  );
}
