"""Mutations of participation: propose and vote for themes, enrol in shared projects, keep the
journal. Each one delegates to `projects.services`, which checks the caller and the rules and
raises typed refusals; nothing is changed on refusal."""

import graphene

from cms.api.mutations import BaseMutation
from cms.api.relay import encode
from cms.schema.types import LocalAuthorityType
from projects import services
from projects.schema import arguments, participation, types

AUTHORITY_ARG = (
    "Collectivité au nom de laquelle vous agissez (identifiant global `LocalAuthority.id`) ; "
    "facultatif si vous n'en représentez qu'une."
)
PROJECT_ARG = "Projet partagé (identifiant global `SharedProjectPage.id`)."
PROPOSAL_ARG = "Proposition de thème (identifiant global `ThemeProposal.id`)."
THEME_ARG = "Thématique (identifiant global `Theme.id`)"
CAMPAIGN_ARG = "Campagne de vote (identifiant global `VotingCampaign.id`)"
KEY_ARG = (
    "Clé choisie par le client pour cet envoi (un UUID) : renvoyée dans les 24 h par le même "
    "utilisateur, elle rend ce que le premier envoi a créé au lieu d'en créer un second (double "
    "clic, nouvel essai après une coupure, autre serveur du site)."
)


def _user(info):
    return info.context.user


class ProposeTheme(BaseMutation):
    class Meta:
        description = (
            "Proposer un thème pour un futur projet partagé ; l'ANCT le modère avant le vote."
        )

    class Arguments:
        title = graphene.String(required=True, description="Intitulé du thème (200 caractères).")
        description = graphene.String(required=True, description="Pourquoi ce thème compte.")
        theme = graphene.ID(description=f"{THEME_ARG} rattachée, facultative.")
        campaign = graphene.ID(
            description=f"{CAMPAIGN_ARG} ; par défaut l'ouverte, sinon la prochaine."
        )
        local_authority = graphene.ID(description=AUTHORITY_ARG)
        idempotency_key = graphene.String(description=KEY_ARG)

    proposal = graphene.Field(participation.ThemeProposalType, description="La proposition créée.")

    @classmethod
    def perform(
        cls,
        root,
        info,
        title,
        description,
        theme=None,
        campaign=None,
        local_authority=None,
        idempotency_key=None,
    ):
        proposal = services.propose_theme(
            _user(info),
            idempotency_key=idempotency_key,
            title=title,
            description=description,
            theme=arguments.theme(theme),
            campaign=arguments.campaign(campaign),
            local_authority=arguments.local_authority(local_authority),
        )
        return {"proposal": proposal}


class VoteForTheme(BaseMutation):
    class Meta:
        description = "Voter, au nom d'une collectivité, pour un thème ouvert au vote."

    class Arguments:
        proposal = graphene.ID(required=True, description=PROPOSAL_ARG)
        local_authority = graphene.ID(description=AUTHORITY_ARG)
        idempotency_key = graphene.String(description=KEY_ARG)

    proposal = graphene.Field(participation.ThemeProposalType, description="Le thème voté.")
    remaining_votes = graphene.Int(
        description="Votes qu'il reste à la collectivité dans la campagne (null : sans limite)."
    )

    @classmethod
    def perform(cls, root, info, proposal, local_authority=None, idempotency_key=None):
        ballot = services.vote(
            _user(info),
            arguments.proposal(proposal),
            arguments.local_authority(local_authority),
            idempotency_key=idempotency_key,
        )
        return {
            "proposal": ballot.proposal,
            "remaining_votes": services.remaining_votes(
                ballot.local_authority, ballot.proposal.campaign
            ),
        }


