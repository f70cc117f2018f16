import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";

import { enroll, postJournalEntry, proposeTheme, submitActionPlan, submitExperience, submitResource, vote, withdrawEnrollment, withdrawVote } from "@/app/mon-espace/actions";
import { ActionPlanForm, AuthorityField, FileFields, fileFieldIds, FormId, ResourceForm, type Authority } from "@/components/auth/AgentForms";
import { fieldState, fieldValue, FlashNotice } from "@/components/auth/FlashNotice";
import { KeepFilesForm, SubmitButton } from "@/components/auth/FormParts";
import { AgentSpaceDocument, type AgentSpaceQuery } from "@/gql/graphql";
import { agentPage } from "@/lib/auth/agentPage";
import { changeReasonLabel, CONTENT_TYPE_LABELS, MEMBERSHIP_STATUS_LABELS, SUBMISSION_STATUS_LABELS } from "@/lib/auth/labels";
import { AgentTokenRefusedError, cmsAgentQuery } from "@/lib/cmsAgent";
import { formatDate } from "@/lib/format";
import { LOCAL_AUTHORITY_KIND_LABELS } from "@/lib/labels";

export const metadata: Metadata = {
  title: "Mon espace",
  robots: { index: false, follow: false },
};
export const dynamic = "force-dynamic";

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(token: string): Promise<AgentSpaceQuery> {
  try {
    return await cmsAgentQuery(AgentSpaceDocument, {}, token);
  } catch (error) {
    if (error instanceof AgentTokenRefusedError) redirect("/connexion/?erreur=session-expiree&retour=/mon-espace/");
    throw error;
  }
}

