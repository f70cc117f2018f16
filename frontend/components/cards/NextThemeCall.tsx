import { CallOut } from "@codegouvfr/react-dsfr/CallOut";

import { ThemeCallDocument } from "@/gql/graphql";
import { RichText } from "@/components/RichText";
import { cmsQuery } from "@/lib/cms";
import { formatDate } from "@/lib/format";
import { formatMonth } from "@/lib/labels";
import { tags } from "@/lib/tags";

/**
 * The call for the next theme: the announced theme and what to share about it, then the themes
 * collectivités proposed for the next shared project, with their votes.
 */
export async function NextThemeCall({
  nextThemeTitle,
  nextThemeMonth,
  callForContributions,
}: {
  nextThemeTitle: string;
  nextThemeMonth: string | null | undefined;
  callForContributions: string | null | undefined;
}) {
  const data = await cmsQuery(ThemeCallDocument, {}, { tags: [tags.type("VotingCampaign"), tags.type("ThemeProposal")] });
  const campaign = data.votingCampaigns.find((item) => item.status === "OPEN") ?? data.votingCampaigns.find((item) => item.status === "UPCOMING");
  const proposals = [...data.themeProposals].sort((a, b) => b.voteCount - a.voteCount).slice(0, 5);
  return (
    <section className="fr-mb-4w" aria-labelledby="prochaine-thematique">
      <h2 id="prochaine-thematique">Préparer la suite</h2>
      {nextThemeTitle && (
        <CallOut bodyAs="div" title={`Le mois prochain${nextThemeMonth ? ` (${formatMonth(nextThemeMonth)})` : ""} : ${nextThemeTitle}`} titleAs="h3">
          <RichText html={callForContributions} />
        </CallOut>
      )}
      {campaign && (
        <div className="fr-mb-3w">
          <h3 className="fr-h5">{campaign.title}</h3>
          <p>
            {campaign.status === "OPEN"
              ? `Vote ouvert jusqu'au ${formatDate(campaign.closesAt)}.`
              : `Vote ouvert du ${formatDate(campaign.opensAt)} au ${formatDate(campaign.closesAt)}.`}{" "}
            {campaign.description}
          </p>
        </div>
      )}
      {proposals.length > 0 && (
        <div>
          <h3 className="fr-h5">Thèmes proposés pour le prochain projet partagé</h3>
          <ul>
            {proposals.map((proposal) => (
              <li key={proposal.id}>
                <strong>{proposal.title}</strong>
                {proposal.localAuthority ? ` — proposé par ${proposal.localAuthority.name}` : ""}
                {` (${proposal.voteCount} ${proposal.voteCount > 1 ? "votes" : "vote"})`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