class WithdrawVote(BaseMutation):
    class Meta:
        description = "Retirer le vote d'une collectivité tant que la campagne est ouverte."

    class Arguments:
        proposal = graphene.ID(required=True, description=PROPOSAL_ARG)
        local_authority = graphene.ID(description=AUTHORITY_ARG)
        idempotency_key = graphene.String(description=KEY_ARG)

    proposal = graphene.Field(participation.ThemeProposalType, description="Le thème.")

    @classmethod
    def perform(cls, root, info, proposal, local_authority=None, idempotency_key=None):
        withdrawn = services.withdraw_vote(
            _user(info),
            arguments.proposal(proposal),
            arguments.local_authority(local_authority),
            idempotency_key=idempotency_key,
        )
        return {"proposal": withdrawn}


class ThemeModerationAction(graphene.Enum):
    class Meta:
        description = "Décision de l'ANCT sur une proposition de thème."

    APPROVE = "approve"
    REJECT = "reject"


class ModerateThemeProposal(BaseMutation):
    class Meta:
        description = (
            "ANCT : ouvrir au vote ou refuser (avec un commentaire) une proposition de thème."
        )

    class Arguments:
        proposal = graphene.ID(required=True, description=PROPOSAL_ARG)
        action = graphene.Argument(
            graphene.NonNull(ThemeModerationAction), description="Approuver ou refuser."
        )
        comment = graphene.String(
            description="Commentaire à la collectivité (requis pour refuser)."
        )
        campaign = graphene.ID(description=f"{CAMPAIGN_ARG} où placer le thème approuvé.")

    proposal = graphene.Field(participation.ThemeProposalType, description="La proposition.")

    @classmethod
    def perform(cls, root, info, proposal, action, comment="", campaign=None):
        moderated = services.moderate_proposal(
            _user(info),
            arguments.proposal(proposal),
            approve=arguments.enum_value(action) == "approve",
            comment=comment or "",
            campaign=arguments.campaign(campaign),
        )
        return {"proposal": moderated}


class SelectThemeProposal(BaseMutation):
    class Meta:
        description = (
            "ANCT : faire d'un thème (le lauréat d'une campagne close) un projet partagé, "
            "créé en brouillon sous la rubrique des projets partagés sauf si `publish`."
        )

    class Arguments:
        proposal = graphene.ID(required=True, description=PROPOSAL_ARG)
        title = graphene.String(description="Titre du projet (par défaut celui du thème).")
        summary = graphene.String(description="Résumé (par défaut la description du thème).")
        theme = graphene.ID(description=f"{THEME_ARG}, si le thème n'en a pas.")
        participant_capacity = graphene.Int(description="Places de parties prenantes, 3 à 5.")
        publish = graphene.Boolean(description="Publier le projet aussitôt.")

    project_id = graphene.ID(
        description="Identifiant global (`SharedProjectPage.id`) du projet partagé créé."
    )
    project_slug = graphene.String(description="Slug du projet partagé créé.")

    @classmethod
    def perform(
        cls, root, info, proposal, participant_capacity=None, publish=False, theme=None, **kwargs
    ):
        page = services.select_proposal(
            _user(info),
            arguments.proposal(proposal),
            theme=arguments.theme(theme),
            participant_capacity=participant_capacity or 5,
            publish=bool(publish),
            **kwargs,
        )
        return {"project_id": encode("SharedProjectPage", page.pk), "project_slug": page.slug}


class Enroll(BaseMutation):
    class Meta:
        description = (
            "Inscrire une collectivité à un projet partagé, comme partie prenante (3 à 5, puis "
            "liste d'attente) ou observatrice (sans limite)."
        )

    class Arguments:
        project = graphene.ID(required=True, description=PROJECT_ARG)
        role = graphene.Argument(
            graphene.NonNull(participation.EnrollmentRoleEnum), description="Rôle demandé."
        )
        local_authority = graphene.ID(description=AUTHORITY_ARG)
        idempotency_key = graphene.String(description=KEY_ARG)

    enrollment = graphene.Field(participation.EnrollmentType, description="L'inscription.")

    @classmethod
    def perform(cls, root, info, project, role, local_authority=None, idempotency_key=None):
        enrollment = services.enroll(
            _user(info),
            arguments.project(project),
            arguments.enum_value(role),
            arguments.local_authority(local_authority),
            idempotency_key=idempotency_key,
        )
        return {"enrollment": enrollment}


