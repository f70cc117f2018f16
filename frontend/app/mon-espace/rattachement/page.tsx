import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import Link from "next/link";
import { Input } from "@codegouvfr/react-dsfr/Input";

import { requestMembership } from "@/app/mon-espace/actions";
import { fieldValue, FlashNotice } from "@/components/auth/FlashNotice";
import { SubmitButton } from "@/components/auth/FormParts";
import { LocalAuthoritySearchDocument } from "@/gql/graphql";
import { agentPage } from "@/lib/auth/agentPage";
import { cmsAgentQuery } from "@/lib/cmsAgent";
import { LOCAL_AUTHORITY_KIND_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "Demander un rattachement", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MembershipRequestPage({ searchParams }: Props) {
  const params = await searchParams;
  const { session, flash } = await agentPage("/mon-espace/rattachement/", params.avis);
  const query = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const results = query.length >= 2 ? (await cmsAgentQuery(LocalAuthoritySearchDocument, { search: query }, session.token)).localAuthorities.edges.map((e) => e.node) : [];
  return (
    <>
      <h1>Demander à agir pour une autre collectivité</h1>
      <p>
        Par exemple, l&apos;agent d&apos;une commune qui agit aussi pour son intercommunalité. Le référent de cette collectivité ou
        l&apos;ANCT approuve la demande.
      </p>
      <FlashNotice flash={flash} form="rattachement" fieldIds={{ localAuthority: "rattachement-resultats" }} />
      <form method="get" action="/mon-espace/rattachement/" role="search" className="fr-mb-4w">
        <Input label="Nom ou code officiel de la collectivité" nativeInputProps={{ name: "q", defaultValue: query, minLength: 2, required: true }} />
        <button type="submit" className="fr-btn fr-btn--secondary">
          Chercher
        </button>
      </form>
      {query.length >= 2 &&
        (results.length ? (
          <form action={requestMembership}>
            <input type="hidden" name="formId" value={randomUUID().replaceAll("-", "")} />
            <fieldset className="fr-fieldset" id="rattachement-resultats">
              <legend className="fr-fieldset__legend">Collectivités trouvées pour « {query} »</legend>
              {results.map((authority) => (
                <div className="fr-fieldset__element" key={authority.id}>
                  <div className="fr-radio-group">
                    <input type="radio" id={`la-${authority.id}`} name="localAuthority" value={authority.id} required />
                    <label className="fr-label" htmlFor={`la-${authority.id}`}>
                      {authority.name} ({LOCAL_AUTHORITY_KIND_LABELS[authority.kind]}
                      {authority.department ? `, ${authority.department.name}` : ""}, code {authority.code})
                    </label>
                  </div>
                </div>
              ))}
            </fieldset>
            <Input
              label="Message au référent (facultatif)"
              textArea
              nativeTextAreaProps={{ name: "message", rows: 3, maxLength: 1000, defaultValue: fieldValue(flash, "rattachement", "message") }}
            />
            <SubmitButton>Envoyer la demande</SubmitButton>
          </form>
        ) : (
          <p>Aucune collectivité ne correspond à « {query} ».</p>
        ))}
      <p>
        <Link href="/mon-espace/">Retour à mon espace</Link>
      </p>
    </>
  );
}