export default async function AgentSpacePage({ searchParams }: Props) {
  const { session, flash } = await agentPage("/mon-espace/", (await searchParams).avis);
  const data = await load(session.token);
  const me = data.me;
  const memberships = me?.memberships ?? null;
  const authorities: Authority[] = me?.localAuthorities ?? [];
  const mine = new Set(authorities.map((authority) => authority.id));
  const pending = (memberships ?? []).filter((membership) => membership.status === "PENDING");
  const canAct = authorities.length > 0;
  const campaign = data.themeRanking[0]?.proposal.campaign ?? null;
  const projects = data.sharedProjects.edges.map((edge) => edge.node);
  const participantProjects = projects.filter((project) => project.participants.some((authority) => mine.has(authority.id)));
  // The votes of the collectivité the vote buttons act for (the first one), in the ranking's campaign.
  const ballot = me?.ballots.find((candidate) => candidate.localAuthority.id === authorities[0]?.id && candidate.campaign.id === campaign?.id) ?? null;
  const votedFor = new Set(ballot?.myVotes.map((proposal) => proposal.id) ?? []);

  return (
    <>
      <h1>Mon espace</h1>
      <p className="fr-text--lead">Bonjour {session.name || me?.username}.</p>
      <FlashNotice flash={flash} form="connexion" />

      <section aria-labelledby="collectivites" className="fr-mb-6w">
        <h2 id="collectivites">Mes collectivités</h2>
        {memberships ? (
          memberships.length ? (
            <ul>
              {memberships.map((membership) => {
                const status = MEMBERSHIP_STATUS_LABELS[membership.status] ?? {
                  label: membership.status,
                  severity: "info" as const,
                };
                return (
                  <li key={membership.localAuthority.id} className="fr-mb-1w">
                    {membership.localAuthority.name} ({LOCAL_AUTHORITY_KIND_LABELS[membership.localAuthority.kind]}){" "}
                    <Badge severity={status.severity} small>
                      {status.label}
                    </Badge>
                    {membership.isReferent && " — vous en êtes référent·e"}
                    {membership.requestedAt && membership.status === "PENDING" && ` — demandé le ${formatDate(membership.requestedAt)}`}
                    {membership.refusalReason && <p className="fr-mb-0">Motif du refus : {membership.refusalReason}</p>}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>Aucun rattachement pour le moment.</p>
          )
        ) : authorities.length ? (
          <ul>
            {authorities.map((authority) => (
              <li key={authority.id}>{authority.name}</li>
            ))}
          </ul>
        ) : null}
        {pending.length > 0 && !canAct && (
          <Alert
            severity="info"
            small
            description="Votre demande de rattachement attend l'approbation du référent de votre collectivité ou de l'ANCT. En attendant, vous pouvez consulter mais pas agir."
          />
        )}
        {!canAct && !pending.length && <Alert severity="info" small description="Vous n'agissez encore pour aucune collectivité : demandez un rattachement." />}
        <p className="fr-mt-2w">
          <Link href="/mon-espace/rattachement/">Demander à agir pour une autre collectivité</Link>
        </p>
        <p>
          <Link href="/mon-espace/lettre/">Ma lettre d&apos;information : inscription, préférences, données</Link>
        </p>
      </section>

      <section aria-labelledby="contributions" className="fr-mb-6w">
        <h2 id="contributions">Mes contributions</h2>
        {me?.submissions.length ? (
          <ul className="fr-raw-list">
            {me.submissions.map((submission) => {
              const status = SUBMISSION_STATUS_LABELS[submission.status] ?? {
                label: submission.status,
                severity: "info" as const,
              };
              const sentBack = submission.comments.filter((comment) => comment.reasons.length || comment.comment).at(-1);
              return (
                <li key={submission.id} className="fr-mb-3w">
                  <h3 className="fr-h6 fr-mb-1w">
                    {submission.title}{" "}
                    <Badge severity={status.severity} small>
                      {status.label}
                    </Badge>
                  </h3>
                  <p className="fr-mb-1w">
                    {CONTENT_TYPE_LABELS[submission.contentType] ?? submission.contentType}
                    {submission.localAuthority && ` — ${submission.localAuthority.name}`}
                  </p>
                  {submission.status === "IN_REVIEW" && submission.currentTask && <p className="fr-mb-1w">Étape en cours : {submission.currentTask}.</p>}
                  {submission.status === "CHANGES_REQUESTED" && sentBack && (
                    <div className="fr-callout fr-mb-1w">
                      <p className="fr-callout__title">Ce que demande la modération</p>
                      {sentBack.reasons.length > 0 && (
                        <ul>
                          {sentBack.reasons.map((reason) => (
                            <li key={reason}>{changeReasonLabel(reason)}</li>
                          ))}
                        </ul>
                      )}
                      {sentBack.comment && <p className="fr-callout__text">« {sentBack.comment} »</p>}
                    </div>
                  )}
                  {(submission.status === "CHANGES_REQUESTED" || submission.status === "DRAFT") && submission.contentType !== "ActionPlanPage" && (
                    <Link href={`/mon-espace/contributions/${encodeURIComponent(submission.id)}/`}>Modifier et renvoyer « {submission.title} »</Link>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>Vous n&apos;avez encore rien proposé.</p>
        )}
      </section>

      <section aria-labelledby="vote" className="fr-mb-6w">
        <h2 id="vote">Voter pour les prochains thèmes</h2>
        <FlashNotice flash={flash} form="vote" />
        {campaign ? (
          <>
            <p>
              {campaign.title}
              {campaign.status === "OPEN" && ` — ouvert jusqu'au ${formatDate(campaign.closesAt)}`}. Chaque collectivité dispose de {campaign.voteLimit} vote
              {campaign.voteLimit > 1 ? "s" : ""}.
            </p>
            {ballot && (
              <p id="votes-restants">
                {ballot.votesLeft == null
                  ? `${ballot.localAuthority.name} peut voter pour autant de thèmes qu'elle le souhaite.`
                  : ballot.votesLeft === 0
                    ? `${ballot.localAuthority.name} a utilisé tous ses votes : retirez-en un pour voter pour un autre thème.`
                    : `Il reste ${ballot.votesLeft} vote${ballot.votesLeft > 1 ? "s" : ""} à ${ballot.localAuthority.name}.`}
                {ballot.myVotes.length > 0 &&
                  ` Vos votes : ${data.themeRanking
                    .filter((entry) => votedFor.has(entry.proposal.id))
                    .map((entry) => `« ${entry.proposal.title} »`)
                    .join(", ")}.`}
              </p>
            )}
            <div className="fr-table">
              <table>
                <caption>Classement en direct</caption>
                <thead>
                  <tr>
                    <th scope="col">Rang</th>
                    <th scope="col">Thème</th>
                    <th scope="col">Votes</th>
                    <th scope="col">Action</th>
                  </tr>
                </thead>
                <tbody>
                  {data.themeRanking.map((entry) => (
                    <tr key={entry.proposal.id}>
                      <td>{entry.rank}</td>
                      <th scope="row">
                        {entry.proposal.title}
                        {votedFor.has(entry.proposal.id) && (
                          <>
                            {" "}
                            <Badge severity="success" small>
                              Votre vote
                            </Badge>
                          </>
                        )}
                      </th>
                      <td>{entry.votes}</td>
                      <td>
                        {canAct && campaign.status === "OPEN" && (
                          <div className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
                            {!votedFor.has(entry.proposal.id) && (
                              <form action={vote}>
                                <FormId />
                                <input type="hidden" name="proposal" value={entry.proposal.id} />
                                {authorities[0] && <input type="hidden" name="localAuthority" value={authorities[0].id} />}
                                <SubmitButton>
                                  Voter
                                  <span className="fr-sr-only"> pour « {entry.proposal.title} »</span>
                                </SubmitButton>
                              </form>
                            )}
                            {(votedFor.has(entry.proposal.id) || !ballot) && (
                              <form action={withdrawVote}>
                                <FormId />
                                <input type="hidden" name="proposal" value={entry.proposal.id} />
                                {authorities[0] && <input type="hidden" name="localAuthority" value={authorities[0].id} />}
                                <SubmitButton secondary>
                                  Retirer mon vote
                                  <span className="fr-sr-only"> pour « {entry.proposal.title} »</span>
                                </SubmitButton>
                              </form>
                            )}
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p>Aucune campagne de vote n&apos;est ouverte en ce moment.</p>
        )}
        <h3>Proposer un thème</h3>
        <FlashNotice flash={flash} form="theme" fieldIds={{ title: "theme-title", description: "theme-description" }} />
        {canAct ? (
          <form action={proposeTheme}>
            <FormId />
            <AuthorityField authorities={authorities} flash={flash} form="theme" />
            <Input
              label="Intitulé du thème"
              hintText="200 caractères au plus."
              nativeInputProps={{
                id: "theme-title",
                name: "title",
                required: true,
                maxLength: 200,
                defaultValue: fieldValue(flash, "theme", "title"),
              }}
              {...fieldState(flash, "theme", "title")}
            />
            <Input
              label="Pourquoi ce thème compte pour votre territoire"
              textArea
              nativeTextAreaProps={{
                id: "theme-description",
                name: "description",
                required: true,
                rows: 4,
                defaultValue: fieldValue(flash, "theme", "description"),
              }}
              {...fieldState(flash, "theme", "description")}
            />
            <SubmitButton>Proposer ce thème</SubmitButton>
          </form>
        ) : (
          <p>Vous pourrez proposer un thème quand votre rattachement sera approuvé.</p>
        )}
      </section>

      <section aria-labelledby="projets" className="fr-mb-6w">
        <h2 id="projets">Projets partagés ouverts aux inscriptions</h2>
        <FlashNotice flash={flash} form="inscription" />
        {projects.length ? (
          projects.map((project) => {
            const enrolled = project.participants.some((a) => mine.has(a.id)) || project.observers.some((a) => mine.has(a.id)) || project.waitingList.some((a) => mine.has(a.id));
            const myRank = project.waitingList.findIndex((a) => mine.has(a.id));
            return (
              <div key={project.id} className="fr-mb-4w">
                <h3>
                  <Link href={project.urlPath}>{project.title}</Link>
                </h3>
                <p>
                  Parties prenantes : {project.participants.length} sur {project.participantCapacity} places
                  {project.waitingList.length > 0 && ` ; ${project.waitingList.length} en liste d'attente`} ; {project.observers.length} observatrice
                  {project.observers.length > 1 ? "s" : ""}.
                </p>
                {myRank >= 0 && <p>Votre collectivité est en liste d&apos;attente, au rang {myRank + 1}.</p>}
                {canAct &&
                  (enrolled ? (
                    <form action={withdrawEnrollment}>
                      <FormId />
                      <input type="hidden" name="project" value={project.id} />
                      {authorities[0] && <input type="hidden" name="localAuthority" value={authorities[0].id} />}
                      <SubmitButton secondary>
                        Retirer ma collectivité
                        <span className="fr-sr-only"> de « {project.title} »</span>
                      </SubmitButton>
                    </form>
                  ) : (
                    <form action={enroll}>
                      <FormId />
                      <input type="hidden" name="project" value={project.id} />
                      <AuthorityField authorities={authorities} flash={flash} form="inscription" />
                      <fieldset className="fr-fieldset">
                        <legend className="fr-fieldset__legend">Inscrire ma collectivité à « {project.title} » comme</legend>
                        <div className="fr-fieldset__element">
                          <div className="fr-radio-group">
                            <input type="radio" id={`role-p-${project.id}`} name="role" value="PARTICIPANT" defaultChecked />
                            <label className="fr-label" htmlFor={`role-p-${project.id}`}>
                              Partie prenante
                              <span className="fr-hint-text">3 à 5 collectivités, puis liste d&apos;attente</span>
                            </label>
                          </div>
                        </div>
                        <div className="fr-fieldset__element">
                          <div className="fr-radio-group">
                            <input type="radio" id={`role-o-${project.id}`} name="role" value="OBSERVER" />
                            <label className="fr-label" htmlFor={`role-o-${project.id}`}>
                              Observatrice
                              <span className="fr-hint-text">suit les travaux, sans limite de places</span>
                            </label>
                          </div>
                        </div>
                      </fieldset>
                      <SubmitButton>S&apos;inscrire</SubmitButton>
                    </form>
                  ))}
              </div>
            );
          })
        ) : (
          <p>Aucun projet partagé ne recrute en ce moment.</p>
        )}
      </section>

      <section aria-labelledby="proposer" className="fr-mb-6w">
        <h2 id="proposer">Partager une expérience</h2>
        <FlashNotice
          flash={flash}
          form="experience"
          fieldIds={{
            title: "experience-title",
            summary: "experience-summary",
            body: "experience-body",
            participationLevel: "experience-participationLevel",
            ...fileFieldIds("experience"),
          }}
        />
        {canAct ? (
          <KeepFilesForm action={submitExperience} name="experience" successId={flash?.form === "experience" && flash.severity === "success" ? flash.id : undefined}>
            <FormId />
            <AuthorityField authorities={authorities} flash={flash} form="experience" />
            <Input
              label="Titre"
              nativeInputProps={{
                id: "experience-title",
                name: "title",
                required: true,
                maxLength: 255,
                defaultValue: fieldValue(flash, "experience", "title"),
              }}
              {...fieldState(flash, "experience", "title")}
            />
            <Input
              label="Résumé"
              hintText="800 caractères au plus."
              textArea
              nativeTextAreaProps={{
                id: "experience-summary",
                name: "summary",
                required: true,
                maxLength: 800,
                rows: 3,
                defaultValue: fieldValue(flash, "experience", "summary"),
              }}
              {...fieldState(flash, "experience", "summary")}
            />
            <Input
              label="Récit"
              hintText="Texte libre ; séparez les paragraphes par une ligne vide."
              textArea
              nativeTextAreaProps={{
                id: "experience-body",
                name: "body",
                rows: 8,
                defaultValue: fieldValue(flash, "experience", "body"),
              }}
              {...fieldState(flash, "experience", "body")}
            />
            <Select
              label="Niveau de participation (échelle d'Arnstein)"
              nativeSelectProps={{
                id: "experience-participationLevel",
                name: "participationLevel",
                required: true,
                defaultValue: fieldValue(flash, "experience", "participationLevel"),
              }}
              {...fieldState(flash, "experience", "participationLevel")}
            >
              <option value="">Choisir un niveau</option>
              {[1, 2, 3, 4, 5, 6, 7, 8].map((level) => (
                <option key={level} value={level}>
                  Niveau {level}
                </option>
              ))}
            </Select>
            <FileFields flash={flash} form="experience" gallery />
            <SubmitButton>Envoyer en relecture</SubmitButton>
          </KeepFilesForm>
        ) : (
          <p>Vous pourrez partager une expérience quand votre rattachement sera approuvé.</p>
        )}
      </section>

      <section aria-labelledby="ressource" className="fr-mb-6w">
        <h2 id="ressource">Partager une ressource</h2>
        {canAct ? (
          <ResourceForm action={submitResource} authorities={authorities} flash={flash} />
        ) : (
          <p>Vous pourrez partager une ressource quand votre rattachement sera approuvé.</p>
        )}
      </section>

      {participantProjects.length > 0 && (
        <section aria-labelledby="journal" className="fr-mb-6w">
          <h2 id="journal">Écrire dans le journal de bord</h2>
          <FlashNotice
            flash={flash}
            form="journal"
            fieldIds={{
              title: "journal-title",
              summary: "journal-summary",
              body: "journal-body",
            }}
          />
          <form action={postJournalEntry}>
            <FormId />
            <input type="hidden" name="localAuthority" value={authorities[0]?.id ?? ""} />
            <Select
              label="Projet"
              nativeSelectProps={{
                id: "journal-project",
                name: "project",
                defaultValue: fieldValue(flash, "journal", "project"),
              }}
            >
              {participantProjects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.title}
                </option>
              ))}
            </Select>
            <Input
              label="Titre de l'entrée"
              nativeInputProps={{
                id: "journal-title",
                name: "title",
                required: true,
                defaultValue: fieldValue(flash, "journal", "title"),
              }}
              {...fieldState(flash, "journal", "title")}
            />
            <Input
              label="Résumé"
              hintText="600 caractères au plus."
              textArea
              nativeTextAreaProps={{
                id: "journal-summary",
                name: "summary",
                required: true,
                maxLength: 600,
                rows: 3,
                defaultValue: fieldValue(flash, "journal", "summary"),
              }}
              {...fieldState(flash, "journal", "summary")}
            />
            <Input
              label="Texte"
              textArea
              nativeTextAreaProps={{
                id: "journal-body",
                name: "body",
                rows: 6,
                defaultValue: fieldValue(flash, "journal", "body"),
              }}
              {...fieldState(flash, "journal", "body")}
            />
            <SubmitButton>Publier dans le journal</SubmitButton>
          </form>
        </section>
      )}

      {participantProjects.length > 0 && (
        <section aria-labelledby="plan" className="fr-mb-6w">
          <h2 id="plan">Déposer le plan d&apos;action de ma collectivité</h2>
          <p>Il part en validation, puis en adoption par votre exécutif ; suivez chaque étape dans « Mes contributions ».</p>
          <ActionPlanForm action={submitActionPlan} projects={participantProjects} authorities={authorities} flash={flash} />
        </section>
      )}
    </>
  );
}