class WithdrawEnrollment(BaseMutation):
    class Meta:
        description = (
            "Retirer une collectivité d'un projet partagé ; sa place de partie prenante revient à "
            "la première en liste d'attente."
        )

    class Arguments:
        project = graphene.ID(required=True, description=PROJECT_ARG)
        local_authority = graphene.ID(description=AUTHORITY_ARG)
        idempotency_key = graphene.String(description=KEY_ARG)

    enrollment = graphene.Field(participation.EnrollmentType, description="L'inscription retirée.")
    promoted = graphene.List(
        graphene.NonNull(LocalAuthorityType),
        description="Collectivités passées de la liste d'attente aux parties prenantes.",
    )

    @classmethod
    def perform(cls, root, info, project, local_authority=None, idempotency_key=None):
        enrollment, promoted = services.withdraw_enrollment(
            _user(info),
            arguments.project(project),
            arguments.local_authority(local_authority),
            idempotency_key=idempotency_key,
        )
        return {"enrollment": enrollment, "promoted": [e.local_authority for e in promoted]}


class SetParticipantCapacity(BaseMutation):
    class Meta:
        description = (
            "ANCT : changer le nombre de places de parties prenantes (3 à 5), jamais sous le "
            "nombre de parties prenantes déjà inscrites."
        )

    class Arguments:
        project = graphene.ID(required=True, description=PROJECT_ARG)
        capacity = graphene.Int(required=True, description="Nouveau nombre de places, 3 à 5.")

    participant_capacity = graphene.Int(description="Le nombre de places retenu.")
    promoted = graphene.List(
        graphene.NonNull(LocalAuthorityType),
        description="Collectivités passées de la liste d'attente aux parties prenantes.",
    )

    @classmethod
    def perform(cls, root, info, project, capacity):
        user = _user(info)
        page, promoted = services.set_capacity(
            user, arguments.project(project, user, live_only=False), capacity
        )
        return {
            "participant_capacity": page.participant_capacity,
            "promoted": [e.local_authority for e in promoted],
        }


class StartSharedProject(BaseMutation):
    class Meta:
        description = (
            "ANCT : lancer un projet partagé, qui démarre avec au moins 3 parties prenantes."
        )

    class Arguments:
        project = graphene.ID(required=True, description=PROJECT_ARG)

    status = graphene.Field(types.SharedProjectStatusEnum, description="Le nouveau statut.")

    @classmethod
    def perform(cls, root, info, project):
        user = _user(info)
        page = services.start_project(user, arguments.project(project, user, live_only=False))
        return {"status": str(page.status)}


class PostJournalEntry(BaseMutation):
    class Meta:
        description = (
            "Publier une entrée du journal de bord d'un projet partagé (parties prenantes et "
            "experts ; les observatrices le suivent sans y écrire)."
        )

    class Arguments:
        project = graphene.ID(required=True, description=PROJECT_ARG)
        title = graphene.String(required=True, description="Titre de l'entrée.")
        summary = graphene.String(required=True, description="Résumé (600 caractères).")
        body = graphene.String(description="Texte ; paragraphes séparés par une ligne vide.")
        stage = graphene.ID(
            description=(
                "Étape du projet (identifiant global `SharedProjectStage.id`) ; par défaut "
                "l'étape en cours."
            )
        )
        date = graphene.Date(description="Date de la séance ; par défaut aujourd'hui.")
        local_authority = graphene.ID(description=AUTHORITY_ARG)
        idempotency_key = graphene.String(description=KEY_ARG)

    entry = graphene.Field(types.JournalEntryPageType, description="L'entrée publiée.")

    @classmethod
    def perform(cls, root, info, project, stage=None, local_authority=None, **kwargs):
        shared_project = arguments.project(project)
        entry = services.post_journal_entry(
            _user(info),
            shared_project,
            stage=arguments.stage(stage, shared_project),
            local_authority=arguments.local_authority(local_authority),
            **kwargs,
        )
        return {"entry": entry}


class ActionInput(graphene.InputObjectType):
    class Meta:
        description = "Une action d'un plan d'action."

    title = graphene.String(required=True, description="Intitulé de l'action.")
    owner = graphene.String(required=True, description="Porteur : service, élu ou partenaire.")
    description = graphene.String(description="Description.")
    deadline = graphene.Date(description="Échéance.")
    indicator = graphene.String(description="Indicateur de réussite.")
    status = graphene.Argument(
        types.ActionStatusEnum, description="Statut (non commencée par défaut)."
    )
    progress = graphene.Int(description="Avancement en % (0 à 100).")


class SubmitActionPlan(BaseMutation):
    class Meta:
        description = (
            "Une collectivité partie prenante dépose son plan d'action (brouillon avec ses actions), "
            "soumis au circuit de validation puis d'adoption par l'exécutif s'il y en a un."
        )

    class Arguments:
        project = graphene.ID(required=True, description=PROJECT_ARG)
        title = graphene.String(required=True, description="Titre du plan.")
        summary = graphene.String(required=True, description="Résumé (800 caractères).")
        objectives = graphene.String(
            required=True, description="Objectifs ; paragraphes séparés par une ligne vide."
        )
        success_criteria = graphene.String(description="Critères de réussite.")
        actions = graphene.List(graphene.NonNull(ActionInput), description="Actions, dans l'ordre.")
        local_authority = graphene.ID(description=AUTHORITY_ARG)
        idempotency_key = graphene.String(description=KEY_ARG)

    plan_id = graphene.ID(
        description=(
            "Identifiant global du plan en tant que contribution (`Submission.id`) : son suivi "
            "dans `me { submissions }`, la décision par `moderate(submission:)`. Une fois publié, "
            "le plan se lit par `page(urlPath:)` ou `actionPlans`."
        )
    )
    revision_id = graphene.ID(description="Révision soumise (pour une modification ultérieure).")
    in_workflow = graphene.Boolean(
        description="Vrai si le plan est entré dans un circuit de validation."
    )

    @classmethod
    def perform(cls, root, info, project, actions=None, local_authority=None, **kwargs):
        items = []
        for item in actions or ():
            item = dict(item)
            if item.get("status") is not None:
                item["status"] = arguments.enum_value(item["status"])
            items.append(item)
        plan = services.submit_action_plan(
            _user(info),
            arguments.project(project),
            actions=items,
            local_authority=arguments.local_authority(local_authority),
            **kwargs,
        )
        return {
            "plan_id": encode("Submission", plan.pk),
            "revision_id": plan.latest_revision_id,
            "in_workflow": plan.workflow_in_progress,
        }


class Mutation(graphene.ObjectType):
    propose_theme = ProposeTheme.Field(description=ProposeTheme._meta.description)
    vote_for_theme = VoteForTheme.Field(description=VoteForTheme._meta.description)
    withdraw_vote = WithdrawVote.Field(description=WithdrawVote._meta.description)
    moderate_theme_proposal = ModerateThemeProposal.Field(
        description=ModerateThemeProposal._meta.description
    )
    select_theme_proposal = SelectThemeProposal.Field(
        description=SelectThemeProposal._meta.description
    )
    enroll = Enroll.Field(description=Enroll._meta.description)
    withdraw_enrollment = WithdrawEnrollment.Field(description=WithdrawEnrollment._meta.description)
    set_participant_capacity = SetParticipantCapacity.Field(
        description=SetParticipantCapacity._meta.description
    )
    start_shared_project = StartSharedProject.Field(
        description=StartSharedProject._meta.description
    )
    post_journal_entry = PostJournalEntry.Field(description=PostJournalEntry._meta.description)
    submit_action_plan = SubmitActionPlan.Field(description=SubmitActionPlan._meta.description)
