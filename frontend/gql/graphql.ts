/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Conformité du site au RGAA, à afficher dans le pied de page. */
export type AccessibilityStatus =
  /** totalement conforme */
  | 'FULLY_COMPLIANT'
  /** non conforme */
  | 'NON_COMPLIANT'
  /** partiellement conforme */
  | 'PARTIALLY_COMPLIANT';

/** Une action d'un plan d'action. */
export type ActionInput = {
  /** Échéance. */
  deadline?: string | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** Indicateur de réussite. */
  indicator?: string | null | undefined;
  /** Porteur : service, élu ou partenaire. */
  owner: string;
  /** Avancement en % (0 à 100). */
  progress?: number | null | undefined;
  /** Statut (non commencée par défaut). */
  status?: ActionStatus | null | undefined;
  /** Intitulé de l'action. */
  title: string;
};

/** Statut d'une action d'un plan d'action. */
export type ActionStatus =
  /** Abandonnée */
  | 'ABANDONED'
  /** Réalisée */
  | 'DONE'
  /** En cours */
  | 'IN_PROGRESS'
  /** Non commencée */
  | 'NOT_STARTED';

/** Format du texte envoyé dans `body`. */
export type BodyFormat =
  /** Texte enrichi ; nettoyé (seules les balises de l'éditeur sont gardées). */
  | 'HTML'
  /** Texte brut ; une ligne vide sépare les paragraphes. */
  | 'TEXT';

/** Motif d'une demande de modifications : INCOMPLETE = Informations incomplètes ; UNCLEAR = Récit peu clair ou trop court ; CLASSIFICATION = Thématiques ou niveau de participation à revoir ; SOURCES = Sources ou contact manquants ; RIGHTS = Droits sur les images ou documents à vérifier ; OFF_TOPIC = Hors du champ de Territoires en commun ; OTHER = Autre (préciser dans le commentaire) */
export type ChangeReason =
  | 'CLASSIFICATION'
  | 'INCOMPLETE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'RIGHTS'
  | 'SOURCES'
  | 'UNCLEAR';

/** Un fichier joint : image (JPEG, PNG, WebP) ou document (PDF, ODT, ODS, DOCX, XLSX, CSV), le type lu dans le contenu ; mêmes limites que les contributions. */
export type CommunityAttachmentInput = {
  /** Le fichier (requête multipart/form-data). */
  file: unknown;
  /** Titre affiché. */
  title?: string | null | undefined;
};

/** Quand une personne est prévenue des échanges de ses projets. */
export type CommunityNotificationFrequency =
  /** À chaque message */
  | 'IMMEDIATE'
  /** Jamais */
  | 'NEVER'
  /** Dans le récapitulatif hebdomadaire */
  | 'WEEKLY';

/** Place de l'appelant dans un projet partagé. */
export type CommunityRole =
  | 'ANCT'
  | 'EXPERT'
  | 'NONE'
  | 'OBSERVER'
  | 'PARTICIPANT';

/** Nature d'un fil d'échange entre pairs. */
export type CommunityThreadKind =
  /** Obstacle */
  | 'OBSTACLE'
  /** Question */
  | 'QUESTION'
  /** Ressource partagée */
  | 'RESOURCE'
  /** Solution */
  | 'SOLUTION'
  /** Réussite */
  | 'SUCCESS';

/** Qui lit un fil : les parties prenantes seulement, ou aussi les observatrices. */
export type CommunityThreadVisibility =
  /** Parties prenantes et observatrices */
  | 'OBSERVERS'
  /** Parties prenantes seulement */
  | 'PARTICIPANTS';

/** Un document envoyé avec la contribution (PDF, ODT, ODS, DOCX, XLSX, CSV). */
export type DocumentUploadInput = {
  /** Courte description. */
  description?: string | null | undefined;
  /** Le fichier (requête multipart/form-data). */
  file: unknown;
  /** Titre affiché. */
  title?: string | null | undefined;
};

/** Rôle d'une collectivité dans un projet partagé. */
export type EnrollmentRole =
  /** Observatrice */
  | 'OBSERVER'
  /** Partie prenante */
  | 'PARTICIPANT';

/** État d'une inscription : confirmée, en liste d'attente ou retirée. */
export type EnrollmentStatus =
  /** Confirmée */
  | 'CONFIRMED'
  /** Liste d'attente */
  | 'WAITING'
  /** Retirée */
  | 'WITHDRAWN';

/** Modalité d'un événement. */
export type EventFormat =
  /** Hybride */
  | 'HYBRID'
  /** En présentiel */
  | 'IN_PERSON'
  /** En ligne */
  | 'ONLINE';

/** Filtres des expériences ; ils se cumulent. */
export type ExperienceFilter = {
  /** Code d'un département : expériences de ses collectivités et de lui-même. */
  department?: string | null | undefined;
  /** Collectivité (identifiant global `LocalAuthority.id`). */
  localAuthority?: string | number | null | undefined;
  /** Niveau sur l'échelle d'Arnstein, de 1 à 8. */
  participationLevel?: number | null | undefined;
  /** Type de territoire (identifiant global `TerritoryType.id`). */
  territoryType?: string | number | null | undefined;
  /** Thématique (identifiant global `Theme.id`). */
  theme?: string | number | null | undefined;
};

/** Une expérience territoriale proposée par une collectivité. */
export type ExperienceSubmissionInput = {
  /** Récit : texte brut ou HTML selon `bodyFormat` ; le HTML est nettoyé. */
  body?: string | null | undefined;
  /** Format de `body` (TEXT par défaut). */
  bodyFormat?: BodyFormat | null | undefined;
  /** Documents ajoutés à la suite du texte, dans l'ordre. */
  documents?: Array<DocumentUploadInput> | null | undefined;
  /** Image principale. */
  image?: ImageUploadInput | null | undefined;
  /** Galerie : images ajoutées à la suite du texte, dans l'ordre. */
  images?: Array<ImageUploadInput> | null | undefined;
  /** Votre collectivité (identifiant global `LocalAuthority.id`) ; facultatif si vous n'en représentez qu'une. */
  localAuthority?: string | number | null | undefined;
  /** Proposer au nom d'une organisation (identifiant global `Organisation.id`) plutôt que d'une collectivité : il faut en être membre approuvé, et l'organisation vérifiée et non bloquée. */
  organisationId?: string | number | null | undefined;
  /** Niveau de participation sur l'échelle d'Arnstein, de 1 à 8 (obligatoire). */
  participationLevel?: number | null | undefined;
  /** Résumé (obligatoire, 800 caractères au plus ; le HTML est retiré). */
  summary?: string | null | undefined;
  /** Types de territoire (identifiants globaux `TerritoryType.id`). */
  territoryTypes?: Array<string | number> | null | undefined;
  /** Thématiques (identifiants globaux `Theme.id`). */
  themes?: Array<string | number> | null | undefined;
  /** Titre (obligatoire, 255 caractères au plus ; le HTML est retiré). */
  title?: string | null | undefined;
};

/** Une image envoyée avec la contribution (JPEG, PNG ou WebP ; taille et nombre de pixels limités). */
export type ImageUploadInput = {
  /** Texte alternatif ; vide si l'image est décorative. */
  altText?: string | null | undefined;
  /** Légende. */
  caption?: string | null | undefined;
  /** Crédit (auteur, droits). */
  credit?: string | null | undefined;
  /** Le fichier (requête multipart/form-data). */
  file: unknown;
};

/** An enumeration. */
export type InspirationEventPageTimeZoneChoices =
  /** Guyane */
  | 'AMERICA_CAYENNE'
  /** Guadeloupe */
  | 'AMERICA_GUADELOUPE'
  /** Martinique */
  | 'AMERICA_MARTINIQUE'
  /** Saint-Pierre-et-Miquelon */
  | 'AMERICA_MIQUELON'
  /** France métropolitaine (Europe/Paris) */
  | 'EUROPE_PARIS'
  /** Mayotte */
  | 'INDIAN_MAYOTTE'
  /** La Réunion */
  | 'INDIAN_REUNION'
  /** Nouvelle-Calédonie */
  | 'PACIFIC_NOUMEA'
  /** Polynésie française */
  | 'PACIFIC_TAHITI'
  /** Wallis-et-Futuna */
  | 'PACIFIC_WALLIS';

/** Ce que présente une rubrique de la base de ressources : le site choisit sa liste d'après elle. */
export type InspirationSection =
  /** Concepts */
  | 'CONCEPTS'
  /** Agenda */
  | 'EVENTS'
  /** Expériences territoriales */
  | 'EXPERIENCES'
  /** Lettres d'information */
  | 'NEWSLETTERS'
  /** Ressources */
  | 'RESOURCES'
  /** Thématiques d'inspiration */
  | 'THEMES';

/** Nature d'une collectivité. */
export type LocalAuthorityKind =
  /** Commune */
  | 'COMMUNE'
  /** Département */
  | 'DEPARTEMENT'
  /** EPCI */
  | 'EPCI'
  /** Région */
  | 'REGION';

/** État d'un rattachement à une collectivité. */
export type MembershipStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REFUSED';

/** Décision d'un modérateur sur l'étape en cours. */
export type ModerationAction =
  /** Approuver l'étape (la dernière étape publie le contenu). */
  | 'APPROVE'
  /** Refuser définitivement, avec un commentaire. */
  | 'REJECT'
  /** Renvoyer à la collectivité avec des motifs et un commentaire. */
  | 'REQUEST_CHANGES';

/** Ce que l'abonné souhaite recevoir ; au moins une publication. */
export type NewsletterPreferencesInput = {
  /** L'agenda des événements. */
  agenda?: boolean | null | undefined;
  /** La lettre mensuelle (par défaut : oui). */
  newsletter?: boolean | null | undefined;
  /** Les nouvelles des projets partagés. */
  projectDigests?: boolean | null | undefined;
};

/** Où en est l'inscription d'une adresse. */
export type NewsletterSubscriptionStatus =
  | 'BOUNCED'
  | 'CONFIRMED'
  | 'NONE'
  | 'PENDING'
  | 'UNSUBSCRIBED';

/** Nature d'une organisation (hors collectivités). */
export type OrganisationKind =
  /** association */
  | 'ASSOCIATION'
  /** réseau */
  | 'NETWORK'
  /** autre */
  | 'OTHER'
  /** équipe de recherche */
  | 'RESEARCH_TEAM'
  /** service de l'État */
  | 'STATE_SERVICE';

/** État d'une demande pour agir au nom d'une organisation. */
export type OrganisationMembershipStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REFUSED';

/** Statut d'une organisation : en attente de vérification, vérifiée, de confiance (modération allégée) ou bloquée par l'ANCT. */
export type OrganisationStatus =
  /** bloquée */
  | 'BLOCKED'
  /** en attente */
  | 'PENDING'
  /** de confiance */
  | 'TRUSTED'
  /** vérifiée */
  | 'VERIFIED';

/** Filtres des ressources ; ils se cumulent. */
export type ResourceFilter = {
  /** Nature de la ressource. */
  resourceType?: ResourceType | null | undefined;
  /** Thématique (identifiant global `Theme.id`). */
  theme?: string | number | null | undefined;
};

/** Une ressource proposée par une collectivité. */
export type ResourceSubmissionInput = {
  /** Auteurs. */
  authors?: string | null | undefined;
  /** Récit : texte brut ou HTML selon `bodyFormat` ; le HTML est nettoyé. */
  body?: string | null | undefined;
  /** Format de `body` (TEXT par défaut). */
  bodyFormat?: BodyFormat | null | undefined;
  /** Le fichier de la ressource. */
  document?: DocumentUploadInput | null | undefined;
  /** Documents ajoutés à la suite du texte, dans l'ordre. */
  documents?: Array<DocumentUploadInput> | null | undefined;
  /** Lien vers la ressource (obligatoire sans fichier `document`). */
  externalUrl?: string | null | undefined;
  /** Image principale. */
  image?: ImageUploadInput | null | undefined;
  /** Galerie : images ajoutées à la suite du texte, dans l'ordre. */
  images?: Array<ImageUploadInput> | null | undefined;
  /** Votre collectivité (identifiant global `LocalAuthority.id`) ; facultatif si vous n'en représentez qu'une. */
  localAuthority?: string | number | null | undefined;
  /** Organisme auteur. */
  organisation?: string | null | undefined;
  /** Proposer au nom d'une organisation (identifiant global `Organisation.id`) plutôt que d'une collectivité : il faut en être membre approuvé, et l'organisation vérifiée et non bloquée. */
  organisationId?: string | number | null | undefined;
  /** Type : study, guide, tool, article ou video (obligatoire). */
  resourceType?: string | null | undefined;
  /** Résumé (obligatoire, 800 caractères au plus ; le HTML est retiré). */
  summary?: string | null | undefined;
  /** Types de territoire (identifiants globaux `TerritoryType.id`). */
  territoryTypes?: Array<string | number> | null | undefined;
  /** Thématiques (identifiants globaux `Theme.id`). */
  themes?: Array<string | number> | null | undefined;
  /** Titre (obligatoire, 255 caractères au plus ; le HTML est retiré). */
  title?: string | null | undefined;
};

/** Nature d'une ressource. */
export type ResourceType =
  /** Article */
  | 'ARTICLE'
  /** Guide */
  | 'GUIDE'
  /** Étude */
  | 'STUDY'
  /** Outil */
  | 'TOOL'
  /** Vidéo */
  | 'VIDEO';

/** Filtres de recherche (valeurs des facettes) ; les clés se cumulent, les valeurs d'une clé s'additionnent. */
export type SearchFilter = {
  /** Types, ex. « inspiration.ExperiencePage ». */
  contentType?: Array<string> | null | undefined;
  /** Codes de départements. */
  department?: Array<string> | null | undefined;
  /** Niveaux sur l'échelle d'Arnstein (1 à 8). */
  participationLevel?: Array<number> | null | undefined;
  /** Slugs de types de territoire. */
  territoryType?: Array<string> | null | undefined;
  /** Slugs de thématiques. */
  theme?: Array<string> | null | undefined;
  /** Années. */
  year?: Array<number> | null | undefined;
};

/** Ordre des résultats de recherche. */
export type SearchSort =
  | 'DATE'
  | 'RELEVANCE';

/** Statut d'un projet partagé. */
export type SharedProjectStatus =
  /** Abandonné */
  | 'CANCELLED'
  /** Terminé */
  | 'COMPLETED'
  /** En cours */
  | 'IN_PROGRESS'
  /** Inscriptions ouvertes */
  | 'RECRUITING';

/** Nature d'un lien du pied de page. */
export type SiteLinkKind =
  /** Déclaration d'accessibilité. */
  | 'ACCESSIBILITY'
  /** Mentions légales. */
  | 'LEGAL_NOTICE'
  /** Autre lien. */
  | 'OTHER'
  /** Données personnelles. */
  | 'PERSONAL_DATA';

/** Étape du cheminement d'un projet partagé. */
export type StageKind =
  /** Production et validation des plans d'action */
  | 'ACTION_PLANS'
  /** Cycle de créativité — convergence */
  | 'CREATIVITY_CONVERGENCE'
  /** Cycle de créativité — divergence et imagination */
  | 'CREATIVITY_DIVERGENCE'
  /** Cycle de créativité — objectifs et critères de réussite */
  | 'CREATIVITY_OBJECTIVES'
  /** Croisement des regards */
  | 'CROSSING_PERSPECTIVES'
  /** Diagnostic partagé */
  | 'DIAGNOSIS'
  /** Retours aux habitants */
  | 'FEEDBACK'
  /** L'étape d'après */
  | 'NEXT_STEP';

/** Avancement d'une étape. */
export type StageStatus =
  /** Terminée */
  | 'DONE'
  /** En cours */
  | 'IN_PROGRESS'
  /** À venir */
  | 'PLANNED';

/** Nature d'un fichier joint : image ou document. */
export type SubmissionFileKind =
  | 'DOCUMENT'
  | 'IMAGE';

/** Où est le fichier : MAIN = image principale ou fichier de la ressource ; BODY = à la suite du texte (galerie, documents). */
export type SubmissionFilePlace =
  | 'BODY'
  | 'MAIN';

/** Où en est une contribution. */
export type SubmissionStatus =
  /** Modifications demandées : à corriger puis à soumettre à nouveau. */
  | 'CHANGES_REQUESTED'
  /** Brouillon, pas encore soumis. */
  | 'DRAFT'
  /** En cours de relecture ou de modération. */
  | 'IN_REVIEW'
  /** Approuvé et publié. */
  | 'PUBLISHED'
  /** Refusé définitivement. */
  | 'REJECTED'
  /** Modération annulée. */
  | 'WITHDRAWN';

/** Les champs à changer (les autres restent tels quels). */
export type SubmissionUpdateInput = {
  /** Ressources : auteurs. */
  authors?: string | null | undefined;
  /** Récit : texte brut ou HTML selon `bodyFormat` ; le HTML est nettoyé. */
  body?: string | null | undefined;
  /** Format de `body` (TEXT par défaut). */
  bodyFormat?: BodyFormat | null | undefined;
  /** Ressources : le fichier (remplace l'actuel). */
  document?: DocumentUploadInput | null | undefined;
  /** Documents ajoutés à la suite du texte, dans l'ordre. */
  documents?: Array<DocumentUploadInput> | null | undefined;
  /** Ressources : lien. */
  externalUrl?: string | null | undefined;
  /** Image principale. */
  image?: ImageUploadInput | null | undefined;
  /** Galerie : images ajoutées à la suite du texte, dans l'ordre. */
  images?: Array<ImageUploadInput> | null | undefined;
  /** Votre collectivité (identifiant global `LocalAuthority.id`) ; facultatif si vous n'en représentez qu'une. */
  localAuthority?: string | number | null | undefined;
  /** Ressources : organisme auteur. */
  organisation?: string | null | undefined;
  /** Expériences : niveau de participation (1 à 8). */
  participationLevel?: number | null | undefined;
  /** Fichiers à retirer de la contribution (`SubmissionFile.id` lus dans `files`) ; un fichier qui n'y est pas joint est refusé (FILE_NOT_IN_SUBMISSION). */
  removeFileIds?: Array<string | number> | null | undefined;
  /** Ressources : type. */
  resourceType?: string | null | undefined;
  /** Résumé (obligatoire, 800 caractères au plus ; le HTML est retiré). */
  summary?: string | null | undefined;
  /** Types de territoire (identifiants globaux `TerritoryType.id`). */
  territoryTypes?: Array<string | number> | null | undefined;
  /** Thématiques (identifiants globaux `Theme.id`). */
  themes?: Array<string | number> | null | undefined;
  /** Titre (obligatoire, 255 caractères au plus ; le HTML est retiré). */
  title?: string | null | undefined;
};

/** Statut d'une proposition de thème. */
export type ThemeProposalStatus =
  /** Ouverte au vote */
  | 'APPROVED'
  /** Refusée */
  | 'REJECTED'
  /** Retenue pour un projet partagé */
  | 'SELECTED'
  /** Proposée, en attente de modération */
  | 'SUBMITTED';

/** État d'une campagne de vote : à venir, ouverte ou close. */
export type VotingCampaignStatus =
  /** Fermer */
  | 'CLOSED'
  /** Ouverte */
  | 'OPEN'
  /** À venir */
  | 'UPCOMING';

export type AgendaCalendarQueryVariables = Exact<{
  upcoming?: boolean | null | undefined;
}>;


export type AgendaCalendarQuery = { eventsCalendar: string };

export type AgentSpaceQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentSpaceQuery = { me: { username: string, firstName: string, lastName: string, localAuthorities: Array<{ id: string, name: string, code: string, kind: LocalAuthorityKind }>, memberships: Array<{ status: MembershipStatus, isReferent: boolean, requestedAt: string, decidedAt: string | null, refusalReason: string | null, localAuthority: { id: string, name: string, kind: LocalAuthorityKind } }>, submissions: Array<{ id: string, title: string, contentType: string, status: SubmissionStatus, currentTask: string | null, latestRevisionId: string | null, live: boolean, localAuthority: { name: string } | null, comments: Array<{ task: string, status: string, author: string, comment: string, reasons: Array<string>, createdAt: string | null }> }>, ballots: Array<{ votesLeft: number | null, localAuthority: { id: string, name: string }, campaign: { id: string }, myVotes: Array<{ id: string }> }> } | null, themeRanking: Array<{ rank: number, votes: number, proposal: { id: string, title: string, description: string, localAuthority: { name: string } | null, campaign: { id: string, title: string, voteLimit: number, closesAt: string, status: VotingCampaignStatus } | null } }>, sharedProjects: { edges: Array<{ node: { id: string, title: string, urlPath: string, participantCapacity: number, participants: Array<{ id: string, name: string }>, observers: Array<{ id: string, name: string }>, waitingList: Array<{ id: string, name: string }> } }> } };

export type AutocompleteQueryVariables = Exact<{
  prefix: string;
  first?: number | null | undefined;
}>;


export type AutocompleteQuery = { autocomplete: Array<{ title: string, urlPath: string, contentType: string }> };

export type CommunityThreadQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CommunityThreadQuery = { communityThread: { id: string, kind: CommunityThreadKind, title: string, visibility: CommunityThreadVisibility, resolved: boolean, resolvedAt: string | null, createdAt: string, viewerCanReply: boolean, viewerCanMarkResolved: boolean, project: { id: string, title: string, slug: string }, stage: { title: string } | null, journalEntry: { title: string, urlPath: string } | null, author: { name: string, role: CommunityRole, localAuthority: { name: string } | null }, messages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string | null, hidden: boolean, hiddenReason: string | null, createdAt: string, editedAt: string | null, editCount: number, replyTo: string | null, viewerCanEdit: boolean, inReplyTo: { id: string, body: string | null, hidden: boolean, author: { name: string, localAuthority: { name: string } | null } } | null, author: { name: string, role: CommunityRole, localAuthority: { name: string } | null }, mentions: Array<{ label: string }>, attachments: Array<{ id: string, title: string, name: string, url: string, isImage: boolean, contentType: string, size: number }> } }> } } | null };

export type CommunityThreadsQueryVariables = Exact<{
  slug: string;
  kind?: CommunityThreadKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CommunityThreadsQuery = { communityNotifications: CommunityNotificationFrequency | null, sharedProject: { id: string, title: string, slug: string, urlPath: string, stages: Array<{ id: string, title: string, kind: StageKind, status: StageStatus }> } | null, communityStanding: { role: CommunityRole, canRead: boolean, canPost: boolean, moderates: boolean, feedUrl: string | null, localAuthorities: Array<{ id: string, name: string }> } | null, communityThreads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: CommunityThreadKind, title: string, visibility: CommunityThreadVisibility, resolved: boolean, messageCount: number, lastActivityAt: string, stage: { title: string } | null, author: { name: string, role: CommunityRole, localAuthority: { name: string } | null } } }> } | null };

export type ConceptListingQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConceptListingQuery = { concepts: { totalCount: number, edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, author: string, year: number | null } }> } };

export type ConsumeEmailSignInMutationVariables = Exact<{
  token: string;
}>;


export type ConsumeEmailSignInMutation = { consumeEmailSignIn: { token: string | null, expiresAt: string | null, notices: Array<string>, errors: Array<{ field: string | null, code: string, message: string }>, me: { username: string, firstName: string, lastName: string } | null } };

export type DeclareOrganisationMutationVariables = Exact<{
  name: string;
  kind: OrganisationKind;
  siren?: string | null | undefined;
  message?: string | null | undefined;
}>;


export type DeclareOrganisationMutation = { declareOrganisation: { created: boolean | null, errors: Array<{ field: string | null, code: string, message: string }>, membership: { status: OrganisationMembershipStatus, organisation: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus } } | null } };

export type EditMessageMutationVariables = Exact<{
  message: string | number;
  body: string;
}>;


export type EditMessageMutation = { editMessage: { errors: Array<{ field: string | null, code: string, message: string }>, message: { id: string, body: string | null, editedAt: string | null, editCount: number } | null } | null };

export type EditSubmissionQueryVariables = Exact<{
  id: string | number;
}>;


export type EditSubmissionQuery = { node:
    | { id: string, title: string, contentType: string, status: SubmissionStatus, statusLabel: string, latestRevisionId: string | null, summary: string | null, body: string | null, participationLevel: number | null, resourceType: string | null, externalUrl: string | null, resourceOrganisation: string | null, authors: string | null, files: Array<{ id: string, kind: SubmissionFileKind, place: SubmissionFilePlace, title: string, fileName: string, altText: string | null, caption: string | null }>, changesRequested: { task: string, author: string, comment: string, reasons: Array<string>, reasonCodes: Array<ChangeReason>, createdAt: string | null } | null }
    | Record<PropertyKey, never>
   | null };

export type EngagementProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type EngagementProgrammeQuery = { engagementProgramme: Array<{ year: number, entering: number, accompanied: number }> };

export type EnrollMutationVariables = Exact<{
  project: string | number;
  role: EnrollmentRole;
  localAuthority?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type EnrollMutation = { enroll: { errors: Array<{ field: string | null, code: string, message: string }>, enrollment: { id: string, role: EnrollmentRole, status: EnrollmentStatus, waitingRank: number | null, localAuthority: { name: string } } | null } | null };

export type EraseMyNewsletterDataMutationVariables = Exact<{ [key: string]: never; }>;


export type EraseMyNewsletterDataMutation = { eraseMyNewsletterData: { errors: Array<{ field: string | null, code: string, message: string }>, subscription: { status: NewsletterSubscriptionStatus } | null } | null };

export type EventCalendarQueryVariables = Exact<{
  urlPath: string;
}>;


export type EventCalendarQuery = { page:
    | { title: string, urlPath: string, startsAt: string, endsAt: string, timeZoneName: string, icalendar: string }
    | Record<PropertyKey, never>
   | null };

export type EventListQueryVariables = Exact<{
  upcoming: boolean;
  past: boolean;
  first: number;
  after?: string | null | undefined;
}>;


export type EventListQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, localStart: string, localEnd: string, timeZone: InspirationEventPageTimeZoneChoices, format: EventFormat, city: string, organiser: string, image: { alt: string, rendition: { url: string, width: number, height: number } | null } | null } }> } };

export type ExperienceDetailQueryVariables = Exact<{
  urlPath: string;
}>;


export type ExperienceDetailQuery = { page:
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { summary: string, periodStart: string | null, periodEnd: string | null, actors: string, contactName: string, contactRole: string, contactEmail: string, id: string, title: string, seoTitle: string, searchDescription: string, participationLevel: { level: number, label: string }, results: { html: string }, localAuthorities: Array<{ id: string, name: string, code: string, kind: LocalAuthorityKind, population: number | null }>, themes: Array<{ id: string, name: string, slug: string }>, territoryTypes: Array<{ id: string, name: string }>, image: { alt: string, focalPoint: { x: number, y: number, width: number, height: number } | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction' }
        | { __typename: 'BodyDocument' }
        | { __typename: 'BodyEmbed' }
        | { __typename: 'BodyFaq' }
        | { __typename: 'BodyImage', image: { caption: string | null, credit: string | null, altText: string | null, image: { rendition: { url: string } | null } | null } }
        | { __typename: 'BodyKeyFigures', keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', quote: { quote: string | null, author: string | null, role: string | null } }
      >, sources: Array<{ url: string | null, page:
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
          | { urlPath: string }
         | null }>, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { id: string, title: string, seoTitle: string, searchDescription: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
   | null };

export type ExperienceListQueryVariables = Exact<{
  filter?: ExperienceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExperienceListQuery = { experiences: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, urlPath: string, summary: string, firstPublishedAt: string | null, participationLevel: { level: number, label: string }, themes: Array<{ id: string, name: string, slug: string }>, territoryTypes: Array<{ id: string, name: string, slug: string }>, localAuthorities: Array<{ id: string, name: string, code: string, kind: LocalAuthorityKind, department: { id: string, name: string, code: string } | null }>, image: { alt: string, rendition: { url: string, width: number, height: number } | null } | null } }> }, themes: Array<{ id: string, name: string, slug: string }>, territoryTypes: Array<{ id: string, name: string, slug: string }> };

export type ExperienceListingQueryVariables = Exact<{
  filter?: ExperienceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExperienceListingQuery = { experiences: { totalCount: number, edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }> }, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, experienceDepartments: Array<{ name: string, code: string }>, participationLevels: Array<{ level: number, label: string }> };

export type HideMessageMutationVariables = Exact<{
  message: string | number;
  reason: string;
}>;


export type HideMessageMutation = { hideMessage: { errors: Array<{ field: string | null, code: string, message: string }>, message: { id: string, hidden: boolean, hiddenReason: string | null } | null } | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { page:
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, intro: { html: string }, body: Array<
        | { __typename: 'BodyCallToAction', callToAction: { title: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument' }
        | { __typename: 'BodyEmbed' }
        | { __typename: 'BodyFaq' }
        | { __typename: 'BodyImage' }
        | { __typename: 'BodyKeyFigures' }
        | { __typename: 'BodyParagraph', paragraph: { html: string } | null }
        | { __typename: 'BodyQuote' }
      >, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
    | { id: string, title: string, seoTitle: string, searchDescription: string, children: { totalCount: number, edges: Array<{ node:
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
            | { id: string, title: string, urlPath: string, contentType: string }
           }> } }
   | null, inspirationThemes: { edges: Array<{ node: { title: string, urlPath: string, month: string, principle: string } }> }, events: { edges: Array<{ node: { title: string, localStart: string, urlPath: string } }> }, sharedProjects: { edges: Array<{ node: { title: string, urlPath: string, status: SharedProjectStatus } }> } };

export type HomeHighlightsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeHighlightsQuery = { inspirationThemes: { edges: Array<{ node: { principle: string, nextThemeTitle: string, nextThemeMonth: string | null, id: string, title: string, urlPath: string, month: string, summary: string, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }> }, experiences: { totalCount: number, edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }> }, events: { edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, localStart: string, format: EventFormat, city: string } }> }, sharedProjects: { edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, status: SharedProjectStatus } }> }, votingCampaigns: Array<{ id: string, title: string, description: string, opensAt: string, closesAt: string, status: VotingCampaignStatus }>, themeProposals: Array<{ id: string, title: string, description: string, voteCount: number, localAuthority: { name: string } | null }>, sections: { edges: Array<{ node:
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { section: InspirationSection | null, urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
       }> }, sharedProjectIndexes: { edges: Array<{ node:
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
        | { urlPath: string, title: string }
       }> } };

export type LocalAuthoritySearchQueryVariables = Exact<{
  search: string;
}>;


export type LocalAuthoritySearchQuery = { localAuthorities: { edges: Array<{ node: { id: string, name: string, code: string, kind: LocalAuthorityKind, department: { name: string } | null } }> } };

export type MarkResolvedMutationVariables = Exact<{
  thread: string | number;
  resolved?: boolean | null | undefined;
}>;


export type MarkResolvedMutation = { markResolved: { errors: Array<{ field: string | null, code: string, message: string }>, thread: { id: string, resolved: boolean, resolvedAt: string | null } | null } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, submissions: Array<{ id: string, title: string, contentType: string, status: SubmissionStatus, currentTask: string | null, latestRevisionId: string | null, live: boolean, comments: Array<{ task: string, status: string, author: string, comment: string, reasons: Array<string>, createdAt: string | null }>, history: Array<{ action: string, label: string, user: string | null, timestamp: string }> }>, moderationQueue: Array<{ id: string, title: string, currentTask: string | null, localAuthority: { name: string } | null }> } | null };

export type ModerateMutationVariables = Exact<{
  submission: string | number;
  action: ModerationAction;
  comment?: string | null | undefined;
  reasons?: Array<ChangeReason> | ChangeReason | null | undefined;
}>;


export type ModerateMutation = { moderate: { errors: Array<{ field: string | null, code: string, message: string }>, submission: { id: string, status: SubmissionStatus, currentTask: string | null, live: boolean } | null } | null };

export type MyNewsletterQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNewsletterQuery = { myNewsletterSubscription: { email: string, status: NewsletterSubscriptionStatus, confirmationNeeded: boolean, consentAt: string | null, consentSource: string | null, preferences: { newsletter: boolean, projectDigests: boolean, agenda: boolean, subscribed: boolean } | null } | null };

export type MyNewsletterExportQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNewsletterExportQuery = { myNewsletterSubscription: { export: string } | null };

export type MyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationsQuery = { me: { organisations: Array<{ id: string, name: string, kind: OrganisationKind, status: OrganisationStatus }>, organisationMemberships: Array<{ status: OrganisationMembershipStatus, requestedAt: string, refusalReason: string | null, organisation: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus } }> } | null };

export type MySubmissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySubmissionsQuery = { me: { submissions: Array<{ id: string, title: string, contentType: string, status: SubmissionStatus, statusLabel: string, currentTask: string | null, latestRevisionId: string | null, live: boolean, localAuthority: { name: string, code: string } | null, changesRequested: { task: string, status: string, statusLabel: string, author: string, comment: string, reasons: Array<string>, reasonCodes: Array<ChangeReason>, createdAt: string | null } | null, comments: Array<{ task: string, status: string, statusLabel: string, author: string, comment: string, reasons: Array<string>, reasonCodes: Array<ChangeReason>, createdAt: string | null }> }> } | null };

export type NewsletterQueryVariables = Exact<{ [key: string]: never; }>;


export type NewsletterQuery = { newsletters: { edges: Array<{ node: { title: string, editionNumber: number, editionMonth: string, summary: string, sections: Array<
          | { __typename: 'NewsletterSectionAgenda', agenda: { title: string | null, events: Array<
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { localStart: string, title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
              > } }
          | { __typename: 'NewsletterSectionCallToAction' }
          | { __typename: 'NewsletterSectionConceptOfTheMonth', conceptOfTheMonth: { concept:
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
               | null, text: { html: string } | null } }
          | { __typename: 'NewsletterSectionEcosystemNews', ecosystemNews: { title: string | null, items: Array<{ title: string | null, text: { html: string } | null }> } }
          | { __typename: 'NewsletterSectionFeaturedPages', featuredPages: { title: string | null, intro: string | null, pages: Array<
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
                | { title: string, urlPath: string, contentType: string }
              > } }
          | { __typename: 'NewsletterSectionIntro', intro: { html: string } | null }
          | { __typename: 'NewsletterSectionNextThemeCall', nextThemeCall: { nextTheme: string | null, month: string | null, text: { html: string } | null } }
          | { __typename: 'NewsletterSectionThemeOfTheMonth', themeOfTheMonth: { theme:
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
                | { title: string, urlPath: string }
               | null, text: { html: string } | null } }
        > } }> } };

export type NewsletterConfirmMutationVariables = Exact<{
  token: string;
}>;


export type NewsletterConfirmMutation = { confirmSubscription: { managementToken: string | null, errors: Array<{ field: string | null, code: string, message: string }>, preferences: { newsletter: boolean, projectDigests: boolean, agenda: boolean, subscribed: boolean } | null } | null };

export type NewsletterListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type NewsletterListQuery = { newsletters: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, urlPath: string, editionNumber: number, editionMonth: string, summary: string } }> } };

export type NewsletterPreferencesMutationVariables = Exact<{
  token: string;
  preferences: NewsletterPreferencesInput;
}>;


export type NewsletterPreferencesMutation = { updateSubscriptionPreferences: { errors: Array<{ field: string | null, code: string, message: string }>, preferences: { newsletter: boolean, projectDigests: boolean, agenda: boolean, subscribed: boolean } | null } | null };

export type NewsletterSubscribeMutationVariables = Exact<{
  email: string;
  preferences?: NewsletterPreferencesInput | null | undefined;
  source?: string | null | undefined;
}>;


export type NewsletterSubscribeMutation = { subscribeNewsletter: { message: string | null, errors: Array<{ field: string | null, code: string, message: string }> } | null };

export type NewsletterUnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type NewsletterUnsubscribeMutation = { unsubscribe: { errors: Array<{ field: string | null, code: string, message: string }>, preferences: { newsletter: boolean, projectDigests: boolean, agenda: boolean, subscribed: boolean } | null } | null };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Action', id: string }
    | { __typename: 'ActionPlanPage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'CommunityMessage', id: string }
    | { __typename: 'CommunityThread', id: string }
    | { __typename: 'ConceptLevel', id: string }
    | { __typename: 'ConceptPage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'EngagementMilestone', id: string }
    | { __typename: 'EngagementReview', id: string }
    | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'EngagementTrackPage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'EngagementYearlyPlan', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'EventPage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'ExperiencePage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'HomePage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'Image', id: string }
    | { __typename: 'InspirationIndexPage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'InspirationThemePage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'JournalEntryPage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'LocalAuthority', name: string, code: string, kind: LocalAuthorityKind, id: string }
    | { __typename: 'NewsletterPage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'ResourcePage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'SharedProjectExpert', id: string }
    | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'SharedProjectPage', title: string, urlPath: string, contentType: string, id: string }
    | { __typename: 'SharedProjectStage', id: string }
    | { __typename: 'Submission', id: string }
    | { __typename: 'TerritoryType', id: string }
    | { __typename: 'Theme', name: string, slug: string, id: string }
    | { __typename: 'ThemeProposal', id: string }
    | { __typename: 'VotingCampaign', id: string }
   | null };

export type OpenThreadMutationVariables = Exact<{
  project: string | number;
  kind: CommunityThreadKind;
  title: string;
  body: string;
  visibility?: CommunityThreadVisibility | null | undefined;
  stage?: string | number | null | undefined;
  localAuthority?: string | number | null | undefined;
  attachments?: Array<CommunityAttachmentInput> | CommunityAttachmentInput | null | undefined;
}>;


export type OpenThreadMutation = { openThread: { errors: Array<{ field: string | null, code: string, message: string }>, thread: { id: string, title: string } | null } | null };

export type PageByPathQueryVariables = Exact<{
  urlPath: string;
}>;


export type PageByPathQuery = { page:
    | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, adoptionDate: string | null, deliberationReference: string, progress: number | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, localAuthority: { name: string, kind: LocalAuthorityKind }, objectives: { html: string }, successCriteria: { html: string }, actions: Array<{ id: string, title: string, description: string, owner: string, deadline: string | null, indicator: string, progress: number, status: ActionStatus }>, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, parent:
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
       | null }
    | { __typename: 'ConceptPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, author: string, year: number | null, furtherReadingUrl: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, themes: Array<{ name: string, slug: string }>, levels: Array<{ rank: number, name: string, group: string, description: string }>, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      > }
    | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, intro: { html: string }, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, children: { totalCount: number, edges: Array<{ node:
            | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string }
            | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackPage', summary: string, endDate: string | null, id: string, title: string, urlPath: string, trackStartDate: string, localAuthority: { name: string, kind: LocalAuthorityKind } }
            | { __typename: 'EventPage', id: string, title: string, urlPath: string }
            | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
            | { __typename: 'HomePage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
            | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string }
            | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
            | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string }
           }> } }
    | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, endDate: string | null, charterSignedOn: string | null, localContact: string, steeringBody: string, trackStartDate: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, localAuthority: { name: string, kind: LocalAuthorityKind, department: { name: string } | null }, yearlyPlans: Array<{ yearNumber: number, training: string, projects: string, fieldSupport: string, budget: number }>, milestones: Array<{ date: string, title: string, deliverable: string, done: boolean }>, reviews: Array<{ date: string, summary: string, kind: string }>, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      > }
    | { __typename: 'EventPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, start: string, end: string, timeZone: InspirationEventPageTimeZoneChoices, localStart: string, localEnd: string, format: EventFormat, organiser: string, placeName: string, address: string, city: string, onlineUrl: string, registrationUrl: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      > }
    | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, periodStart: string | null, periodEnd: string | null, actors: string, contactName: string, contactRole: string, contactEmail: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, participationLevel: { level: number, label: string }, results: { html: string }, proposedBy: { name: string, kind: OrganisationKind } | null, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind, population: number | null, department: { name: string, code: string } | null }>, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, sources: Array<{ url: string | null, page:
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
         | null }> }
    | { __typename: 'HomePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, intro: { html: string }, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, section: InspirationSection | null, intro: { html: string }, children: { totalCount: number, edges: Array<{ node:
            | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string }
            | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string }
            | { __typename: 'EventPage', id: string, title: string, urlPath: string }
            | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
            | { __typename: 'HomePage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
            | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string }
            | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
            | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string }
           }> }, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, month: string, summary: string, principle: string, nextThemeTitle: string, nextThemeMonth: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, callForContributions: { html: string }, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, featuredExperiences: Array<{ id: string, title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredResources: Array<{ id: string, title: string, urlPath: string, summary: string, resourceType: ResourceType, organisation: string, publicationDate: string | null, externalUrl: string, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredEvents: Array<{ id: string, title: string, urlPath: string, summary: string, localStart: string, format: EventFormat, city: string }> }
    | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, date: string, summary: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, stage: { kind: StageKind, title: string } | null, authorAuthority: { name: string } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, parent:
        | { __typename: 'ActionPlanPage', title: string, urlPath: string }
        | { __typename: 'ConceptPage', title: string, urlPath: string }
        | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string }
        | { __typename: 'EngagementTrackPage', title: string, urlPath: string }
        | { __typename: 'EventPage', title: string, urlPath: string }
        | { __typename: 'ExperiencePage', title: string, urlPath: string }
        | { __typename: 'HomePage', title: string, urlPath: string }
        | { __typename: 'InspirationIndexPage', title: string, urlPath: string }
        | { __typename: 'InspirationThemePage', title: string, urlPath: string }
        | { __typename: 'JournalEntryPage', title: string, urlPath: string }
        | { __typename: 'NewsletterPage', title: string, urlPath: string }
        | { __typename: 'ResourcePage', title: string, urlPath: string }
        | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string }
        | { __typename: 'SharedProjectPage', journalFeedUrl: string, title: string, urlPath: string }
       | null }
    | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, editionNumber: number, editionMonth: string, summary: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, sections: Array<
        | { __typename: 'NewsletterSectionAgenda', id: string, agenda: { title: string | null, events: Array<
              | { __typename: 'ActionPlanPage', title: string, urlPath: string }
              | { __typename: 'ConceptPage', title: string, urlPath: string }
              | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string }
              | { __typename: 'EngagementTrackPage', title: string, urlPath: string }
              | { __typename: 'EventPage', localStart: string, localEnd: string, timeZone: InspirationEventPageTimeZoneChoices, format: EventFormat, city: string, title: string, urlPath: string }
              | { __typename: 'ExperiencePage', title: string, urlPath: string }
              | { __typename: 'HomePage', title: string, urlPath: string }
              | { __typename: 'InspirationIndexPage', title: string, urlPath: string }
              | { __typename: 'InspirationThemePage', title: string, urlPath: string }
              | { __typename: 'JournalEntryPage', title: string, urlPath: string }
              | { __typename: 'NewsletterPage', title: string, urlPath: string }
              | { __typename: 'ResourcePage', title: string, urlPath: string }
              | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string }
              | { __typename: 'SharedProjectPage', title: string, urlPath: string }
            > } }
        | { __typename: 'NewsletterSectionCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'NewsletterSectionConceptOfTheMonth', id: string, conceptOfTheMonth: { concept:
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
             | null, text: { html: string } | null } }
        | { __typename: 'NewsletterSectionEcosystemNews', id: string, ecosystemNews: { title: string | null, items: Array<{ title: string | null, text: { html: string } | null, image: { alt: string, rendition: { url: string, width: number, height: number } | null } | null }> } }
        | { __typename: 'NewsletterSectionFeaturedPages', id: string, featuredPages: { title: string | null, intro: string | null, pages: Array<
              | { __typename: 'ActionPlanPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'ConceptPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'EngagementTrackPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'EventPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'ExperiencePage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'HomePage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'InspirationIndexPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'InspirationThemePage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'JournalEntryPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'NewsletterPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'ResourcePage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'SharedProjectPage', title: string, urlPath: string, searchDescription: string }
            > } }
        | { __typename: 'NewsletterSectionIntro', id: string, intro: { html: string } | null }
        | { __typename: 'NewsletterSectionNextThemeCall', id: string, nextThemeCall: { nextTheme: string | null, month: string | null, text: { html: string } | null, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                 | null } | null } | null } }
        | { __typename: 'NewsletterSectionThemeOfTheMonth', id: string, themeOfTheMonth: { theme:
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
             | null, text: { html: string } | null } }
      > }
    | { __typename: 'ResourcePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, resourceType: ResourceType, organisation: string, authors: string, publicationDate: string | null, externalUrl: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, proposedBy: { name: string, kind: OrganisationKind } | null, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      > }
    | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, intro: { html: string }, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, children: { totalCount: number, edges: Array<{ node:
            | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string }
            | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string }
            | { __typename: 'EventPage', id: string, title: string, urlPath: string }
            | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
            | { __typename: 'HomePage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
            | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string }
            | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
            | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectPage', summary: string, status: SharedProjectStatus, participantCapacity: number, startDate: string | null, endDate: string | null, id: string, title: string, urlPath: string, theme: { name: string }, currentStage: { title: string } | null, participants: Array<{ name: string }> }
           }> } }
    | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, status: SharedProjectStatus, participantCapacity: number, startDate: string | null, endDate: string | null, journalFeedUrl: string, actionPlansProgress: number | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, theme: { name: string, slug: string }, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, stages: Array<{ id: string, kind: StageKind, title: string, status: StageStatus, startDate: string | null, endDate: string | null, description: string }>, currentStage: { id: string } | null, experts: Array<{ name: string, organisation: string, role: string }>, participants: Array<{ name: string, kind: LocalAuthorityKind, department: { name: string } | null }>, observers: Array<{ name: string, kind: LocalAuthorityKind }>, waitingList: Array<{ name: string, kind: LocalAuthorityKind }>, children: { edges: Array<{ node:
            | { __typename: 'ActionPlanPage', summary: string, progress: number | null, adoptionDate: string | null, id: string, title: string, urlPath: string, localAuthority: { name: string } }
            | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string }
            | { __typename: 'EventPage', id: string, title: string, urlPath: string }
            | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
            | { __typename: 'HomePage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
            | { __typename: 'JournalEntryPage', date: string, summary: string, id: string, title: string, urlPath: string, stage: { title: string } | null, authorAuthority: { name: string } | null }
            | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
            | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string }
           }> } }
   | null };

export type PostJournalEntryMutationVariables = Exact<{
  project: string | number;
  title: string;
  summary: string;
  body?: string | null | undefined;
  localAuthority?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type PostJournalEntryMutation = { postJournalEntry: { errors: Array<{ field: string | null, code: string, message: string }>, entry: { id: string, title: string, urlPath: string } | null } | null };

export type PreviewQueryVariables = Exact<{
  token: string;
}>;


export type PreviewQuery = { page:
    | { summary: string, id: string, title: string, contentType: string, urlPath: string, localAuthority: { name: string }, actions: Array<{ title: string, status: ActionStatus, progress: number }> }
    | { id: string, title: string, contentType: string, urlPath: string }
    | { id: string, title: string, contentType: string, urlPath: string }
    | { id: string, title: string, contentType: string, urlPath: string }
    | { id: string, title: string, contentType: string, urlPath: string }
    | { summary: string, id: string, title: string, contentType: string, urlPath: string }
    | { id: string, title: string, contentType: string, urlPath: string }
    | { id: string, title: string, contentType: string, urlPath: string }
    | { id: string, title: string, contentType: string, urlPath: string }
    | { id: string, title: string, contentType: string, urlPath: string }
    | { id: string, title: string, contentType: string, urlPath: string }
    | { id: string, title: string, contentType: string, urlPath: string }
    | { id: string, title: string, contentType: string, urlPath: string }
    | { id: string, title: string, contentType: string, urlPath: string }
   | null };

export type PreviewPageQueryVariables = Exact<{
  token: string;
}>;


export type PreviewPageQuery = { page:
    | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, adoptionDate: string | null, deliberationReference: string, progress: number | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, localAuthority: { name: string, kind: LocalAuthorityKind }, objectives: { html: string }, successCriteria: { html: string }, actions: Array<{ id: string, title: string, description: string, owner: string, deadline: string | null, indicator: string, progress: number, status: ActionStatus }>, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, parent:
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
       | null }
    | { __typename: 'ConceptPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, author: string, year: number | null, furtherReadingUrl: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, themes: Array<{ name: string, slug: string }>, levels: Array<{ rank: number, name: string, group: string, description: string }>, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      > }
    | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, intro: { html: string }, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, children: { totalCount: number, edges: Array<{ node:
            | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string }
            | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackPage', summary: string, endDate: string | null, id: string, title: string, urlPath: string, trackStartDate: string, localAuthority: { name: string, kind: LocalAuthorityKind } }
            | { __typename: 'EventPage', id: string, title: string, urlPath: string }
            | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
            | { __typename: 'HomePage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
            | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string }
            | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
            | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string }
           }> } }
    | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, endDate: string | null, charterSignedOn: string | null, localContact: string, steeringBody: string, trackStartDate: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, localAuthority: { name: string, kind: LocalAuthorityKind, department: { name: string } | null }, yearlyPlans: Array<{ yearNumber: number, training: string, projects: string, fieldSupport: string, budget: number }>, milestones: Array<{ date: string, title: string, deliverable: string, done: boolean }>, reviews: Array<{ date: string, summary: string, kind: string }>, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      > }
    | { __typename: 'EventPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, start: string, end: string, timeZone: InspirationEventPageTimeZoneChoices, localStart: string, localEnd: string, format: EventFormat, organiser: string, placeName: string, address: string, city: string, onlineUrl: string, registrationUrl: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      > }
    | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, periodStart: string | null, periodEnd: string | null, actors: string, contactName: string, contactRole: string, contactEmail: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, participationLevel: { level: number, label: string }, results: { html: string }, proposedBy: { name: string, kind: OrganisationKind } | null, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind, population: number | null, department: { name: string, code: string } | null }>, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, sources: Array<{ url: string | null, page:
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
          | { title: string, urlPath: string }
         | null }> }
    | { __typename: 'HomePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, intro: { html: string }, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, section: InspirationSection | null, intro: { html: string }, children: { totalCount: number, edges: Array<{ node:
            | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string }
            | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string }
            | { __typename: 'EventPage', id: string, title: string, urlPath: string }
            | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
            | { __typename: 'HomePage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
            | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string }
            | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
            | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string }
           }> }, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      > }
    | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, month: string, summary: string, principle: string, nextThemeTitle: string, nextThemeMonth: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, callForContributions: { html: string }, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, featuredExperiences: Array<{ id: string, title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredResources: Array<{ id: string, title: string, urlPath: string, summary: string, resourceType: ResourceType, organisation: string, publicationDate: string | null, externalUrl: string, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredEvents: Array<{ id: string, title: string, urlPath: string, summary: string, localStart: string, format: EventFormat, city: string }> }
    | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, date: string, summary: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, stage: { kind: StageKind, title: string } | null, authorAuthority: { name: string } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, parent:
        | { __typename: 'ActionPlanPage', title: string, urlPath: string }
        | { __typename: 'ConceptPage', title: string, urlPath: string }
        | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string }
        | { __typename: 'EngagementTrackPage', title: string, urlPath: string }
        | { __typename: 'EventPage', title: string, urlPath: string }
        | { __typename: 'ExperiencePage', title: string, urlPath: string }
        | { __typename: 'HomePage', title: string, urlPath: string }
        | { __typename: 'InspirationIndexPage', title: string, urlPath: string }
        | { __typename: 'InspirationThemePage', title: string, urlPath: string }
        | { __typename: 'JournalEntryPage', title: string, urlPath: string }
        | { __typename: 'NewsletterPage', title: string, urlPath: string }
        | { __typename: 'ResourcePage', title: string, urlPath: string }
        | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string }
        | { __typename: 'SharedProjectPage', journalFeedUrl: string, title: string, urlPath: string }
       | null }
    | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, editionNumber: number, editionMonth: string, summary: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, sections: Array<
        | { __typename: 'NewsletterSectionAgenda', id: string, agenda: { title: string | null, events: Array<
              | { __typename: 'ActionPlanPage', title: string, urlPath: string }
              | { __typename: 'ConceptPage', title: string, urlPath: string }
              | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string }
              | { __typename: 'EngagementTrackPage', title: string, urlPath: string }
              | { __typename: 'EventPage', localStart: string, localEnd: string, timeZone: InspirationEventPageTimeZoneChoices, format: EventFormat, city: string, title: string, urlPath: string }
              | { __typename: 'ExperiencePage', title: string, urlPath: string }
              | { __typename: 'HomePage', title: string, urlPath: string }
              | { __typename: 'InspirationIndexPage', title: string, urlPath: string }
              | { __typename: 'InspirationThemePage', title: string, urlPath: string }
              | { __typename: 'JournalEntryPage', title: string, urlPath: string }
              | { __typename: 'NewsletterPage', title: string, urlPath: string }
              | { __typename: 'ResourcePage', title: string, urlPath: string }
              | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string }
              | { __typename: 'SharedProjectPage', title: string, urlPath: string }
            > } }
        | { __typename: 'NewsletterSectionCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'NewsletterSectionConceptOfTheMonth', id: string, conceptOfTheMonth: { concept:
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
             | null, text: { html: string } | null } }
        | { __typename: 'NewsletterSectionEcosystemNews', id: string, ecosystemNews: { title: string | null, items: Array<{ title: string | null, text: { html: string } | null, image: { alt: string, rendition: { url: string, width: number, height: number } | null } | null }> } }
        | { __typename: 'NewsletterSectionFeaturedPages', id: string, featuredPages: { title: string | null, intro: string | null, pages: Array<
              | { __typename: 'ActionPlanPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'ConceptPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'EngagementTrackPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'EventPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'ExperiencePage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'HomePage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'InspirationIndexPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'InspirationThemePage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'JournalEntryPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'NewsletterPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'ResourcePage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string, searchDescription: string }
              | { __typename: 'SharedProjectPage', title: string, urlPath: string, searchDescription: string }
            > } }
        | { __typename: 'NewsletterSectionIntro', id: string, intro: { html: string } | null }
        | { __typename: 'NewsletterSectionNextThemeCall', id: string, nextThemeCall: { nextTheme: string | null, month: string | null, text: { html: string } | null, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                  | { urlPath: string }
                 | null } | null } | null } }
        | { __typename: 'NewsletterSectionThemeOfTheMonth', id: string, themeOfTheMonth: { theme:
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
              | { title: string, urlPath: string, searchDescription: string }
             | null, text: { html: string } | null } }
      > }
    | { __typename: 'ResourcePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, resourceType: ResourceType, organisation: string, authors: string, publicationDate: string | null, externalUrl: string, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, proposedBy: { name: string, kind: OrganisationKind } | null, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      > }
    | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, intro: { html: string }, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, children: { totalCount: number, edges: Array<{ node:
            | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string }
            | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string }
            | { __typename: 'EventPage', id: string, title: string, urlPath: string }
            | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
            | { __typename: 'HomePage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
            | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string }
            | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
            | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectPage', summary: string, status: SharedProjectStatus, participantCapacity: number, startDate: string | null, endDate: string | null, id: string, title: string, urlPath: string, theme: { name: string }, currentStage: { title: string } | null, participants: Array<{ name: string }> }
           }> } }
    | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, status: SharedProjectStatus, participantCapacity: number, startDate: string | null, endDate: string | null, journalFeedUrl: string, actionPlansProgress: number | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, theme: { name: string, slug: string }, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
                | { urlPath: string }
               | null } | null } }
        | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
        | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, stages: Array<{ id: string, kind: StageKind, title: string, status: StageStatus, startDate: string | null, endDate: string | null, description: string }>, currentStage: { id: string } | null, experts: Array<{ name: string, organisation: string, role: string }>, participants: Array<{ name: string, kind: LocalAuthorityKind, department: { name: string } | null }>, observers: Array<{ name: string, kind: LocalAuthorityKind }>, waitingList: Array<{ name: string, kind: LocalAuthorityKind }>, children: { edges: Array<{ node:
            | { __typename: 'ActionPlanPage', summary: string, progress: number | null, adoptionDate: string | null, id: string, title: string, urlPath: string, localAuthority: { name: string } }
            | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string }
            | { __typename: 'EventPage', id: string, title: string, urlPath: string }
            | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
            | { __typename: 'HomePage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
            | { __typename: 'JournalEntryPage', date: string, summary: string, id: string, title: string, urlPath: string, stage: { title: string } | null, authorAuthority: { name: string } | null }
            | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
            | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
            | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string }
           }> } }
   | null };

export type ProposeThemeMutationVariables = Exact<{
  title: string;
  description: string;
  localAuthority?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type ProposeThemeMutation = { proposeTheme: { errors: Array<{ field: string | null, code: string, message: string }>, proposal: { id: string, title: string, status: ThemeProposalStatus } | null } | null };

export type RedirectQueryVariables = Exact<{
  path: string;
}>;


export type RedirectQuery = { redirect: { oldPath: string, location: string, isPermanent: boolean, statusCode: number } | null };

export type RedirectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RedirectsQuery = { redirects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { oldPath: string, location: string, statusCode: number } }> } };

export type ReplyToThreadMutationVariables = Exact<{
  thread: string | number;
  body: string;
  replyTo?: string | number | null | undefined;
  localAuthority?: string | number | null | undefined;
  attachments?: Array<CommunityAttachmentInput> | CommunityAttachmentInput | null | undefined;
}>;


export type ReplyToThreadMutation = { reply: { errors: Array<{ field: string | null, code: string, message: string }>, message: { id: string, body: string | null } | null } | null };

export type ReportMessageMutationVariables = Exact<{
  message: string | number;
  reason: string;
}>;


export type ReportMessageMutation = { reportMessage: { reported: boolean | null, errors: Array<{ field: string | null, code: string, message: string }> } | null };

export type RequestEmailSignInMutationVariables = Exact<{
  email: string;
}>;


export type RequestEmailSignInMutation = { requestEmailSignIn: { sent: boolean | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type RequestMembershipMutationVariables = Exact<{
  localAuthority: string | number;
  message?: string | null | undefined;
}>;


export type RequestMembershipMutation = { requestMembership: { errors: Array<{ field: string | null, code: string, message: string }>, membership: { status: MembershipStatus, localAuthority: { name: string } } | null } };

export type RequestOrganisationMembershipMutationVariables = Exact<{
  organisation: string | number;
  message?: string | null | undefined;
}>;


export type RequestOrganisationMembershipMutation = { requestOrganisationMembership: { errors: Array<{ field: string | null, code: string, message: string }>, membership: { status: OrganisationMembershipStatus, organisation: { id: string, name: string } } | null } };

export type ResourceListingQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResourceListingQuery = { resources: { totalCount: number, edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, resourceType: ResourceType, organisation: string, publicationDate: string | null, externalUrl: string, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }> }, themes: Array<{ name: string, slug: string }> };

export type RestoreMessageMutationVariables = Exact<{
  message: string | number;
  reason: string;
}>;


export type RestoreMessageMutation = { restoreMessage: { errors: Array<{ field: string | null, code: string, message: string }>, message: { id: string, hidden: boolean, body: string | null } | null } | null };

export type SearchQueryVariables = Exact<{
  query: string;
  filter?: SearchFilter | null | undefined;
  sort?: SearchSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  spellcheck?: boolean | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, correctedQuery: string | null, expansions: Array<string>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, promotions: Array<{ title: string, url: string, description: string, page:
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
       | null }>, facets: { contentType: Array<{ value: string, label: string, count: number }>, theme: Array<{ value: string, label: string, count: number }>, territoryType: Array<{ value: string, label: string, count: number }>, department: Array<{ value: string, label: string, count: number }>, participationLevel: Array<{ value: string, label: string, count: number }>, year: Array<{ value: string, label: string, count: number }> }, edges: Array<{ cursor: string, node: { contentType: string, title: string, urlPath: string, highlights: { title: string, summary: string, excerpt: string } } }> } };

export type SearchStartQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchStartQuery = { themes: Array<{ name: string, slug: string }> };

export type SetCommunityNotificationsMutationVariables = Exact<{
  frequency: CommunityNotificationFrequency;
}>;


export type SetCommunityNotificationsMutation = { setCommunityNotifications: { frequency: CommunityNotificationFrequency | null, errors: Array<{ field: string | null, code: string, message: string }> } | null };

export type SharedProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type SharedProjectQuery = { sharedProject: { id: string, title: string, urlPath: string, summary: string, status: SharedProjectStatus, participantCapacity: number, startDate: string | null, endDate: string | null, theme: { name: string }, stages: Array<{ id: string, kind: StageKind, title: string, status: StageStatus, startDate: string | null, endDate: string | null, description: string }>, currentStage: { kind: StageKind, title: string } | null, experts: Array<{ name: string, organisation: string, role: string }>, participants: Array<{ id: string, name: string, code: string, kind: LocalAuthorityKind }>, observers: Array<{ id: string, name: string }>, waitingList: Array<{ id: string, name: string }> } | null, journalEntries: { totalCount: number, edges: Array<{ node: { id: string, title: string, date: string, summary: string, urlPath: string, stage: { id: string, kind: StageKind, title: string } | null, authorAuthority: { id: string, name: string } | null } }> }, actionPlans: { edges: Array<{ node: { id: string, title: string, progress: number | null, localAuthority: { id: string, name: string }, actions: Array<{ id: string, title: string, status: ActionStatus, progress: number, deadline: string | null }> } }> } };

export type SignInWithProConnectMutationVariables = Exact<{
  idToken: string;
  userinfo?: string | null | undefined;
}>;


export type SignInWithProConnectMutation = { signInWithProConnect: { token: string | null, expiresAt: string | null, notices: Array<string>, me: { username: string, firstName: string, lastName: string } | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { revoked: boolean | null, errors: Array<{ field: string | null, code: string, message: string }> } };

export type SiteLayoutQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteLayoutQuery = { siteSettings: { siteName: string, baseline: string, operator: string, contactEmail: string | null, accessibilityStatus: AccessibilityStatus, accessibilityStatusLabel: string, socialImage: { alt: string, rendition: { url: string, width: number, height: number } | null } | null, footerLinks: Array<{ kind: SiteLinkKind, label: string, url: string, urlPath: string | null, isExternal: boolean }>, legalLinks: Array<{ kind: SiteLinkKind, label: string, url: string, urlPath: string | null, isExternal: boolean }> }, menu: Array<{ title: string, urlPath: string, children: Array<{ title: string, urlPath: string }> }> };

export type SitemapQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SitemapQuery = { sitemap: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { urlPath: string, lastPublishedAt: string | null, contentType: string } }> } };

export type SubmitActionPlanMutationVariables = Exact<{
  project: string | number;
  title: string;
  summary: string;
  objectives: string;
  successCriteria?: string | null | undefined;
  actions?: Array<ActionInput> | ActionInput | null | undefined;
  localAuthority?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type SubmitActionPlanMutation = { submitActionPlan: { planId: string | null, inWorkflow: boolean | null, errors: Array<{ field: string | null, code: string, message: string }> } | null };

export type SubmitExperienceMutationVariables = Exact<{
  input: ExperienceSubmissionInput;
  idempotencyKey?: string | null | undefined;
}>;


export type SubmitExperienceMutation = { submitExperience: { errors: Array<{ field: string | null, code: string, message: string }>, submission: { id: string, title: string, status: SubmissionStatus, statusLabel: string, currentTask: string | null, latestRevisionId: string | null, localAuthority: { name: string, code: string } | null } | null } | null };

export type SubmitResourceMutationVariables = Exact<{
  input: ResourceSubmissionInput;
  idempotencyKey?: string | null | undefined;
}>;


export type SubmitResourceMutation = { submitResource: { errors: Array<{ field: string | null, code: string, message: string }>, submission: { id: string, title: string, status: SubmissionStatus, statusLabel: string, currentTask: string | null, latestRevisionId: string | null, localAuthority: { name: string, code: string } | null, organisation: { name: string } | null } | null } | null };

export type SubscribeMyNewsletterMutationVariables = Exact<{
  preferences?: NewsletterPreferencesInput | null | undefined;
}>;


export type SubscribeMyNewsletterMutation = { subscribeMyNewsletter: { errors: Array<{ field: string | null, code: string, message: string }>, subscription: { status: NewsletterSubscriptionStatus, confirmationNeeded: boolean } | null } | null };

export type TaxonomyQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomyQuery = { themes: Array<{ id: string, slug: string }>, territoryTypes: Array<{ id: string, slug: string }> };

export type ThemeCallQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeCallQuery = { votingCampaigns: Array<{ id: string, title: string, description: string, opensAt: string, closesAt: string, status: VotingCampaignStatus }>, themeProposals: Array<{ id: string, title: string, description: string, voteCount: number, localAuthority: { name: string } | null }> };

export type ThemeListingQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ThemeListingQuery = { inspirationThemes: { totalCount: number, edges: Array<{ node: { id: string, title: string, urlPath: string, month: string, summary: string, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }> } };

export type ThemeOfTheMonthQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeOfTheMonthQuery = { inspirationThemes: { edges: Array<{ node: { id: string, title: string, month: string, summary: string, principle: string, nextThemeTitle: string, nextThemeMonth: string | null, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, themes: Array<{ name: string, slug: string }>, featuredExperiences: Array<{ title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, localAuthorities: Array<{ name: string }> }>, featuredResources: Array<{ title: string, urlPath: string, resourceType: ResourceType, organisation: string, externalUrl: string }>, featuredEvents: Array<{ title: string, urlPath: string, localStart: string, format: EventFormat, registrationUrl: string }>, callForContributions: { html: string } } }> } };

export type UnsubscribeMyNewsletterMutationVariables = Exact<{ [key: string]: never; }>;


export type UnsubscribeMyNewsletterMutation = { unsubscribeMyNewsletter: { errors: Array<{ field: string | null, code: string, message: string }>, subscription: { status: NewsletterSubscriptionStatus } | null } | null };

export type UpdateMyNewsletterPreferencesMutationVariables = Exact<{
  preferences: NewsletterPreferencesInput;
}>;


export type UpdateMyNewsletterPreferencesMutation = { updateMyNewsletterPreferences: { errors: Array<{ field: string | null, code: string, message: string }>, subscription: { status: NewsletterSubscriptionStatus } | null } | null };

export type UpdateSubmissionMutationVariables = Exact<{
  id: string | number;
  baseRevisionId: string | number;
  input: SubmissionUpdateInput;
}>;


export type UpdateSubmissionMutation = { updateSubmission: { errors: Array<{ field: string | null, code: string, message: string }>, submission: { id: string, status: SubmissionStatus, statusLabel: string, currentTask: string | null, latestRevisionId: string | null } | null, conflict: { currentRevisionId: string, savedBy: string | null, savedAt: string | null, changes: Array<{ field: string, label: string, base: string | null, current: string | null }> } | null } | null };

export type VoteForThemeMutationVariables = Exact<{
  proposal: string | number;
  localAuthority?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type VoteForThemeMutation = { voteForTheme: { remainingVotes: number | null, errors: Array<{ field: string | null, code: string, message: string }>, proposal: { id: string, voteCount: number } | null } | null };

export type WithdrawEnrollmentMutationVariables = Exact<{
  project: string | number;
  localAuthority?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type WithdrawEnrollmentMutation = { withdrawEnrollment: { errors: Array<{ field: string | null, code: string, message: string }>, enrollment: { id: string, status: EnrollmentStatus } | null } | null };

export type WithdrawVoteMutationVariables = Exact<{
  proposal: string | number;
  localAuthority?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type WithdrawVoteMutation = { withdrawVote: { errors: Array<{ field: string | null, code: string, message: string }>, proposal: { id: string, voteCount: number } | null } | null };

type BodyBlocks_BodyCallToAction_Fragment = { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
        | { urlPath: string }
       | null } | null } };

type BodyBlocks_BodyDocument_Fragment = { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } };

type BodyBlocks_BodyEmbed_Fragment = { __typename: 'BodyEmbed', id: string, embed: { url: string } | null };

type BodyBlocks_BodyFaq_Fragment = { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } };

type BodyBlocks_BodyImage_Fragment = { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } };

type BodyBlocks_BodyKeyFigures_Fragment = { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } };

type BodyBlocks_BodyParagraph_Fragment = { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null };

type BodyBlocks_BodyQuote_Fragment = { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } };

export type BodyBlocksFragment =
  | BodyBlocks_BodyCallToAction_Fragment
  | BodyBlocks_BodyDocument_Fragment
  | BodyBlocks_BodyEmbed_Fragment
  | BodyBlocks_BodyFaq_Fragment
  | BodyBlocks_BodyImage_Fragment
  | BodyBlocks_BodyKeyFigures_Fragment
  | BodyBlocks_BodyParagraph_Fragment
  | BodyBlocks_BodyQuote_Fragment
;

export type ConceptPageFieldsFragment = { summary: string, author: string, year: number | null, furtherReadingUrl: string, themes: Array<{ name: string, slug: string }>, levels: Array<{ rank: number, name: string, group: string, description: string }>, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  > };

export type EngagementTrackIndexPageFieldsFragment = { intro: { html: string }, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, children: { totalCount: number, edges: Array<{ node:
        | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string }
        | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackPage', summary: string, endDate: string | null, id: string, title: string, urlPath: string, trackStartDate: string, localAuthority: { name: string, kind: LocalAuthorityKind } }
        | { __typename: 'EventPage', id: string, title: string, urlPath: string }
        | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
        | { __typename: 'HomePage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
        | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string }
        | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
        | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string }
       }> } };

export type EngagementTrackPageFieldsFragment = { summary: string, endDate: string | null, charterSignedOn: string | null, localContact: string, steeringBody: string, trackStartDate: string, localAuthority: { name: string, kind: LocalAuthorityKind, department: { name: string } | null }, yearlyPlans: Array<{ yearNumber: number, training: string, projects: string, fieldSupport: string, budget: number }>, milestones: Array<{ date: string, title: string, deliverable: string, done: boolean }>, reviews: Array<{ date: string, summary: string, kind: string }>, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  > };

export type EventPageFieldsFragment = { summary: string, start: string, end: string, timeZone: InspirationEventPageTimeZoneChoices, localStart: string, localEnd: string, format: EventFormat, organiser: string, placeName: string, address: string, city: string, onlineUrl: string, registrationUrl: string, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  > };

export type ExperiencePageFieldsFragment = { summary: string, periodStart: string | null, periodEnd: string | null, actors: string, contactName: string, contactRole: string, contactEmail: string, participationLevel: { level: number, label: string }, results: { html: string }, proposedBy: { name: string, kind: OrganisationKind } | null, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind, population: number | null, department: { name: string, code: string } | null }>, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, sources: Array<{ url: string | null, page:
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
     | null }> };

export type CardImageFragment = { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null };

export type ExperienceCardFragment = { id: string, title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null };

export type ResourceCardFragment = { id: string, title: string, urlPath: string, summary: string, resourceType: ResourceType, organisation: string, publicationDate: string | null, externalUrl: string, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null };

export type EventCardFragment = { id: string, title: string, urlPath: string, summary: string, localStart: string, format: EventFormat, city: string };

export type ThemeCardFragment = { id: string, title: string, urlPath: string, month: string, summary: string, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null };

export type ConceptCardFragment = { id: string, title: string, urlPath: string, summary: string, author: string, year: number | null };

export type InspirationIndexPageFieldsFragment = { section: InspirationSection | null };

export type InspirationThemePageFieldsFragment = { month: string, summary: string, principle: string, nextThemeTitle: string, nextThemeMonth: string | null, callForContributions: { html: string }, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, featuredExperiences: Array<{ id: string, title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredResources: Array<{ id: string, title: string, urlPath: string, summary: string, resourceType: ResourceType, organisation: string, publicationDate: string | null, externalUrl: string, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredEvents: Array<{ id: string, title: string, urlPath: string, summary: string, localStart: string, format: EventFormat, city: string }> };

export type NewsletterPageFieldsFragment = { editionNumber: number, editionMonth: string, summary: string, sections: Array<
    | { __typename: 'NewsletterSectionAgenda', id: string, agenda: { title: string | null, events: Array<
          | { __typename: 'ActionPlanPage', title: string, urlPath: string }
          | { __typename: 'ConceptPage', title: string, urlPath: string }
          | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string }
          | { __typename: 'EngagementTrackPage', title: string, urlPath: string }
          | { __typename: 'EventPage', localStart: string, localEnd: string, timeZone: InspirationEventPageTimeZoneChoices, format: EventFormat, city: string, title: string, urlPath: string }
          | { __typename: 'ExperiencePage', title: string, urlPath: string }
          | { __typename: 'HomePage', title: string, urlPath: string }
          | { __typename: 'InspirationIndexPage', title: string, urlPath: string }
          | { __typename: 'InspirationThemePage', title: string, urlPath: string }
          | { __typename: 'JournalEntryPage', title: string, urlPath: string }
          | { __typename: 'NewsletterPage', title: string, urlPath: string }
          | { __typename: 'ResourcePage', title: string, urlPath: string }
          | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string }
          | { __typename: 'SharedProjectPage', title: string, urlPath: string }
        > } }
    | { __typename: 'NewsletterSectionCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'NewsletterSectionConceptOfTheMonth', id: string, conceptOfTheMonth: { concept:
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
         | null, text: { html: string } | null } }
    | { __typename: 'NewsletterSectionEcosystemNews', id: string, ecosystemNews: { title: string | null, items: Array<{ title: string | null, text: { html: string } | null, image: { alt: string, rendition: { url: string, width: number, height: number } | null } | null }> } }
    | { __typename: 'NewsletterSectionFeaturedPages', id: string, featuredPages: { title: string | null, intro: string | null, pages: Array<
          | { __typename: 'ActionPlanPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'ConceptPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'EngagementTrackPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'EventPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'ExperiencePage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'HomePage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'InspirationIndexPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'InspirationThemePage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'JournalEntryPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'NewsletterPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'ResourcePage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'SharedProjectPage', title: string, urlPath: string, searchDescription: string }
        > } }
    | { __typename: 'NewsletterSectionIntro', id: string, intro: { html: string } | null }
    | { __typename: 'NewsletterSectionNextThemeCall', id: string, nextThemeCall: { nextTheme: string | null, month: string | null, text: { html: string } | null, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
             | null } | null } | null } }
    | { __typename: 'NewsletterSectionThemeOfTheMonth', id: string, themeOfTheMonth: { theme:
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
         | null, text: { html: string } | null } }
  > };

type PageContent_ActionPlanPage_Fragment = { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, adoptionDate: string | null, deliberationReference: string, progress: number | null, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, localAuthority: { name: string, kind: LocalAuthorityKind }, objectives: { html: string }, successCriteria: { html: string }, actions: Array<{ id: string, title: string, description: string, owner: string, deadline: string | null, indicator: string, progress: number, status: ActionStatus }>, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, parent:
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
   | null };

type PageContent_ConceptPage_Fragment = { __typename: 'ConceptPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, author: string, year: number | null, furtherReadingUrl: string, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, themes: Array<{ name: string, slug: string }>, levels: Array<{ rank: number, name: string, group: string, description: string }>, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  > };

type PageContent_EngagementTrackIndexPage_Fragment = { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, intro: { html: string }, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, children: { totalCount: number, edges: Array<{ node:
        | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string }
        | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackPage', summary: string, endDate: string | null, id: string, title: string, urlPath: string, trackStartDate: string, localAuthority: { name: string, kind: LocalAuthorityKind } }
        | { __typename: 'EventPage', id: string, title: string, urlPath: string }
        | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
        | { __typename: 'HomePage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
        | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string }
        | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
        | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string }
       }> } };

type PageContent_EngagementTrackPage_Fragment = { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, endDate: string | null, charterSignedOn: string | null, localContact: string, steeringBody: string, trackStartDate: string, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, localAuthority: { name: string, kind: LocalAuthorityKind, department: { name: string } | null }, yearlyPlans: Array<{ yearNumber: number, training: string, projects: string, fieldSupport: string, budget: number }>, milestones: Array<{ date: string, title: string, deliverable: string, done: boolean }>, reviews: Array<{ date: string, summary: string, kind: string }>, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  > };

type PageContent_EventPage_Fragment = { __typename: 'EventPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, start: string, end: string, timeZone: InspirationEventPageTimeZoneChoices, localStart: string, localEnd: string, format: EventFormat, organiser: string, placeName: string, address: string, city: string, onlineUrl: string, registrationUrl: string, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  > };

type PageContent_ExperiencePage_Fragment = { __typename: 'ExperiencePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, periodStart: string | null, periodEnd: string | null, actors: string, contactName: string, contactRole: string, contactEmail: string, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, participationLevel: { level: number, label: string }, results: { html: string }, proposedBy: { name: string, kind: OrganisationKind } | null, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind, population: number | null, department: { name: string, code: string } | null }>, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, sources: Array<{ url: string | null, page:
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
      | { title: string, urlPath: string }
     | null }> };

type PageContent_HomePage_Fragment = { __typename: 'HomePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, intro: { html: string }, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  > };

type PageContent_InspirationIndexPage_Fragment = { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, section: InspirationSection | null, intro: { html: string }, children: { totalCount: number, edges: Array<{ node:
        | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string }
        | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string }
        | { __typename: 'EventPage', id: string, title: string, urlPath: string }
        | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
        | { __typename: 'HomePage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
        | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string }
        | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
        | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string }
       }> }, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  > };

type PageContent_InspirationThemePage_Fragment = { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, month: string, summary: string, principle: string, nextThemeTitle: string, nextThemeMonth: string | null, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, callForContributions: { html: string }, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, featuredExperiences: Array<{ id: string, title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredResources: Array<{ id: string, title: string, urlPath: string, summary: string, resourceType: ResourceType, organisation: string, publicationDate: string | null, externalUrl: string, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredEvents: Array<{ id: string, title: string, urlPath: string, summary: string, localStart: string, format: EventFormat, city: string }> };

type PageContent_JournalEntryPage_Fragment = { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, date: string, summary: string, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, stage: { kind: StageKind, title: string } | null, authorAuthority: { name: string } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, parent:
    | { __typename: 'ActionPlanPage', title: string, urlPath: string }
    | { __typename: 'ConceptPage', title: string, urlPath: string }
    | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string }
    | { __typename: 'EngagementTrackPage', title: string, urlPath: string }
    | { __typename: 'EventPage', title: string, urlPath: string }
    | { __typename: 'ExperiencePage', title: string, urlPath: string }
    | { __typename: 'HomePage', title: string, urlPath: string }
    | { __typename: 'InspirationIndexPage', title: string, urlPath: string }
    | { __typename: 'InspirationThemePage', title: string, urlPath: string }
    | { __typename: 'JournalEntryPage', title: string, urlPath: string }
    | { __typename: 'NewsletterPage', title: string, urlPath: string }
    | { __typename: 'ResourcePage', title: string, urlPath: string }
    | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string }
    | { __typename: 'SharedProjectPage', journalFeedUrl: string, title: string, urlPath: string }
   | null };

type PageContent_NewsletterPage_Fragment = { __typename: 'NewsletterPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, editionNumber: number, editionMonth: string, summary: string, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, sections: Array<
    | { __typename: 'NewsletterSectionAgenda', id: string, agenda: { title: string | null, events: Array<
          | { __typename: 'ActionPlanPage', title: string, urlPath: string }
          | { __typename: 'ConceptPage', title: string, urlPath: string }
          | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string }
          | { __typename: 'EngagementTrackPage', title: string, urlPath: string }
          | { __typename: 'EventPage', localStart: string, localEnd: string, timeZone: InspirationEventPageTimeZoneChoices, format: EventFormat, city: string, title: string, urlPath: string }
          | { __typename: 'ExperiencePage', title: string, urlPath: string }
          | { __typename: 'HomePage', title: string, urlPath: string }
          | { __typename: 'InspirationIndexPage', title: string, urlPath: string }
          | { __typename: 'InspirationThemePage', title: string, urlPath: string }
          | { __typename: 'JournalEntryPage', title: string, urlPath: string }
          | { __typename: 'NewsletterPage', title: string, urlPath: string }
          | { __typename: 'ResourcePage', title: string, urlPath: string }
          | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string }
          | { __typename: 'SharedProjectPage', title: string, urlPath: string }
        > } }
    | { __typename: 'NewsletterSectionCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'NewsletterSectionConceptOfTheMonth', id: string, conceptOfTheMonth: { concept:
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
         | null, text: { html: string } | null } }
    | { __typename: 'NewsletterSectionEcosystemNews', id: string, ecosystemNews: { title: string | null, items: Array<{ title: string | null, text: { html: string } | null, image: { alt: string, rendition: { url: string, width: number, height: number } | null } | null }> } }
    | { __typename: 'NewsletterSectionFeaturedPages', id: string, featuredPages: { title: string | null, intro: string | null, pages: Array<
          | { __typename: 'ActionPlanPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'ConceptPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'EngagementTrackPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'EventPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'ExperiencePage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'HomePage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'InspirationIndexPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'InspirationThemePage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'JournalEntryPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'NewsletterPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'ResourcePage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string, searchDescription: string }
          | { __typename: 'SharedProjectPage', title: string, urlPath: string, searchDescription: string }
        > } }
    | { __typename: 'NewsletterSectionIntro', id: string, intro: { html: string } | null }
    | { __typename: 'NewsletterSectionNextThemeCall', id: string, nextThemeCall: { nextTheme: string | null, month: string | null, text: { html: string } | null, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
              | { urlPath: string }
             | null } | null } | null } }
    | { __typename: 'NewsletterSectionThemeOfTheMonth', id: string, themeOfTheMonth: { theme:
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
          | { title: string, urlPath: string, searchDescription: string }
         | null, text: { html: string } | null } }
  > };

type PageContent_ResourcePage_Fragment = { __typename: 'ResourcePage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, resourceType: ResourceType, organisation: string, authors: string, publicationDate: string | null, externalUrl: string, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, proposedBy: { name: string, kind: OrganisationKind } | null, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  > };

type PageContent_SharedProjectIndexPage_Fragment = { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, intro: { html: string }, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, children: { totalCount: number, edges: Array<{ node:
        | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string }
        | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string }
        | { __typename: 'EventPage', id: string, title: string, urlPath: string }
        | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
        | { __typename: 'HomePage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
        | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string }
        | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
        | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectPage', summary: string, status: SharedProjectStatus, participantCapacity: number, startDate: string | null, endDate: string | null, id: string, title: string, urlPath: string, theme: { name: string }, currentStage: { title: string } | null, participants: Array<{ name: string }> }
       }> } };

type PageContent_SharedProjectPage_Fragment = { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, summary: string, status: SharedProjectStatus, participantCapacity: number, startDate: string | null, endDate: string | null, journalFeedUrl: string, actionPlansProgress: number | null, ancestors: Array<
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
  >, theme: { name: string, slug: string }, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, stages: Array<{ id: string, kind: StageKind, title: string, status: StageStatus, startDate: string | null, endDate: string | null, description: string }>, currentStage: { id: string } | null, experts: Array<{ name: string, organisation: string, role: string }>, participants: Array<{ name: string, kind: LocalAuthorityKind, department: { name: string } | null }>, observers: Array<{ name: string, kind: LocalAuthorityKind }>, waitingList: Array<{ name: string, kind: LocalAuthorityKind }>, children: { edges: Array<{ node:
        | { __typename: 'ActionPlanPage', summary: string, progress: number | null, adoptionDate: string | null, id: string, title: string, urlPath: string, localAuthority: { name: string } }
        | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string }
        | { __typename: 'EventPage', id: string, title: string, urlPath: string }
        | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
        | { __typename: 'HomePage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
        | { __typename: 'JournalEntryPage', date: string, summary: string, id: string, title: string, urlPath: string, stage: { title: string } | null, authorAuthority: { name: string } | null }
        | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
        | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string }
       }> } };

export type PageContentFragment =
  | PageContent_ActionPlanPage_Fragment
  | PageContent_ConceptPage_Fragment
  | PageContent_EngagementTrackIndexPage_Fragment
  | PageContent_EngagementTrackPage_Fragment
  | PageContent_EventPage_Fragment
  | PageContent_ExperiencePage_Fragment
  | PageContent_HomePage_Fragment
  | PageContent_InspirationIndexPage_Fragment
  | PageContent_InspirationThemePage_Fragment
  | PageContent_JournalEntryPage_Fragment
  | PageContent_NewsletterPage_Fragment
  | PageContent_ResourcePage_Fragment
  | PageContent_SharedProjectIndexPage_Fragment
  | PageContent_SharedProjectPage_Fragment
;

export type ResourcePageFieldsFragment = { summary: string, resourceType: ResourceType, organisation: string, authors: string, publicationDate: string | null, externalUrl: string, proposedBy: { name: string, kind: OrganisationKind } | null, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  > };

export type SharedProjectIndexPageFieldsFragment = { intro: { html: string }, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, children: { totalCount: number, edges: Array<{ node:
        | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string }
        | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string }
        | { __typename: 'EventPage', id: string, title: string, urlPath: string }
        | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
        | { __typename: 'HomePage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
        | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string }
        | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
        | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectPage', summary: string, status: SharedProjectStatus, participantCapacity: number, startDate: string | null, endDate: string | null, id: string, title: string, urlPath: string, theme: { name: string }, currentStage: { title: string } | null, participants: Array<{ name: string }> }
       }> } };

export type SharedProjectPageFieldsFragment = { summary: string, status: SharedProjectStatus, participantCapacity: number, startDate: string | null, endDate: string | null, journalFeedUrl: string, actionPlansProgress: number | null, theme: { name: string, slug: string }, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, stages: Array<{ id: string, kind: StageKind, title: string, status: StageStatus, startDate: string | null, endDate: string | null, description: string }>, currentStage: { id: string } | null, experts: Array<{ name: string, organisation: string, role: string }>, participants: Array<{ name: string, kind: LocalAuthorityKind, department: { name: string } | null }>, observers: Array<{ name: string, kind: LocalAuthorityKind }>, waitingList: Array<{ name: string, kind: LocalAuthorityKind }>, children: { edges: Array<{ node:
        | { __typename: 'ActionPlanPage', summary: string, progress: number | null, adoptionDate: string | null, id: string, title: string, urlPath: string, localAuthority: { name: string } }
        | { __typename: 'ConceptPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string }
        | { __typename: 'EventPage', id: string, title: string, urlPath: string }
        | { __typename: 'ExperiencePage', id: string, title: string, urlPath: string }
        | { __typename: 'HomePage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'InspirationThemePage', id: string, title: string, urlPath: string }
        | { __typename: 'JournalEntryPage', date: string, summary: string, id: string, title: string, urlPath: string, stage: { title: string } | null, authorAuthority: { name: string } | null }
        | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string }
        | { __typename: 'ResourcePage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectIndexPage', id: string, title: string, urlPath: string }
        | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string }
       }> } };

export type JournalEntryPageFieldsFragment = { date: string, summary: string, stage: { kind: StageKind, title: string } | null, authorAuthority: { name: string } | null, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, parent:
    | { __typename: 'ActionPlanPage', title: string, urlPath: string }
    | { __typename: 'ConceptPage', title: string, urlPath: string }
    | { __typename: 'EngagementTrackIndexPage', title: string, urlPath: string }
    | { __typename: 'EngagementTrackPage', title: string, urlPath: string }
    | { __typename: 'EventPage', title: string, urlPath: string }
    | { __typename: 'ExperiencePage', title: string, urlPath: string }
    | { __typename: 'HomePage', title: string, urlPath: string }
    | { __typename: 'InspirationIndexPage', title: string, urlPath: string }
    | { __typename: 'InspirationThemePage', title: string, urlPath: string }
    | { __typename: 'JournalEntryPage', title: string, urlPath: string }
    | { __typename: 'NewsletterPage', title: string, urlPath: string }
    | { __typename: 'ResourcePage', title: string, urlPath: string }
    | { __typename: 'SharedProjectIndexPage', title: string, urlPath: string }
    | { __typename: 'SharedProjectPage', journalFeedUrl: string, title: string, urlPath: string }
   | null };

export type ActionPlanPageFieldsFragment = { summary: string, adoptionDate: string | null, deliberationReference: string, progress: number | null, localAuthority: { name: string, kind: LocalAuthorityKind }, objectives: { html: string }, successCriteria: { html: string }, actions: Array<{ id: string, title: string, description: string, owner: string, deadline: string | null, indicator: string, progress: number, status: ActionStatus }>, body: Array<
    | { __typename: 'BodyCallToAction', id: string, callToAction: { title: string | null, text: string | null, buttonLabel: string | null, link: { url: string | null, page:
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
            | { urlPath: string }
           | null } | null } }
    | { __typename: 'BodyDocument', id: string, document: { title: string | null, description: string | null, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null } }
    | { __typename: 'BodyEmbed', id: string, embed: { url: string } | null }
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null }> } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null }> } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, parent:
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
    | { title: string, urlPath: string }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CardImageFragmentDoc = new TypedDocumentString(`
    fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}
    `, {"fragmentName":"CardImage"}) as unknown as TypedDocumentString<CardImageFragment, unknown>;
export const ThemeCardFragmentDoc = new TypedDocumentString(`
    fragment ThemeCard on InspirationThemePage {
  id
  title
  urlPath
  month
  summary
  image {
    ...CardImage
  }
}
    fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}`, {"fragmentName":"ThemeCard"}) as unknown as TypedDocumentString<ThemeCardFragment, unknown>;
export const ConceptCardFragmentDoc = new TypedDocumentString(`
    fragment ConceptCard on ConceptPage {
  id
  title
  urlPath
  summary
  author
  year
}
    `, {"fragmentName":"ConceptCard"}) as unknown as TypedDocumentString<ConceptCardFragment, unknown>;
export const BodyBlocksFragmentDoc = new TypedDocumentString(`
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}
    `, {"fragmentName":"BodyBlocks"}) as unknown as TypedDocumentString<BodyBlocksFragment, unknown>;
export const InspirationIndexPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspirationIndexPageFields on InspirationIndexPage {
  section
}
    `, {"fragmentName":"InspirationIndexPageFields"}) as unknown as TypedDocumentString<InspirationIndexPageFieldsFragment, unknown>;
export const EventPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventPageFields on EventPage {
  summary
  start
  end
  timeZone
  localStart
  localEnd
  format
  organiser
  placeName
  address
  city
  onlineUrl
  registrationUrl
  themes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}`, {"fragmentName":"EventPageFields"}) as unknown as TypedDocumentString<EventPageFieldsFragment, unknown>;
export const NewsletterPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment NewsletterPageFields on NewsletterPage {
  editionNumber
  editionMonth
  summary
  sections {
    __typename
    ... on NewsletterSectionIntro {
      id
      intro {
        html
      }
    }
    ... on NewsletterSectionConceptOfTheMonth {
      id
      conceptOfTheMonth {
        concept {
          title
          urlPath
          searchDescription
        }
        text {
          html
        }
      }
    }
    ... on NewsletterSectionThemeOfTheMonth {
      id
      themeOfTheMonth {
        theme {
          title
          urlPath
          searchDescription
        }
        text {
          html
        }
      }
    }
    ... on NewsletterSectionFeaturedPages {
      id
      featuredPages {
        title
        intro
        pages {
          __typename
          title
          urlPath
          searchDescription
        }
      }
    }
    ... on NewsletterSectionEcosystemNews {
      id
      ecosystemNews {
        title
        items {
          title
          text {
            html
          }
          image {
            alt
            rendition(width: 480) {
              url
              width
              height
            }
          }
        }
      }
    }
    ... on NewsletterSectionAgenda {
      id
      agenda {
        title
        events {
          __typename
          title
          urlPath
          ... on EventPage {
            localStart
            localEnd
            timeZone
            format
            city
          }
        }
      }
    }
    ... on NewsletterSectionNextThemeCall {
      id
      nextThemeCall {
        nextTheme
        month
        text {
          html
        }
        callToAction {
          title
          text
          buttonLabel
          link {
            url
            page {
              urlPath
            }
          }
        }
      }
    }
    ... on NewsletterSectionCallToAction {
      id
      callToAction {
        title
        text
        buttonLabel
        link {
          url
          page {
            urlPath
          }
        }
      }
    }
  }
}
    `, {"fragmentName":"NewsletterPageFields"}) as unknown as TypedDocumentString<NewsletterPageFieldsFragment, unknown>;
export const SharedProjectIndexPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment SharedProjectIndexPageFields on SharedProjectIndexPage {
  intro {
    html
  }
  body {
    ...BodyBlocks
  }
  children(first: 100) {
    totalCount
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on SharedProjectPage {
          summary
          status
          participantCapacity
          startDate
          endDate
          theme {
            name
          }
          currentStage {
            title
          }
          participants {
            name
          }
        }
      }
    }
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}`, {"fragmentName":"SharedProjectIndexPageFields"}) as unknown as TypedDocumentString<SharedProjectIndexPageFieldsFragment, unknown>;
export const SharedProjectPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment SharedProjectPageFields on SharedProjectPage {
  summary
  status
  participantCapacity
  startDate
  endDate
  journalFeedUrl
  theme {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  stages {
    id
    kind
    title
    status
    startDate
    endDate
    description
  }
  currentStage {
    id
  }
  experts {
    name
    organisation
    role
  }
  participants {
    name
    kind
    department {
      name
    }
  }
  observers {
    name
    kind
  }
  waitingList {
    name
    kind
  }
  actionPlansProgress
  children(first: 100) {
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on JournalEntryPage {
          date
          summary
          stage {
            title
          }
          authorAuthority {
            name
          }
        }
        ... on ActionPlanPage {
          summary
          progress
          adoptionDate
          localAuthority {
            name
          }
        }
      }
    }
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}`, {"fragmentName":"SharedProjectPageFields"}) as unknown as TypedDocumentString<SharedProjectPageFieldsFragment, unknown>;
export const JournalEntryPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment JournalEntryPageFields on JournalEntryPage {
  date
  summary
  stage {
    kind
    title
  }
  authorAuthority {
    name
  }
  body {
    ...BodyBlocks
  }
  parent {
    __typename
    title
    urlPath
    ... on SharedProjectPage {
      journalFeedUrl
    }
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}`, {"fragmentName":"JournalEntryPageFields"}) as unknown as TypedDocumentString<JournalEntryPageFieldsFragment, unknown>;
export const ActionPlanPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionPlanPageFields on ActionPlanPage {
  summary
  adoptionDate
  deliberationReference
  localAuthority {
    name
    kind
  }
  objectives {
    html
  }
  successCriteria {
    html
  }
  actions {
    id
    title
    description
    owner
    deadline
    indicator
    progress
    status
  }
  progress
  body {
    ...BodyBlocks
  }
  parent {
    title
    urlPath
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}`, {"fragmentName":"ActionPlanPageFields"}) as unknown as TypedDocumentString<ActionPlanPageFieldsFragment, unknown>;
export const EngagementTrackIndexPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment EngagementTrackIndexPageFields on EngagementTrackIndexPage {
  intro {
    html
  }
  body {
    ...BodyBlocks
  }
  children(first: 100) {
    totalCount
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on EngagementTrackPage {
          summary
          trackStartDate: startDate
          endDate
          localAuthority {
            name
            kind
          }
        }
      }
    }
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}`, {"fragmentName":"EngagementTrackIndexPageFields"}) as unknown as TypedDocumentString<EngagementTrackIndexPageFieldsFragment, unknown>;
export const EngagementTrackPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment EngagementTrackPageFields on EngagementTrackPage {
  summary
  trackStartDate: startDate
  endDate
  charterSignedOn
  localContact
  steeringBody
  localAuthority {
    name
    kind
    department {
      name
    }
  }
  yearlyPlans {
    yearNumber
    training
    projects
    fieldSupport
    budget
  }
  milestones {
    date
    title
    deliverable
    done
  }
  reviews {
    date
    summary
    kind
  }
  body {
    ...BodyBlocks
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}`, {"fragmentName":"EngagementTrackPageFields"}) as unknown as TypedDocumentString<EngagementTrackPageFieldsFragment, unknown>;
export const ExperiencePageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExperiencePageFields on ExperiencePage {
  summary
  participationLevel {
    level
    label
  }
  periodStart
  periodEnd
  actors
  results {
    html
  }
  contactName
  contactRole
  contactEmail
  proposedBy {
    name
    kind
  }
  localAuthorities {
    name
    code
    kind
    population
    department {
      name
      code
    }
  }
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  sources {
    url
    page {
      title
      urlPath
    }
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}`, {"fragmentName":"ExperiencePageFields"}) as unknown as TypedDocumentString<ExperiencePageFieldsFragment, unknown>;
export const ExperienceCardFragmentDoc = new TypedDocumentString(`
    fragment ExperienceCard on ExperiencePage {
  id
  title
  urlPath
  summary
  participationLevel {
    level
    label
  }
  themes {
    name
    slug
  }
  localAuthorities {
    name
    code
    kind
  }
  image {
    ...CardImage
  }
}
    fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}`, {"fragmentName":"ExperienceCard"}) as unknown as TypedDocumentString<ExperienceCardFragment, unknown>;
export const ResourceCardFragmentDoc = new TypedDocumentString(`
    fragment ResourceCard on ResourcePage {
  id
  title
  urlPath
  summary
  resourceType
  organisation
  publicationDate
  externalUrl
  themes {
    name
    slug
  }
  image {
    ...CardImage
  }
}
    fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}`, {"fragmentName":"ResourceCard"}) as unknown as TypedDocumentString<ResourceCardFragment, unknown>;
export const EventCardFragmentDoc = new TypedDocumentString(`
    fragment EventCard on EventPage {
  id
  title
  urlPath
  summary
  localStart
  format
  city
}
    `, {"fragmentName":"EventCard"}) as unknown as TypedDocumentString<EventCardFragment, unknown>;
export const InspirationThemePageFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspirationThemePageFields on InspirationThemePage {
  month
  summary
  principle
  nextThemeTitle
  nextThemeMonth
  callForContributions {
    html
  }
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  featuredExperiences {
    ...ExperienceCard
  }
  featuredResources {
    ...ResourceCard
  }
  featuredEvents {
    ...EventCard
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}
fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}
fragment ExperienceCard on ExperiencePage {
  id
  title
  urlPath
  summary
  participationLevel {
    level
    label
  }
  themes {
    name
    slug
  }
  localAuthorities {
    name
    code
    kind
  }
  image {
    ...CardImage
  }
}
fragment ResourceCard on ResourcePage {
  id
  title
  urlPath
  summary
  resourceType
  organisation
  publicationDate
  externalUrl
  themes {
    name
    slug
  }
  image {
    ...CardImage
  }
}
fragment EventCard on EventPage {
  id
  title
  urlPath
  summary
  localStart
  format
  city
}`, {"fragmentName":"InspirationThemePageFields"}) as unknown as TypedDocumentString<InspirationThemePageFieldsFragment, unknown>;
export const ConceptPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConceptPageFields on ConceptPage {
  summary
  author
  year
  furtherReadingUrl
  themes {
    name
    slug
  }
  levels {
    rank
    name
    group
    description
  }
  body {
    ...BodyBlocks
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}`, {"fragmentName":"ConceptPageFields"}) as unknown as TypedDocumentString<ConceptPageFieldsFragment, unknown>;
export const ResourcePageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResourcePageFields on ResourcePage {
  summary
  resourceType
  organisation
  proposedBy {
    name
    kind
  }
  authors
  publicationDate
  externalUrl
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  document {
    title
    url
    fileExtension
    fileSize
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}`, {"fragmentName":"ResourcePageFields"}) as unknown as TypedDocumentString<ResourcePageFieldsFragment, unknown>;
export const PageContentFragmentDoc = new TypedDocumentString(`
    fragment PageContent on Page {
  __typename
  id
  title
  urlPath
  seoTitle
  searchDescription
  lastPublishedAt
  ancestors {
    title
    urlPath
  }
  ... on HomePage {
    intro {
      html
    }
    body {
      ...BodyBlocks
    }
  }
  ... on InspirationIndexPage {
    intro {
      html
    }
    children(first: 50) {
      totalCount
      edges {
        node {
          __typename
          id
          title
          urlPath
        }
      }
    }
    ...InspirationIndexPageFields
  }
  ... on EventPage {
    ...EventPageFields
  }
  ... on NewsletterPage {
    ...NewsletterPageFields
  }
  ... on SharedProjectIndexPage {
    ...SharedProjectIndexPageFields
  }
  ... on SharedProjectPage {
    ...SharedProjectPageFields
  }
  ... on JournalEntryPage {
    ...JournalEntryPageFields
  }
  ... on ActionPlanPage {
    ...ActionPlanPageFields
  }
  ... on EngagementTrackIndexPage {
    ...EngagementTrackIndexPageFields
  }
  ... on EngagementTrackPage {
    ...EngagementTrackPageFields
  }
  ... on ExperiencePage {
    ...ExperiencePageFields
  }
  ... on InspirationThemePage {
    ...InspirationThemePageFields
  }
  ... on ConceptPage {
    ...ConceptPageFields
  }
  ... on ResourcePage {
    ...ResourcePageFields
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}
fragment ConceptPageFields on ConceptPage {
  summary
  author
  year
  furtherReadingUrl
  themes {
    name
    slug
  }
  levels {
    rank
    name
    group
    description
  }
  body {
    ...BodyBlocks
  }
}
fragment EngagementTrackIndexPageFields on EngagementTrackIndexPage {
  intro {
    html
  }
  body {
    ...BodyBlocks
  }
  children(first: 100) {
    totalCount
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on EngagementTrackPage {
          summary
          trackStartDate: startDate
          endDate
          localAuthority {
            name
            kind
          }
        }
      }
    }
  }
}
fragment EngagementTrackPageFields on EngagementTrackPage {
  summary
  trackStartDate: startDate
  endDate
  charterSignedOn
  localContact
  steeringBody
  localAuthority {
    name
    kind
    department {
      name
    }
  }
  yearlyPlans {
    yearNumber
    training
    projects
    fieldSupport
    budget
  }
  milestones {
    date
    title
    deliverable
    done
  }
  reviews {
    date
    summary
    kind
  }
  body {
    ...BodyBlocks
  }
}
fragment EventPageFields on EventPage {
  summary
  start
  end
  timeZone
  localStart
  localEnd
  format
  organiser
  placeName
  address
  city
  onlineUrl
  registrationUrl
  themes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
}
fragment ExperiencePageFields on ExperiencePage {
  summary
  participationLevel {
    level
    label
  }
  periodStart
  periodEnd
  actors
  results {
    html
  }
  contactName
  contactRole
  contactEmail
  proposedBy {
    name
    kind
  }
  localAuthorities {
    name
    code
    kind
    population
    department {
      name
      code
    }
  }
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  sources {
    url
    page {
      title
      urlPath
    }
  }
}
fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}
fragment ExperienceCard on ExperiencePage {
  id
  title
  urlPath
  summary
  participationLevel {
    level
    label
  }
  themes {
    name
    slug
  }
  localAuthorities {
    name
    code
    kind
  }
  image {
    ...CardImage
  }
}
fragment ResourceCard on ResourcePage {
  id
  title
  urlPath
  summary
  resourceType
  organisation
  publicationDate
  externalUrl
  themes {
    name
    slug
  }
  image {
    ...CardImage
  }
}
fragment EventCard on EventPage {
  id
  title
  urlPath
  summary
  localStart
  format
  city
}
fragment InspirationIndexPageFields on InspirationIndexPage {
  section
}
fragment InspirationThemePageFields on InspirationThemePage {
  month
  summary
  principle
  nextThemeTitle
  nextThemeMonth
  callForContributions {
    html
  }
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  featuredExperiences {
    ...ExperienceCard
  }
  featuredResources {
    ...ResourceCard
  }
  featuredEvents {
    ...EventCard
  }
}
fragment NewsletterPageFields on NewsletterPage {
  editionNumber
  editionMonth
  summary
  sections {
    __typename
    ... on NewsletterSectionIntro {
      id
      intro {
        html
      }
    }
    ... on NewsletterSectionConceptOfTheMonth {
      id
      conceptOfTheMonth {
        concept {
          title
          urlPath
          searchDescription
        }
        text {
          html
        }
      }
    }
    ... on NewsletterSectionThemeOfTheMonth {
      id
      themeOfTheMonth {
        theme {
          title
          urlPath
          searchDescription
        }
        text {
          html
        }
      }
    }
    ... on NewsletterSectionFeaturedPages {
      id
      featuredPages {
        title
        intro
        pages {
          __typename
          title
          urlPath
          searchDescription
        }
      }
    }
    ... on NewsletterSectionEcosystemNews {
      id
      ecosystemNews {
        title
        items {
          title
          text {
            html
          }
          image {
            alt
            rendition(width: 480) {
              url
              width
              height
            }
          }
        }
      }
    }
    ... on NewsletterSectionAgenda {
      id
      agenda {
        title
        events {
          __typename
          title
          urlPath
          ... on EventPage {
            localStart
            localEnd
            timeZone
            format
            city
          }
        }
      }
    }
    ... on NewsletterSectionNextThemeCall {
      id
      nextThemeCall {
        nextTheme
        month
        text {
          html
        }
        callToAction {
          title
          text
          buttonLabel
          link {
            url
            page {
              urlPath
            }
          }
        }
      }
    }
    ... on NewsletterSectionCallToAction {
      id
      callToAction {
        title
        text
        buttonLabel
        link {
          url
          page {
            urlPath
          }
        }
      }
    }
  }
}
fragment ResourcePageFields on ResourcePage {
  summary
  resourceType
  organisation
  proposedBy {
    name
    kind
  }
  authors
  publicationDate
  externalUrl
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  document {
    title
    url
    fileExtension
    fileSize
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
}
fragment SharedProjectIndexPageFields on SharedProjectIndexPage {
  intro {
    html
  }
  body {
    ...BodyBlocks
  }
  children(first: 100) {
    totalCount
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on SharedProjectPage {
          summary
          status
          participantCapacity
          startDate
          endDate
          theme {
            name
          }
          currentStage {
            title
          }
          participants {
            name
          }
        }
      }
    }
  }
}
fragment SharedProjectPageFields on SharedProjectPage {
  summary
  status
  participantCapacity
  startDate
  endDate
  journalFeedUrl
  theme {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  stages {
    id
    kind
    title
    status
    startDate
    endDate
    description
  }
  currentStage {
    id
  }
  experts {
    name
    organisation
    role
  }
  participants {
    name
    kind
    department {
      name
    }
  }
  observers {
    name
    kind
  }
  waitingList {
    name
    kind
  }
  actionPlansProgress
  children(first: 100) {
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on JournalEntryPage {
          date
          summary
          stage {
            title
          }
          authorAuthority {
            name
          }
        }
        ... on ActionPlanPage {
          summary
          progress
          adoptionDate
          localAuthority {
            name
          }
        }
      }
    }
  }
}
fragment JournalEntryPageFields on JournalEntryPage {
  date
  summary
  stage {
    kind
    title
  }
  authorAuthority {
    name
  }
  body {
    ...BodyBlocks
  }
  parent {
    __typename
    title
    urlPath
    ... on SharedProjectPage {
      journalFeedUrl
    }
  }
}
fragment ActionPlanPageFields on ActionPlanPage {
  summary
  adoptionDate
  deliberationReference
  localAuthority {
    name
    kind
  }
  objectives {
    html
  }
  successCriteria {
    html
  }
  actions {
    id
    title
    description
    owner
    deadline
    indicator
    progress
    status
  }
  progress
  body {
    ...BodyBlocks
  }
  parent {
    title
    urlPath
  }
}`, {"fragmentName":"PageContent"}) as unknown as TypedDocumentString<PageContentFragment, unknown>;
export const AgendaCalendarDocument = new TypedDocumentString(`
    query AgendaCalendar($upcoming: Boolean) {
  eventsCalendar(upcoming: $upcoming)
}
    `, {"hash":"sha256:622b368950fc3fe56a5693d21739af3d0e31223c12f2c33ca03b228a009b0021"}) as unknown as TypedDocumentString<AgendaCalendarQuery, AgendaCalendarQueryVariables>;
export const AgentSpaceDocument = new TypedDocumentString(`
    query AgentSpace {
  me {
    username
    firstName
    lastName
    localAuthorities {
      id
      name
      code
      kind
    }
    memberships {
      localAuthority {
        id
        name
        kind
      }
      status
      isReferent
      requestedAt
      decidedAt
      refusalReason
    }
    submissions {
      id
      title
      contentType
      status
      currentTask
      latestRevisionId
      live
      localAuthority {
        name
      }
      comments {
        task
        status
        author
        comment
        reasons
        createdAt
      }
    }
    ballots {
      localAuthority {
        id
        name
      }
      campaign {
        id
      }
      votesLeft
      myVotes {
        id
      }
    }
  }
  themeRanking {
    rank
    votes
    proposal {
      id
      title
      description
      localAuthority {
        name
      }
      campaign {
        id
        title
        voteLimit
        closesAt
        status
      }
    }
  }
  sharedProjects(status: RECRUITING, first: 20) {
    edges {
      node {
        id
        title
        urlPath
        participantCapacity
        participants {
          id
          name
        }
        observers {
          id
          name
        }
        waitingList {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:c84b34653a4694b77a69031172e0430fe030a3a5e060dc1dbb9b82f81efa1ce3"}) as unknown as TypedDocumentString<AgentSpaceQuery, AgentSpaceQueryVariables>;
export const AutocompleteDocument = new TypedDocumentString(`
    query Autocomplete($prefix: String!, $first: Int) {
  autocomplete(prefix: $prefix, first: $first) {
    title
    urlPath
    contentType
  }
}
    `, {"hash":"sha256:e6a66909d7c847e1af2f46c9059a5a8f0c1066048e8467723dbb82f1094192cc"}) as unknown as TypedDocumentString<AutocompleteQuery, AutocompleteQueryVariables>;
export const CommunityThreadDocument = new TypedDocumentString(`
    query CommunityThread($id: ID!, $first: Int, $after: String) {
  communityThread(id: $id) {
    id
    kind
    title
    visibility
    resolved
    resolvedAt
    createdAt
    viewerCanReply
    viewerCanMarkResolved
    project {
      id
      title
      slug
    }
    stage {
      title
    }
    journalEntry {
      title
      urlPath
    }
    author {
      name
      role
      localAuthority {
        name
      }
    }
    messages(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          body
          hidden
          hiddenReason
          createdAt
          editedAt
          editCount
          replyTo
          inReplyTo {
            id
            body
            hidden
            author {
              name
              localAuthority {
                name
              }
            }
          }
          viewerCanEdit
          author {
            name
            role
            localAuthority {
              name
            }
          }
          mentions {
            label
          }
          attachments {
            id
            title
            name
            url
            isImage
            contentType
            size
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:22ecc6295c74e4a82dab28caa5b1a8f8723373e4a34692ad74e7723faa028174"}) as unknown as TypedDocumentString<CommunityThreadQuery, CommunityThreadQueryVariables>;
export const CommunityThreadsDocument = new TypedDocumentString(`
    query CommunityThreads($slug: String!, $kind: CommunityThreadKind, $first: Int, $after: String) {
  sharedProject(slug: $slug) {
    id
    title
    slug
    urlPath
    stages {
      id
      title
      kind
      status
    }
  }
  communityStanding(slug: $slug) {
    role
    canRead
    canPost
    moderates
    feedUrl
    localAuthorities {
      id
      name
    }
  }
  communityNotifications
  communityThreads(slug: $slug, kind: $kind, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        title
        visibility
        resolved
        messageCount
        lastActivityAt
        stage {
          title
        }
        author {
          name
          role
          localAuthority {
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:ea83f226003eb075ed4f84901d349d4110c9a314a78d2f2ccd3b5c25c9992c32"}) as unknown as TypedDocumentString<CommunityThreadsQuery, CommunityThreadsQueryVariables>;
export const ConceptListingDocument = new TypedDocumentString(`
    query ConceptListing($first: Int, $after: String) {
  concepts(first: $first, after: $after) {
    totalCount
    edges {
      node {
        ...ConceptCard
      }
    }
  }
}
    fragment ConceptCard on ConceptPage {
  id
  title
  urlPath
  summary
  author
  year
}`, {"hash":"sha256:4c06f9bd7af6de9acad2814b5e27596e94f15fd7c711c33a57660bc372265573"}) as unknown as TypedDocumentString<ConceptListingQuery, ConceptListingQueryVariables>;
export const ConsumeEmailSignInDocument = new TypedDocumentString(`
    mutation ConsumeEmailSignIn($token: String!) {
  consumeEmailSignIn(token: $token) {
    errors {
      field
      code
      message
    }
    token
    expiresAt
    notices
    me {
      username
      firstName
      lastName
    }
  }
}
    `, {"hash":"sha256:02000f17dc854c4fa4d92ffdcfbaf1322f8dcfc650ad06ff17f2e5a65384a108"}) as unknown as TypedDocumentString<ConsumeEmailSignInMutation, ConsumeEmailSignInMutationVariables>;
export const DeclareOrganisationDocument = new TypedDocumentString(`
    mutation DeclareOrganisation($name: String!, $kind: OrganisationKind!, $siren: String, $message: String) {
  declareOrganisation(name: $name, kind: $kind, siren: $siren, message: $message) {
    errors {
      field
      code
      message
    }
    created
    membership {
      status
      organisation {
        id
        name
        kind
        status
      }
    }
  }
}
    `, {"hash":"sha256:66c932032777f20e9c441ac31b853a8d98ff0575e7fe960d69a1a3d5c5d7a3a7"}) as unknown as TypedDocumentString<DeclareOrganisationMutation, DeclareOrganisationMutationVariables>;
export const EditMessageDocument = new TypedDocumentString(`
    mutation EditMessage($message: ID!, $body: String!) {
  editMessage(message: $message, body: $body) {
    errors {
      field
      code
      message
    }
    message {
      id
      body
      editedAt
      editCount
    }
  }
}
    `, {"hash":"sha256:e1acb75f4df2971e9fc0c63389275b4743c13d2f63ca5ed74dc9af3bf4d1dc60"}) as unknown as TypedDocumentString<EditMessageMutation, EditMessageMutationVariables>;
export const EditSubmissionDocument = new TypedDocumentString(`
    query EditSubmission($id: ID!) {
  node(id: $id) {
    ... on Submission {
      id
      title
      contentType
      status
      statusLabel
      latestRevisionId
      summary
      body
      participationLevel
      resourceType
      externalUrl
      resourceOrganisation
      authors
      files {
        id
        kind
        place
        title
        fileName
        altText
        caption
      }
      changesRequested {
        task
        author
        comment
        reasons
        reasonCodes
        createdAt
      }
    }
  }
}
    `, {"hash":"sha256:caba9a3d04c17aa2a53254023cdc6a1536b7fa8083535de86760fc8ad220d916"}) as unknown as TypedDocumentString<EditSubmissionQuery, EditSubmissionQueryVariables>;
export const EngagementProgrammeDocument = new TypedDocumentString(`
    query EngagementProgramme {
  engagementProgramme {
    year
    entering
    accompanied
  }
}
    `, {"hash":"sha256:68cfcba88a859915d503b615e8071979b5570ad130660cb37e41b43a3f68acfc"}) as unknown as TypedDocumentString<EngagementProgrammeQuery, EngagementProgrammeQueryVariables>;
export const EnrollDocument = new TypedDocumentString(`
    mutation Enroll($project: ID!, $role: EnrollmentRole!, $localAuthority: ID, $idempotencyKey: String) {
  enroll(
    project: $project
    role: $role
    localAuthority: $localAuthority
    idempotencyKey: $idempotencyKey
  ) {
    errors {
      field
      code
      message
    }
    enrollment {
      id
      role
      status
      waitingRank
      localAuthority {
        name
      }
    }
  }
}
    `, {"hash":"sha256:894b57bc624821449964f49d92f83048c0e67360dc2950c407b7f7bba1f336f6"}) as unknown as TypedDocumentString<EnrollMutation, EnrollMutationVariables>;
export const EraseMyNewsletterDataDocument = new TypedDocumentString(`
    mutation EraseMyNewsletterData {
  eraseMyNewsletterData {
    errors {
      field
      code
      message
    }
    subscription {
      status
    }
  }
}
    `, {"hash":"sha256:407e5ba101e472ed2e305a54fc86fc29350bd68e719f9dbc5f24f3be7f91dd96"}) as unknown as TypedDocumentString<EraseMyNewsletterDataMutation, EraseMyNewsletterDataMutationVariables>;
export const EventCalendarDocument = new TypedDocumentString(`
    query EventCalendar($urlPath: String!) {
  page(urlPath: $urlPath) {
    ... on EventPage {
      title
      urlPath
      startsAt
      endsAt
      timeZoneName
      icalendar
    }
  }
}
    `, {"hash":"sha256:10d2a338579732f6e82c652babdc6ecf98fc3c56bf0e629ea5052b5a5bdfbc69"}) as unknown as TypedDocumentString<EventCalendarQuery, EventCalendarQueryVariables>;
export const EventListDocument = new TypedDocumentString(`
    query EventList($upcoming: Boolean!, $past: Boolean!, $first: Int!, $after: String) {
  events(upcoming: $upcoming, past: $past, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        urlPath
        summary
        localStart
        localEnd
        timeZone
        format
        city
        organiser
        image {
          alt
          rendition(width: 400, height: 300) {
            url
            width
            height
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:50909e2e76e063a372c03b642441d6d70f05b7cc5dea4d37a9118eaeb996d0b6"}) as unknown as TypedDocumentString<EventListQuery, EventListQueryVariables>;
export const ExperienceDetailDocument = new TypedDocumentString(`
    query ExperienceDetail($urlPath: String!) {
  page(urlPath: $urlPath) {
    id
    title
    seoTitle
    searchDescription
    ancestors {
      title
      urlPath
    }
    ... on ExperiencePage {
      summary
      participationLevel {
        level
        label
      }
      periodStart
      periodEnd
      actors
      results {
        html
      }
      contactName
      contactRole
      contactEmail
      localAuthorities {
        id
        name
        code
        kind
        population
      }
      themes {
        id
        name
        slug
      }
      territoryTypes {
        id
        name
      }
      image {
        alt
        focalPoint {
          x
          y
          width
          height
        }
        rendition(width: 1200) {
          url
          width
          height
        }
      }
      body {
        __typename
        ... on BodyParagraph {
          paragraph {
            html
          }
        }
        ... on BodyQuote {
          quote {
            quote
            author
            role
          }
        }
        ... on BodyImage {
          image {
            caption
            credit
            altText
            image {
              rendition(width: 800) {
                url
              }
            }
          }
        }
        ... on BodyKeyFigures {
          keyFigures {
            title
            figures {
              value
              label
              source
            }
          }
        }
      }
      sources {
        url
        page {
          urlPath
        }
      }
    }
  }
}
    `, {"hash":"sha256:ccbdaa755f2ae514f41f54cd41c0e6a88dcb70472504b0dce618ae79872d4432"}) as unknown as TypedDocumentString<ExperienceDetailQuery, ExperienceDetailQueryVariables>;
export const ExperienceListDocument = new TypedDocumentString(`
    query ExperienceList($filter: ExperienceFilter, $first: Int, $after: String) {
  experiences(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        urlPath
        summary
        firstPublishedAt
        participationLevel {
          level
          label
        }
        themes {
          id
          name
          slug
        }
        territoryTypes {
          id
          name
          slug
        }
        localAuthorities {
          id
          name
          code
          kind
          department {
            id
            name
            code
          }
        }
        image {
          alt
          rendition(width: 400, height: 300) {
            url
            width
            height
          }
        }
      }
    }
  }
  themes {
    id
    name
    slug
  }
  territoryTypes {
    id
    name
    slug
  }
}
    `, {"hash":"sha256:48091a184249ff80b4d85811c4db3c861e82452f21546ffb144e65d276b33c2c"}) as unknown as TypedDocumentString<ExperienceListQuery, ExperienceListQueryVariables>;
export const ExperienceListingDocument = new TypedDocumentString(`
    query ExperienceListing($filter: ExperienceFilter, $first: Int, $after: String) {
  experiences(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      node {
        ...ExperienceCard
      }
    }
  }
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  experienceDepartments {
    name
    code
  }
  participationLevels {
    level
    label
  }
}
    fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}
fragment ExperienceCard on ExperiencePage {
  id
  title
  urlPath
  summary
  participationLevel {
    level
    label
  }
  themes {
    name
    slug
  }
  localAuthorities {
    name
    code
    kind
  }
  image {
    ...CardImage
  }
}`, {"hash":"sha256:a87958dadd47855be283dbd430a4087d5d42373e77c83f428b53edbbd99d2b06"}) as unknown as TypedDocumentString<ExperienceListingQuery, ExperienceListingQueryVariables>;
export const HideMessageDocument = new TypedDocumentString(`
    mutation HideMessage($message: ID!, $reason: String!) {
  hideMessage(message: $message, reason: $reason) {
    errors {
      field
      code
      message
    }
    message {
      id
      hidden
      hiddenReason
    }
  }
}
    `, {"hash":"sha256:952a7b9e6557a11a70dacae77fb51cb1960b7a6cf1fc337304ef8197140f4634"}) as unknown as TypedDocumentString<HideMessageMutation, HideMessageMutationVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  page(urlPath: "/") {
    id
    title
    seoTitle
    searchDescription
    ... on HomePage {
      intro {
        html
      }
      body {
        __typename
        ... on BodyParagraph {
          paragraph {
            html
          }
        }
        ... on BodyCallToAction {
          callToAction {
            title
            buttonLabel
            link {
              url
              page {
                urlPath
              }
            }
          }
        }
      }
    }
    children(first: 20) {
      totalCount
      edges {
        node {
          id
          title
          urlPath
          contentType
        }
      }
    }
  }
  inspirationThemes(first: 1) {
    edges {
      node {
        title
        urlPath
        month
        principle
      }
    }
  }
  events(upcoming: false, first: 3) {
    edges {
      node {
        title
        localStart
        urlPath
      }
    }
  }
  sharedProjects(first: 3) {
    edges {
      node {
        title
        urlPath
        status
      }
    }
  }
}
    `, {"hash":"sha256:d9175969fa94646a79ed7e14d05ea3762f164a90b13313c4226c59236800641f"}) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const HomeHighlightsDocument = new TypedDocumentString(`
    query HomeHighlights {
  inspirationThemes(first: 1) {
    edges {
      node {
        ...ThemeCard
        principle
        nextThemeTitle
        nextThemeMonth
      }
    }
  }
  experiences(first: 3) {
    totalCount
    edges {
      node {
        ...ExperienceCard
      }
    }
  }
  events(upcoming: true, first: 3) {
    edges {
      node {
        ...EventCard
      }
    }
  }
  sharedProjects(first: 3) {
    edges {
      node {
        id
        title
        urlPath
        summary
        status
      }
    }
  }
  votingCampaigns {
    id
    title
    description
    opensAt
    closesAt
    status
  }
  themeProposals(status: APPROVED) {
    id
    title
    description
    voteCount
    localAuthority {
      name
    }
  }
  sections: pages(contentType: "inspiration.InspirationIndexPage", first: 20) {
    edges {
      node {
        urlPath
        ... on InspirationIndexPage {
          section
        }
      }
    }
  }
  sharedProjectIndexes: pages(
    contentType: "projects.SharedProjectIndexPage"
    first: 1
  ) {
    edges {
      node {
        urlPath
        title
      }
    }
  }
}
    fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}
fragment ExperienceCard on ExperiencePage {
  id
  title
  urlPath
  summary
  participationLevel {
    level
    label
  }
  themes {
    name
    slug
  }
  localAuthorities {
    name
    code
    kind
  }
  image {
    ...CardImage
  }
}
fragment EventCard on EventPage {
  id
  title
  urlPath
  summary
  localStart
  format
  city
}
fragment ThemeCard on InspirationThemePage {
  id
  title
  urlPath
  month
  summary
  image {
    ...CardImage
  }
}`, {"hash":"sha256:960e1f881766aa39446b4447a0733ac514a5d1536ec6191aa9231f636e2f1cba"}) as unknown as TypedDocumentString<HomeHighlightsQuery, HomeHighlightsQueryVariables>;
export const LocalAuthoritySearchDocument = new TypedDocumentString(`
    query LocalAuthoritySearch($search: String!) {
  localAuthorities(search: $search, first: 20) {
    edges {
      node {
        id
        name
        code
        kind
        department {
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:41bd09e65b441cfa5743cee011deb36d72beca351369cee69f8d3f0b9564a8eb"}) as unknown as TypedDocumentString<LocalAuthoritySearchQuery, LocalAuthoritySearchQueryVariables>;
export const MarkResolvedDocument = new TypedDocumentString(`
    mutation MarkResolved($thread: ID!, $resolved: Boolean) {
  markResolved(thread: $thread, resolved: $resolved) {
    errors {
      field
      code
      message
    }
    thread {
      id
      resolved
      resolvedAt
    }
  }
}
    `, {"hash":"sha256:b40ac5aac22a681f5f0559883204fff870353b297a981caebaf7b1f34cad1f2e"}) as unknown as TypedDocumentString<MarkResolvedMutation, MarkResolvedMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    username
    localAuthorities {
      name
      code
      kind
    }
    submissions {
      id
      title
      contentType
      status
      currentTask
      latestRevisionId
      live
      comments {
        task
        status
        author
        comment
        reasons
        createdAt
      }
      history {
        action
        label
        user
        timestamp
      }
    }
    moderationQueue {
      id
      title
      currentTask
      localAuthority {
        name
      }
    }
  }
}
    `, {"hash":"sha256:9dfdffb03bc2fb20e95b05954f827954cb78ff670b1312864e01b2917a393b38"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ModerateDocument = new TypedDocumentString(`
    mutation Moderate($submission: ID!, $action: ModerationAction!, $comment: String, $reasons: [ChangeReason!]) {
  moderate(
    submission: $submission
    action: $action
    comment: $comment
    reasons: $reasons
  ) {
    errors {
      field
      code
      message
    }
    submission {
      id
      status
      currentTask
      live
    }
  }
}
    `, {"hash":"sha256:f7ffd88dde61d4a223c5a6dd4a52562dcdbee383a4f87814da587de1a04e20fa"}) as unknown as TypedDocumentString<ModerateMutation, ModerateMutationVariables>;
export const MyNewsletterDocument = new TypedDocumentString(`
    query MyNewsletter {
  myNewsletterSubscription {
    email
    status
    confirmationNeeded
    consentAt
    consentSource
    preferences {
      newsletter
      projectDigests
      agenda
      subscribed
    }
  }
}
    `, {"hash":"sha256:85710fa1f8e898993a4bb1480664bfc9232d4a03975f0d18940ca335513737a2"}) as unknown as TypedDocumentString<MyNewsletterQuery, MyNewsletterQueryVariables>;
export const MyNewsletterExportDocument = new TypedDocumentString(`
    query MyNewsletterExport {
  myNewsletterSubscription {
    export
  }
}
    `, {"hash":"sha256:2dd0e0d416ab953af3b4d80ca5877fa3503e56e414ffe300303cc0c0c592bb7b"}) as unknown as TypedDocumentString<MyNewsletterExportQuery, MyNewsletterExportQueryVariables>;
export const MyOrganisationsDocument = new TypedDocumentString(`
    query MyOrganisations {
  me {
    organisations {
      id
      name
      kind
      status
    }
    organisationMemberships {
      status
      requestedAt
      refusalReason
      organisation {
        id
        name
        kind
        status
      }
    }
  }
}
    `, {"hash":"sha256:4a421f4391932ee46653ba6ca46e5ef841f3e4b807994ffa31fa419665e07b29"}) as unknown as TypedDocumentString<MyOrganisationsQuery, MyOrganisationsQueryVariables>;
export const MySubmissionsDocument = new TypedDocumentString(`
    query MySubmissions {
  me {
    submissions {
      id
      title
      contentType
      status
      statusLabel
      currentTask
      latestRevisionId
      live
      localAuthority {
        name
        code
      }
      changesRequested {
        task
        status
        statusLabel
        author
        comment
        reasons
        reasonCodes
        createdAt
      }
      comments {
        task
        status
        statusLabel
        author
        comment
        reasons
        reasonCodes
        createdAt
      }
    }
  }
}
    `, {"hash":"sha256:efea67539fd2535971f2d42e200cc5647c5f7e38efb22a5d8b31e731f4126bca"}) as unknown as TypedDocumentString<MySubmissionsQuery, MySubmissionsQueryVariables>;
export const NewsletterDocument = new TypedDocumentString(`
    query Newsletter {
  newsletters(first: 1) {
    edges {
      node {
        title
        editionNumber
        editionMonth
        summary
        sections {
          __typename
          ... on NewsletterSectionIntro {
            intro {
              html
            }
          }
          ... on NewsletterSectionConceptOfTheMonth {
            conceptOfTheMonth {
              concept {
                title
                urlPath
              }
              text {
                html
              }
            }
          }
          ... on NewsletterSectionThemeOfTheMonth {
            themeOfTheMonth {
              theme {
                title
                urlPath
              }
              text {
                html
              }
            }
          }
          ... on NewsletterSectionFeaturedPages {
            featuredPages {
              title
              intro
              pages {
                title
                urlPath
                contentType
              }
            }
          }
          ... on NewsletterSectionEcosystemNews {
            ecosystemNews {
              title
              items {
                title
                text {
                  html
                }
              }
            }
          }
          ... on NewsletterSectionAgenda {
            agenda {
              title
              events {
                title
                urlPath
                ... on EventPage {
                  localStart
                }
              }
            }
          }
          ... on NewsletterSectionNextThemeCall {
            nextThemeCall {
              nextTheme
              month
              text {
                html
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:98b929eb6376581a7a47a2e36e281030dadcbbd91214e9b37c96a229c05b5808"}) as unknown as TypedDocumentString<NewsletterQuery, NewsletterQueryVariables>;
export const NewsletterConfirmDocument = new TypedDocumentString(`
    mutation NewsletterConfirm($token: String!) {
  confirmSubscription(token: $token) {
    errors {
      field
      code
      message
    }
    managementToken
    preferences {
      newsletter
      projectDigests
      agenda
      subscribed
    }
  }
}
    `, {"hash":"sha256:1efad7d3d57606bd2c2613ffb7c316d55b818026316136930ea010fb63e589b4"}) as unknown as TypedDocumentString<NewsletterConfirmMutation, NewsletterConfirmMutationVariables>;
export const NewsletterListDocument = new TypedDocumentString(`
    query NewsletterList($first: Int!, $after: String) {
  newsletters(order: NEWEST, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        urlPath
        editionNumber
        editionMonth
        summary
      }
    }
  }
}
    `, {"hash":"sha256:075ec34aaaf9c85410a74d0e205dfbf0e2bae4ca95a7108980b105adfdaf1832"}) as unknown as TypedDocumentString<NewsletterListQuery, NewsletterListQueryVariables>;
export const NewsletterPreferencesDocument = new TypedDocumentString(`
    mutation NewsletterPreferences($token: String!, $preferences: NewsletterPreferencesInput!) {
  updateSubscriptionPreferences(token: $token, preferences: $preferences) {
    errors {
      field
      code
      message
    }
    preferences {
      newsletter
      projectDigests
      agenda
      subscribed
    }
  }
}
    `, {"hash":"sha256:97f31ef44ef221d816ac2797a41086e496a82174d6ae29c7812fe06dcafae2c3"}) as unknown as TypedDocumentString<NewsletterPreferencesMutation, NewsletterPreferencesMutationVariables>;
export const NewsletterSubscribeDocument = new TypedDocumentString(`
    mutation NewsletterSubscribe($email: String!, $preferences: NewsletterPreferencesInput, $source: String) {
  subscribeNewsletter(email: $email, preferences: $preferences, source: $source) {
    errors {
      field
      code
      message
    }
    message
  }
}
    `, {"hash":"sha256:fb5d2403c61240f4d5bf2dea8fc58d75d40b102652a7b52ab1e9caddfcd3d068"}) as unknown as TypedDocumentString<NewsletterSubscribeMutation, NewsletterSubscribeMutationVariables>;
export const NewsletterUnsubscribeDocument = new TypedDocumentString(`
    mutation NewsletterUnsubscribe($token: String!) {
  unsubscribe(token: $token) {
    errors {
      field
      code
      message
    }
    preferences {
      newsletter
      projectDigests
      agenda
      subscribed
    }
  }
}
    `, {"hash":"sha256:74fb5ff0ac74cc78e340d204cedebb34690431f57a79dfda51f20eb3d507f4dc"}) as unknown as TypedDocumentString<NewsletterUnsubscribeMutation, NewsletterUnsubscribeMutationVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Page {
      title
      urlPath
      contentType
    }
    ... on Theme {
      name
      slug
    }
    ... on LocalAuthority {
      name
      code
      kind
    }
  }
}
    `, {"hash":"sha256:f986a90649523caecb8a516771d400bf9441e8a476149ff453fc44f6c71e5eb1"}) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const OpenThreadDocument = new TypedDocumentString(`
    mutation OpenThread($project: ID!, $kind: CommunityThreadKind!, $title: String!, $body: String!, $visibility: CommunityThreadVisibility, $stage: ID, $localAuthority: ID, $attachments: [CommunityAttachmentInput!]) {
  openThread(
    project: $project
    kind: $kind
    title: $title
    body: $body
    visibility: $visibility
    stage: $stage
    localAuthority: $localAuthority
    attachments: $attachments
  ) {
    errors {
      field
      code
      message
    }
    thread {
      id
      title
    }
  }
}
    `, {"hash":"sha256:3575eddad531fa7a719696e6c1bf8236a9dc9385e09529ba7ab55377ab624cb9"}) as unknown as TypedDocumentString<OpenThreadMutation, OpenThreadMutationVariables>;
export const PageByPathDocument = new TypedDocumentString(`
    query PageByPath($urlPath: String!) {
  page(urlPath: $urlPath) {
    ...PageContent
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}
fragment ConceptPageFields on ConceptPage {
  summary
  author
  year
  furtherReadingUrl
  themes {
    name
    slug
  }
  levels {
    rank
    name
    group
    description
  }
  body {
    ...BodyBlocks
  }
}
fragment EngagementTrackIndexPageFields on EngagementTrackIndexPage {
  intro {
    html
  }
  body {
    ...BodyBlocks
  }
  children(first: 100) {
    totalCount
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on EngagementTrackPage {
          summary
          trackStartDate: startDate
          endDate
          localAuthority {
            name
            kind
          }
        }
      }
    }
  }
}
fragment EngagementTrackPageFields on EngagementTrackPage {
  summary
  trackStartDate: startDate
  endDate
  charterSignedOn
  localContact
  steeringBody
  localAuthority {
    name
    kind
    department {
      name
    }
  }
  yearlyPlans {
    yearNumber
    training
    projects
    fieldSupport
    budget
  }
  milestones {
    date
    title
    deliverable
    done
  }
  reviews {
    date
    summary
    kind
  }
  body {
    ...BodyBlocks
  }
}
fragment EventPageFields on EventPage {
  summary
  start
  end
  timeZone
  localStart
  localEnd
  format
  organiser
  placeName
  address
  city
  onlineUrl
  registrationUrl
  themes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
}
fragment ExperiencePageFields on ExperiencePage {
  summary
  participationLevel {
    level
    label
  }
  periodStart
  periodEnd
  actors
  results {
    html
  }
  contactName
  contactRole
  contactEmail
  proposedBy {
    name
    kind
  }
  localAuthorities {
    name
    code
    kind
    population
    department {
      name
      code
    }
  }
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  sources {
    url
    page {
      title
      urlPath
    }
  }
}
fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}
fragment ExperienceCard on ExperiencePage {
  id
  title
  urlPath
  summary
  participationLevel {
    level
    label
  }
  themes {
    name
    slug
  }
  localAuthorities {
    name
    code
    kind
  }
  image {
    ...CardImage
  }
}
fragment ResourceCard on ResourcePage {
  id
  title
  urlPath
  summary
  resourceType
  organisation
  publicationDate
  externalUrl
  themes {
    name
    slug
  }
  image {
    ...CardImage
  }
}
fragment EventCard on EventPage {
  id
  title
  urlPath
  summary
  localStart
  format
  city
}
fragment InspirationIndexPageFields on InspirationIndexPage {
  section
}
fragment InspirationThemePageFields on InspirationThemePage {
  month
  summary
  principle
  nextThemeTitle
  nextThemeMonth
  callForContributions {
    html
  }
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  featuredExperiences {
    ...ExperienceCard
  }
  featuredResources {
    ...ResourceCard
  }
  featuredEvents {
    ...EventCard
  }
}
fragment NewsletterPageFields on NewsletterPage {
  editionNumber
  editionMonth
  summary
  sections {
    __typename
    ... on NewsletterSectionIntro {
      id
      intro {
        html
      }
    }
    ... on NewsletterSectionConceptOfTheMonth {
      id
      conceptOfTheMonth {
        concept {
          title
          urlPath
          searchDescription
        }
        text {
          html
        }
      }
    }
    ... on NewsletterSectionThemeOfTheMonth {
      id
      themeOfTheMonth {
        theme {
          title
          urlPath
          searchDescription
        }
        text {
          html
        }
      }
    }
    ... on NewsletterSectionFeaturedPages {
      id
      featuredPages {
        title
        intro
        pages {
          __typename
          title
          urlPath
          searchDescription
        }
      }
    }
    ... on NewsletterSectionEcosystemNews {
      id
      ecosystemNews {
        title
        items {
          title
          text {
            html
          }
          image {
            alt
            rendition(width: 480) {
              url
              width
              height
            }
          }
        }
      }
    }
    ... on NewsletterSectionAgenda {
      id
      agenda {
        title
        events {
          __typename
          title
          urlPath
          ... on EventPage {
            localStart
            localEnd
            timeZone
            format
            city
          }
        }
      }
    }
    ... on NewsletterSectionNextThemeCall {
      id
      nextThemeCall {
        nextTheme
        month
        text {
          html
        }
        callToAction {
          title
          text
          buttonLabel
          link {
            url
            page {
              urlPath
            }
          }
        }
      }
    }
    ... on NewsletterSectionCallToAction {
      id
      callToAction {
        title
        text
        buttonLabel
        link {
          url
          page {
            urlPath
          }
        }
      }
    }
  }
}
fragment PageContent on Page {
  __typename
  id
  title
  urlPath
  seoTitle
  searchDescription
  lastPublishedAt
  ancestors {
    title
    urlPath
  }
  ... on HomePage {
    intro {
      html
    }
    body {
      ...BodyBlocks
    }
  }
  ... on InspirationIndexPage {
    intro {
      html
    }
    children(first: 50) {
      totalCount
      edges {
        node {
          __typename
          id
          title
          urlPath
        }
      }
    }
    ...InspirationIndexPageFields
  }
  ... on EventPage {
    ...EventPageFields
  }
  ... on NewsletterPage {
    ...NewsletterPageFields
  }
  ... on SharedProjectIndexPage {
    ...SharedProjectIndexPageFields
  }
  ... on SharedProjectPage {
    ...SharedProjectPageFields
  }
  ... on JournalEntryPage {
    ...JournalEntryPageFields
  }
  ... on ActionPlanPage {
    ...ActionPlanPageFields
  }
  ... on EngagementTrackIndexPage {
    ...EngagementTrackIndexPageFields
  }
  ... on EngagementTrackPage {
    ...EngagementTrackPageFields
  }
  ... on ExperiencePage {
    ...ExperiencePageFields
  }
  ... on InspirationThemePage {
    ...InspirationThemePageFields
  }
  ... on ConceptPage {
    ...ConceptPageFields
  }
  ... on ResourcePage {
    ...ResourcePageFields
  }
}
fragment ResourcePageFields on ResourcePage {
  summary
  resourceType
  organisation
  proposedBy {
    name
    kind
  }
  authors
  publicationDate
  externalUrl
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  document {
    title
    url
    fileExtension
    fileSize
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
}
fragment SharedProjectIndexPageFields on SharedProjectIndexPage {
  intro {
    html
  }
  body {
    ...BodyBlocks
  }
  children(first: 100) {
    totalCount
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on SharedProjectPage {
          summary
          status
          participantCapacity
          startDate
          endDate
          theme {
            name
          }
          currentStage {
            title
          }
          participants {
            name
          }
        }
      }
    }
  }
}
fragment SharedProjectPageFields on SharedProjectPage {
  summary
  status
  participantCapacity
  startDate
  endDate
  journalFeedUrl
  theme {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  stages {
    id
    kind
    title
    status
    startDate
    endDate
    description
  }
  currentStage {
    id
  }
  experts {
    name
    organisation
    role
  }
  participants {
    name
    kind
    department {
      name
    }
  }
  observers {
    name
    kind
  }
  waitingList {
    name
    kind
  }
  actionPlansProgress
  children(first: 100) {
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on JournalEntryPage {
          date
          summary
          stage {
            title
          }
          authorAuthority {
            name
          }
        }
        ... on ActionPlanPage {
          summary
          progress
          adoptionDate
          localAuthority {
            name
          }
        }
      }
    }
  }
}
fragment JournalEntryPageFields on JournalEntryPage {
  date
  summary
  stage {
    kind
    title
  }
  authorAuthority {
    name
  }
  body {
    ...BodyBlocks
  }
  parent {
    __typename
    title
    urlPath
    ... on SharedProjectPage {
      journalFeedUrl
    }
  }
}
fragment ActionPlanPageFields on ActionPlanPage {
  summary
  adoptionDate
  deliberationReference
  localAuthority {
    name
    kind
  }
  objectives {
    html
  }
  successCriteria {
    html
  }
  actions {
    id
    title
    description
    owner
    deadline
    indicator
    progress
    status
  }
  progress
  body {
    ...BodyBlocks
  }
  parent {
    title
    urlPath
  }
}`, {"hash":"sha256:ad2b49b3763f62a58ab4a90af2c91f827cea5ca6c4e1333228a8449c9b574eb2"}) as unknown as TypedDocumentString<PageByPathQuery, PageByPathQueryVariables>;
export const PostJournalEntryDocument = new TypedDocumentString(`
    mutation PostJournalEntry($project: ID!, $title: String!, $summary: String!, $body: String, $localAuthority: ID, $idempotencyKey: String) {
  postJournalEntry(
    project: $project
    title: $title
    summary: $summary
    body: $body
    localAuthority: $localAuthority
    idempotencyKey: $idempotencyKey
  ) {
    errors {
      field
      code
      message
    }
    entry {
      id
      title
      urlPath
    }
  }
}
    `, {"hash":"sha256:44531f1e01556ecaa1dcb5bd8a1e21f2cc5f7eecdfe3eb9745e4223a5637ae4f"}) as unknown as TypedDocumentString<PostJournalEntryMutation, PostJournalEntryMutationVariables>;
export const PreviewDocument = new TypedDocumentString(`
    query Preview($token: String!) {
  page(previewToken: $token) {
    id
    title
    contentType
    urlPath
    ... on ActionPlanPage {
      summary
      localAuthority {
        name
      }
      actions {
        title
        status
        progress
      }
    }
    ... on ExperiencePage {
      summary
    }
  }
}
    `, {"hash":"sha256:6590b2b8ad8c37cfba16a1300e596e8d5ce4ee060f5c161344fcab55961be34e"}) as unknown as TypedDocumentString<PreviewQuery, PreviewQueryVariables>;
export const PreviewPageDocument = new TypedDocumentString(`
    query PreviewPage($token: String!) {
  page(previewToken: $token) {
    ...PageContent
  }
}
    fragment BodyBlocks on BodyBlock {
  __typename
  ... on BodyParagraph {
    id
    paragraph {
      html
    }
  }
  ... on BodyQuote {
    id
    quote {
      quote
      author
      role
    }
  }
  ... on BodyImage {
    id
    image {
      altText
      caption
      credit
      image {
        width
        height
        rendition(width: 960) {
          url
          width
          height
        }
        srcSet(widths: [480, 960, 1440])
      }
    }
  }
  ... on BodyEmbed {
    id
    embed {
      url
    }
  }
  ... on BodyDocument {
    id
    document {
      title
      description
      document {
        title
        url
        fileExtension
        fileSize
      }
    }
  }
  ... on BodyKeyFigures {
    id
    keyFigures {
      title
      figures {
        value
        label
        source
      }
    }
  }
  ... on BodyCallToAction {
    id
    callToAction {
      title
      text
      buttonLabel
      link {
        url
        page {
          urlPath
        }
      }
    }
  }
  ... on BodyFaq {
    id
    faq {
      title
      items {
        question
        answer {
          html
        }
      }
    }
  }
}
fragment ConceptPageFields on ConceptPage {
  summary
  author
  year
  furtherReadingUrl
  themes {
    name
    slug
  }
  levels {
    rank
    name
    group
    description
  }
  body {
    ...BodyBlocks
  }
}
fragment EngagementTrackIndexPageFields on EngagementTrackIndexPage {
  intro {
    html
  }
  body {
    ...BodyBlocks
  }
  children(first: 100) {
    totalCount
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on EngagementTrackPage {
          summary
          trackStartDate: startDate
          endDate
          localAuthority {
            name
            kind
          }
        }
      }
    }
  }
}
fragment EngagementTrackPageFields on EngagementTrackPage {
  summary
  trackStartDate: startDate
  endDate
  charterSignedOn
  localContact
  steeringBody
  localAuthority {
    name
    kind
    department {
      name
    }
  }
  yearlyPlans {
    yearNumber
    training
    projects
    fieldSupport
    budget
  }
  milestones {
    date
    title
    deliverable
    done
  }
  reviews {
    date
    summary
    kind
  }
  body {
    ...BodyBlocks
  }
}
fragment EventPageFields on EventPage {
  summary
  start
  end
  timeZone
  localStart
  localEnd
  format
  organiser
  placeName
  address
  city
  onlineUrl
  registrationUrl
  themes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
}
fragment ExperiencePageFields on ExperiencePage {
  summary
  participationLevel {
    level
    label
  }
  periodStart
  periodEnd
  actors
  results {
    html
  }
  contactName
  contactRole
  contactEmail
  proposedBy {
    name
    kind
  }
  localAuthorities {
    name
    code
    kind
    population
    department {
      name
      code
    }
  }
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  sources {
    url
    page {
      title
      urlPath
    }
  }
}
fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}
fragment ExperienceCard on ExperiencePage {
  id
  title
  urlPath
  summary
  participationLevel {
    level
    label
  }
  themes {
    name
    slug
  }
  localAuthorities {
    name
    code
    kind
  }
  image {
    ...CardImage
  }
}
fragment ResourceCard on ResourcePage {
  id
  title
  urlPath
  summary
  resourceType
  organisation
  publicationDate
  externalUrl
  themes {
    name
    slug
  }
  image {
    ...CardImage
  }
}
fragment EventCard on EventPage {
  id
  title
  urlPath
  summary
  localStart
  format
  city
}
fragment InspirationIndexPageFields on InspirationIndexPage {
  section
}
fragment InspirationThemePageFields on InspirationThemePage {
  month
  summary
  principle
  nextThemeTitle
  nextThemeMonth
  callForContributions {
    html
  }
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  featuredExperiences {
    ...ExperienceCard
  }
  featuredResources {
    ...ResourceCard
  }
  featuredEvents {
    ...EventCard
  }
}
fragment NewsletterPageFields on NewsletterPage {
  editionNumber
  editionMonth
  summary
  sections {
    __typename
    ... on NewsletterSectionIntro {
      id
      intro {
        html
      }
    }
    ... on NewsletterSectionConceptOfTheMonth {
      id
      conceptOfTheMonth {
        concept {
          title
          urlPath
          searchDescription
        }
        text {
          html
        }
      }
    }
    ... on NewsletterSectionThemeOfTheMonth {
      id
      themeOfTheMonth {
        theme {
          title
          urlPath
          searchDescription
        }
        text {
          html
        }
      }
    }
    ... on NewsletterSectionFeaturedPages {
      id
      featuredPages {
        title
        intro
        pages {
          __typename
          title
          urlPath
          searchDescription
        }
      }
    }
    ... on NewsletterSectionEcosystemNews {
      id
      ecosystemNews {
        title
        items {
          title
          text {
            html
          }
          image {
            alt
            rendition(width: 480) {
              url
              width
              height
            }
          }
        }
      }
    }
    ... on NewsletterSectionAgenda {
      id
      agenda {
        title
        events {
          __typename
          title
          urlPath
          ... on EventPage {
            localStart
            localEnd
            timeZone
            format
            city
          }
        }
      }
    }
    ... on NewsletterSectionNextThemeCall {
      id
      nextThemeCall {
        nextTheme
        month
        text {
          html
        }
        callToAction {
          title
          text
          buttonLabel
          link {
            url
            page {
              urlPath
            }
          }
        }
      }
    }
    ... on NewsletterSectionCallToAction {
      id
      callToAction {
        title
        text
        buttonLabel
        link {
          url
          page {
            urlPath
          }
        }
      }
    }
  }
}
fragment PageContent on Page {
  __typename
  id
  title
  urlPath
  seoTitle
  searchDescription
  lastPublishedAt
  ancestors {
    title
    urlPath
  }
  ... on HomePage {
    intro {
      html
    }
    body {
      ...BodyBlocks
    }
  }
  ... on InspirationIndexPage {
    intro {
      html
    }
    children(first: 50) {
      totalCount
      edges {
        node {
          __typename
          id
          title
          urlPath
        }
      }
    }
    ...InspirationIndexPageFields
  }
  ... on EventPage {
    ...EventPageFields
  }
  ... on NewsletterPage {
    ...NewsletterPageFields
  }
  ... on SharedProjectIndexPage {
    ...SharedProjectIndexPageFields
  }
  ... on SharedProjectPage {
    ...SharedProjectPageFields
  }
  ... on JournalEntryPage {
    ...JournalEntryPageFields
  }
  ... on ActionPlanPage {
    ...ActionPlanPageFields
  }
  ... on EngagementTrackIndexPage {
    ...EngagementTrackIndexPageFields
  }
  ... on EngagementTrackPage {
    ...EngagementTrackPageFields
  }
  ... on ExperiencePage {
    ...ExperiencePageFields
  }
  ... on InspirationThemePage {
    ...InspirationThemePageFields
  }
  ... on ConceptPage {
    ...ConceptPageFields
  }
  ... on ResourcePage {
    ...ResourcePageFields
  }
}
fragment ResourcePageFields on ResourcePage {
  summary
  resourceType
  organisation
  proposedBy {
    name
    kind
  }
  authors
  publicationDate
  externalUrl
  themes {
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
  document {
    title
    url
    fileExtension
    fileSize
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
}
fragment SharedProjectIndexPageFields on SharedProjectIndexPage {
  intro {
    html
  }
  body {
    ...BodyBlocks
  }
  children(first: 100) {
    totalCount
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on SharedProjectPage {
          summary
          status
          participantCapacity
          startDate
          endDate
          theme {
            name
          }
          currentStage {
            title
          }
          participants {
            name
          }
        }
      }
    }
  }
}
fragment SharedProjectPageFields on SharedProjectPage {
  summary
  status
  participantCapacity
  startDate
  endDate
  journalFeedUrl
  theme {
    name
    slug
  }
  image {
    alt
    rendition(width: 960) {
      url
      width
      height
    }
    srcSet(widths: [480, 960, 1440])
  }
  body {
    ...BodyBlocks
  }
  stages {
    id
    kind
    title
    status
    startDate
    endDate
    description
  }
  currentStage {
    id
  }
  experts {
    name
    organisation
    role
  }
  participants {
    name
    kind
    department {
      name
    }
  }
  observers {
    name
    kind
  }
  waitingList {
    name
    kind
  }
  actionPlansProgress
  children(first: 100) {
    edges {
      node {
        __typename
        id
        title
        urlPath
        ... on JournalEntryPage {
          date
          summary
          stage {
            title
          }
          authorAuthority {
            name
          }
        }
        ... on ActionPlanPage {
          summary
          progress
          adoptionDate
          localAuthority {
            name
          }
        }
      }
    }
  }
}
fragment JournalEntryPageFields on JournalEntryPage {
  date
  summary
  stage {
    kind
    title
  }
  authorAuthority {
    name
  }
  body {
    ...BodyBlocks
  }
  parent {
    __typename
    title
    urlPath
    ... on SharedProjectPage {
      journalFeedUrl
    }
  }
}
fragment ActionPlanPageFields on ActionPlanPage {
  summary
  adoptionDate
  deliberationReference
  localAuthority {
    name
    kind
  }
  objectives {
    html
  }
  successCriteria {
    html
  }
  actions {
    id
    title
    description
    owner
    deadline
    indicator
    progress
    status
  }
  progress
  body {
    ...BodyBlocks
  }
  parent {
    title
    urlPath
  }
}`, {"hash":"sha256:63f7b420479708790b7075f25d8044b72375563a16bcd3c0ab8397641f489b11"}) as unknown as TypedDocumentString<PreviewPageQuery, PreviewPageQueryVariables>;
export const ProposeThemeDocument = new TypedDocumentString(`
    mutation ProposeTheme($title: String!, $description: String!, $localAuthority: ID, $idempotencyKey: String) {
  proposeTheme(
    title: $title
    description: $description
    localAuthority: $localAuthority
    idempotencyKey: $idempotencyKey
  ) {
    errors {
      field
      code
      message
    }
    proposal {
      id
      title
      status
    }
  }
}
    `, {"hash":"sha256:75150f5360f6b17d67754fc2f6b3c5c7258045a3c6461abb92536a4d8cc4a533"}) as unknown as TypedDocumentString<ProposeThemeMutation, ProposeThemeMutationVariables>;
export const RedirectDocument = new TypedDocumentString(`
    query Redirect($path: String!) {
  redirect(path: $path) {
    oldPath
    location
    isPermanent
    statusCode
  }
}
    `, {"hash":"sha256:28ff14c796c1384a45b4942884fde2ae6b08061978d228a2857511923ae85f7a"}) as unknown as TypedDocumentString<RedirectQuery, RedirectQueryVariables>;
export const RedirectsDocument = new TypedDocumentString(`
    query Redirects($first: Int = 100, $after: String) {
  redirects(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        oldPath
        location
        statusCode
      }
    }
  }
}
    `, {"hash":"sha256:d547083e14dedd2b59f81adb54426e4e61b8b3804149ab7064e90f59c7dc9234"}) as unknown as TypedDocumentString<RedirectsQuery, RedirectsQueryVariables>;
export const ReplyToThreadDocument = new TypedDocumentString(`
    mutation ReplyToThread($thread: ID!, $body: String!, $replyTo: ID, $localAuthority: ID, $attachments: [CommunityAttachmentInput!]) {
  reply(
    thread: $thread
    body: $body
    replyTo: $replyTo
    localAuthority: $localAuthority
    attachments: $attachments
  ) {
    errors {
      field
      code
      message
    }
    message {
      id
      body
    }
  }
}
    `, {"hash":"sha256:3dae1ae26e6f2c86a082386048c3f20316f87ad33040c85c8733c210c3fae4ed"}) as unknown as TypedDocumentString<ReplyToThreadMutation, ReplyToThreadMutationVariables>;
export const ReportMessageDocument = new TypedDocumentString(`
    mutation ReportMessage($message: ID!, $reason: String!) {
  reportMessage(message: $message, reason: $reason) {
    errors {
      field
      code
      message
    }
    reported
  }
}
    `, {"hash":"sha256:9ff15d50d03b23eec8850813d4e04363bdc07b26421d18a671aa86bb10056a37"}) as unknown as TypedDocumentString<ReportMessageMutation, ReportMessageMutationVariables>;
export const RequestEmailSignInDocument = new TypedDocumentString(`
    mutation RequestEmailSignIn($email: String!) {
  requestEmailSignIn(email: $email) {
    errors {
      field
      code
      message
    }
    sent
  }
}
    `, {"hash":"sha256:8c35883490f75d379da929b584e3b76b51739b75a2afc135bcedaaabd94a4321"}) as unknown as TypedDocumentString<RequestEmailSignInMutation, RequestEmailSignInMutationVariables>;
export const RequestMembershipDocument = new TypedDocumentString(`
    mutation RequestMembership($localAuthority: ID!, $message: String) {
  requestMembership(localAuthority: $localAuthority, message: $message) {
    errors {
      field
      code
      message
    }
    membership {
      status
      localAuthority {
        name
      }
    }
  }
}
    `, {"hash":"sha256:78bbda43d1a408da193b5bc14f67356374909e65f1e0467dd80f0ff4a06f945c"}) as unknown as TypedDocumentString<RequestMembershipMutation, RequestMembershipMutationVariables>;
export const RequestOrganisationMembershipDocument = new TypedDocumentString(`
    mutation RequestOrganisationMembership($organisation: ID!, $message: String) {
  requestOrganisationMembership(organisation: $organisation, message: $message) {
    errors {
      field
      code
      message
    }
    membership {
      status
      organisation {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:2e5c1f00293a55d2158f6daa12fb3dfac9eda958faa77eb5b1c87fde4e7d9086"}) as unknown as TypedDocumentString<RequestOrganisationMembershipMutation, RequestOrganisationMembershipMutationVariables>;
export const ResourceListingDocument = new TypedDocumentString(`
    query ResourceListing($filter: ResourceFilter, $first: Int, $after: String) {
  resources(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      node {
        ...ResourceCard
      }
    }
  }
  themes {
    name
    slug
  }
}
    fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}
fragment ResourceCard on ResourcePage {
  id
  title
  urlPath
  summary
  resourceType
  organisation
  publicationDate
  externalUrl
  themes {
    name
    slug
  }
  image {
    ...CardImage
  }
}`, {"hash":"sha256:a0057d8642a6ee17b7055b308442277bd7cf42923419e2279e811e7a8dd696fe"}) as unknown as TypedDocumentString<ResourceListingQuery, ResourceListingQueryVariables>;
export const RestoreMessageDocument = new TypedDocumentString(`
    mutation RestoreMessage($message: ID!, $reason: String!) {
  restoreMessage(message: $message, reason: $reason) {
    errors {
      field
      code
      message
    }
    message {
      id
      hidden
      body
    }
  }
}
    `, {"hash":"sha256:e328ad1b1305d035e4d651cb52162aa3cd613c465ca2d3c130de6cfb155d208f"}) as unknown as TypedDocumentString<RestoreMessageMutation, RestoreMessageMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String, $spellcheck: Boolean) {
  search(
    query: $query
    filter: $filter
    sort: $sort
    first: $first
    after: $after
    spellcheck: $spellcheck
  ) {
    totalCount
    correctedQuery
    expansions
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    promotions {
      title
      url
      description
      page {
        urlPath
      }
    }
    facets {
      contentType {
        value
        label
        count
      }
      theme {
        value
        label
        count
      }
      territoryType {
        value
        label
        count
      }
      department {
        value
        label
        count
      }
      participationLevel {
        value
        label
        count
      }
      year {
        value
        label
        count
      }
    }
    edges {
      cursor
      node {
        contentType
        title
        urlPath
        highlights {
          title
          summary
          excerpt
        }
      }
    }
  }
}
    `, {"hash":"sha256:ea32214390f99d32383f5ba9093e3fd56cdcba861a95e59e9316176795e044e0"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SearchStartDocument = new TypedDocumentString(`
    query SearchStart {
  themes {
    name
    slug
  }
}
    `, {"hash":"sha256:04d79ad80fd5c22de2bc0442b3090143e5bb50bd0a90a0bd4c262a95293e73be"}) as unknown as TypedDocumentString<SearchStartQuery, SearchStartQueryVariables>;
export const SetCommunityNotificationsDocument = new TypedDocumentString(`
    mutation SetCommunityNotifications($frequency: CommunityNotificationFrequency!) {
  setCommunityNotifications(frequency: $frequency) {
    errors {
      field
      code
      message
    }
    frequency
  }
}
    `, {"hash":"sha256:64c06ad74d1a81bf1f4382516db7e1b998f3d721d5f8ba5914e7d799bc3ce593"}) as unknown as TypedDocumentString<SetCommunityNotificationsMutation, SetCommunityNotificationsMutationVariables>;
export const SharedProjectDocument = new TypedDocumentString(`
    query SharedProject($id: ID!) {
  sharedProject(id: $id) {
    id
    title
    urlPath
    summary
    status
    participantCapacity
    startDate
    endDate
    theme {
      name
    }
    stages {
      id
      kind
      title
      status
      startDate
      endDate
      description
    }
    currentStage {
      kind
      title
    }
    experts {
      name
      organisation
      role
    }
    participants {
      id
      name
      code
      kind
    }
    observers {
      id
      name
    }
    waitingList {
      id
      name
    }
  }
  journalEntries(project: $id, first: 10) {
    totalCount
    edges {
      node {
        id
        title
        date
        summary
        urlPath
        stage {
          id
          kind
          title
        }
        authorAuthority {
          id
          name
        }
      }
    }
  }
  actionPlans(project: $id) {
    edges {
      node {
        id
        title
        localAuthority {
          id
          name
        }
        progress
        actions {
          id
          title
          status
          progress
          deadline
        }
      }
    }
  }
}
    `, {"hash":"sha256:d6628cc22f9f923e6382e0a79f053b46cb3fea1f69dd5eebf85a775cee79c34f"}) as unknown as TypedDocumentString<SharedProjectQuery, SharedProjectQueryVariables>;
export const SignInWithProConnectDocument = new TypedDocumentString(`
    mutation SignInWithProConnect($idToken: String!, $userinfo: String) {
  signInWithProConnect(idToken: $idToken, userinfo: $userinfo) {
    token
    expiresAt
    me {
      username
      firstName
      lastName
    }
    notices
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:dc7dd090120fd4640dda4ad064984d10a3510ee429097359e9ccf48890fe9255"}) as unknown as TypedDocumentString<SignInWithProConnectMutation, SignInWithProConnectMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    revoked
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:dcd9ff9af0eaf2265cef85e2426393b9857c4408f862359a5ce5d0d6f5be6d32"}) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SiteLayoutDocument = new TypedDocumentString(`
    query SiteLayout {
  siteSettings {
    siteName
    baseline
    operator
    contactEmail
    socialImage {
      alt
      rendition(width: 1200, height: 630) {
        url
        width
        height
      }
    }
    footerLinks {
      kind
      label
      url
      urlPath
      isExternal
    }
    legalLinks {
      kind
      label
      url
      urlPath
      isExternal
    }
    accessibilityStatus
    accessibilityStatusLabel
  }
  menu {
    title
    urlPath
    children {
      title
      urlPath
    }
  }
}
    `, {"hash":"sha256:dd12109a9ef911c61be1c7b7c6b3e88c26083ddc0f8af770ab0da63da1c98010"}) as unknown as TypedDocumentString<SiteLayoutQuery, SiteLayoutQueryVariables>;
export const SitemapDocument = new TypedDocumentString(`
    query Sitemap($first: Int = 100, $after: String) {
  sitemap(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        urlPath
        lastPublishedAt
        contentType
      }
    }
  }
}
    `, {"hash":"sha256:45a5ca88add00c737b32c21b6ba0071f7102977c0e112a09483fae49996c9330"}) as unknown as TypedDocumentString<SitemapQuery, SitemapQueryVariables>;
export const SubmitActionPlanDocument = new TypedDocumentString(`
    mutation SubmitActionPlan($project: ID!, $title: String!, $summary: String!, $objectives: String!, $successCriteria: String, $actions: [ActionInput!], $localAuthority: ID, $idempotencyKey: String) {
  submitActionPlan(
    project: $project
    title: $title
    summary: $summary
    objectives: $objectives
    successCriteria: $successCriteria
    actions: $actions
    localAuthority: $localAuthority
    idempotencyKey: $idempotencyKey
  ) {
    errors {
      field
      code
      message
    }
    planId
    inWorkflow
  }
}
    `, {"hash":"sha256:81dcb860844334c05e1a0d516f409f95b4b63fbf1af6c9b588aaed9773d0f5a6"}) as unknown as TypedDocumentString<SubmitActionPlanMutation, SubmitActionPlanMutationVariables>;
export const SubmitExperienceDocument = new TypedDocumentString(`
    mutation SubmitExperience($input: ExperienceSubmissionInput!, $idempotencyKey: String) {
  submitExperience(input: $input, idempotencyKey: $idempotencyKey) {
    errors {
      field
      code
      message
    }
    submission {
      id
      title
      status
      statusLabel
      currentTask
      latestRevisionId
      localAuthority {
        name
        code
      }
    }
  }
}
    `, {"hash":"sha256:1a4108397ab628685766173b5f457efdc361878d79a7eb36033b7cc6d73d2e4f"}) as unknown as TypedDocumentString<SubmitExperienceMutation, SubmitExperienceMutationVariables>;
export const SubmitResourceDocument = new TypedDocumentString(`
    mutation SubmitResource($input: ResourceSubmissionInput!, $idempotencyKey: String) {
  submitResource(input: $input, idempotencyKey: $idempotencyKey) {
    errors {
      field
      code
      message
    }
    submission {
      id
      title
      status
      statusLabel
      currentTask
      latestRevisionId
      localAuthority {
        name
        code
      }
      organisation {
        name
      }
    }
  }
}
    `, {"hash":"sha256:f7fa837de085e39de2f637ba7e6995b7d91601b5e63bf8fe846576b29f53c54a"}) as unknown as TypedDocumentString<SubmitResourceMutation, SubmitResourceMutationVariables>;
export const SubscribeMyNewsletterDocument = new TypedDocumentString(`
    mutation SubscribeMyNewsletter($preferences: NewsletterPreferencesInput) {
  subscribeMyNewsletter(preferences: $preferences) {
    errors {
      field
      code
      message
    }
    subscription {
      status
      confirmationNeeded
    }
  }
}
    `, {"hash":"sha256:f6dac5863102c80d532cabf02d7b1bd23956dc54d9c58d03e35e726dd897afbf"}) as unknown as TypedDocumentString<SubscribeMyNewsletterMutation, SubscribeMyNewsletterMutationVariables>;
export const TaxonomyDocument = new TypedDocumentString(`
    query Taxonomy {
  themes {
    id
    slug
  }
  territoryTypes {
    id
    slug
  }
}
    `, {"hash":"sha256:47543700b5b1dbb6b04f863d166a85343e3232e81215ba948524d809dd5c867a"}) as unknown as TypedDocumentString<TaxonomyQuery, TaxonomyQueryVariables>;
export const ThemeCallDocument = new TypedDocumentString(`
    query ThemeCall {
  votingCampaigns {
    id
    title
    description
    opensAt
    closesAt
    status
  }
  themeProposals(status: APPROVED) {
    id
    title
    description
    voteCount
    localAuthority {
      name
    }
  }
}
    `, {"hash":"sha256:1f1cc0fa235931ef7f1fbf2cdd6224f2fd04d75802a68cd657d379411f61badc"}) as unknown as TypedDocumentString<ThemeCallQuery, ThemeCallQueryVariables>;
export const ThemeListingDocument = new TypedDocumentString(`
    query ThemeListing($first: Int, $after: String) {
  inspirationThemes(first: $first, after: $after) {
    totalCount
    edges {
      node {
        ...ThemeCard
      }
    }
  }
}
    fragment CardImage on Image {
  alt
  rendition(width: 480) {
    url
    width
    height
  }
  srcSet(widths: [480, 960])
}
fragment ThemeCard on InspirationThemePage {
  id
  title
  urlPath
  month
  summary
  image {
    ...CardImage
  }
}`, {"hash":"sha256:4602070835926b5a1bd6e65bb3f7d81929e4631e352523b5cf8ffa67c66ca790"}) as unknown as TypedDocumentString<ThemeListingQuery, ThemeListingQueryVariables>;
export const ThemeOfTheMonthDocument = new TypedDocumentString(`
    query ThemeOfTheMonth {
  inspirationThemes(first: 1) {
    edges {
      node {
        id
        title
        month
        summary
        principle
        image {
          alt
          rendition(width: 1200, height: 630, format: WEBP) {
            url
            width
            height
          }
          srcSet(widths: [480, 960])
        }
        themes {
          name
          slug
        }
        featuredExperiences {
          title
          urlPath
          summary
          participationLevel {
            level
            label
          }
          localAuthorities {
            name
          }
        }
        featuredResources {
          title
          urlPath
          resourceType
          organisation
          externalUrl
        }
        featuredEvents {
          title
          urlPath
          localStart
          format
          registrationUrl
        }
        nextThemeTitle
        nextThemeMonth
        callForContributions {
          html
        }
      }
    }
  }
}
    `, {"hash":"sha256:cbea5adb57ef7aac1f9b10f0a08e07d92e3786d1745e1155965d7326ac6790db"}) as unknown as TypedDocumentString<ThemeOfTheMonthQuery, ThemeOfTheMonthQueryVariables>;
export const UnsubscribeMyNewsletterDocument = new TypedDocumentString(`
    mutation UnsubscribeMyNewsletter {
  unsubscribeMyNewsletter {
    errors {
      field
      code
      message
    }
    subscription {
      status
    }
  }
}
    `, {"hash":"sha256:2cc1d2113e30a5efaa5aa698923850a9f167a28b01239f035dd3ad6b42ae3f41"}) as unknown as TypedDocumentString<UnsubscribeMyNewsletterMutation, UnsubscribeMyNewsletterMutationVariables>;
export const UpdateMyNewsletterPreferencesDocument = new TypedDocumentString(`
    mutation UpdateMyNewsletterPreferences($preferences: NewsletterPreferencesInput!) {
  updateMyNewsletterPreferences(preferences: $preferences) {
    errors {
      field
      code
      message
    }
    subscription {
      status
    }
  }
}
    `, {"hash":"sha256:951c2e626f108f1c8bfee507b5e2a6055f5c4add923e727b752449a31f88fc2f"}) as unknown as TypedDocumentString<UpdateMyNewsletterPreferencesMutation, UpdateMyNewsletterPreferencesMutationVariables>;
export const UpdateSubmissionDocument = new TypedDocumentString(`
    mutation UpdateSubmission($id: ID!, $baseRevisionId: ID!, $input: SubmissionUpdateInput!) {
  updateSubmission(id: $id, baseRevisionId: $baseRevisionId, input: $input) {
    errors {
      field
      code
      message
    }
    submission {
      id
      status
      statusLabel
      currentTask
      latestRevisionId
    }
    conflict {
      currentRevisionId
      savedBy
      savedAt
      changes {
        field
        label
        base
        current
      }
    }
  }
}
    `, {"hash":"sha256:6c248781080f96849c5f27d39b27242322ec24fc6671d76c5a87d77d08503dbd"}) as unknown as TypedDocumentString<UpdateSubmissionMutation, UpdateSubmissionMutationVariables>;
export const VoteForThemeDocument = new TypedDocumentString(`
    mutation VoteForTheme($proposal: ID!, $localAuthority: ID, $idempotencyKey: String) {
  voteForTheme(
    proposal: $proposal
    localAuthority: $localAuthority
    idempotencyKey: $idempotencyKey
  ) {
    errors {
      field
      code
      message
    }
    proposal {
      id
      voteCount
    }
    remainingVotes
  }
}
    `, {"hash":"sha256:6f2cc922ef7d9aa08b9af93260d4c11e8c2169dc4753b4cf2328ccadd28ce4c2"}) as unknown as TypedDocumentString<VoteForThemeMutation, VoteForThemeMutationVariables>;
export const WithdrawEnrollmentDocument = new TypedDocumentString(`
    mutation WithdrawEnrollment($project: ID!, $localAuthority: ID, $idempotencyKey: String) {
  withdrawEnrollment(
    project: $project
    localAuthority: $localAuthority
    idempotencyKey: $idempotencyKey
  ) {
    errors {
      field
      code
      message
    }
    enrollment {
      id
      status
    }
  }
}
    `, {"hash":"sha256:43ba5ffa7db86a8dcbe163d2f9d97f6c7eec2a18cea3ff4053ca45e51d6e3cfd"}) as unknown as TypedDocumentString<WithdrawEnrollmentMutation, WithdrawEnrollmentMutationVariables>;
export const WithdrawVoteDocument = new TypedDocumentString(`
    mutation WithdrawVote($proposal: ID!, $localAuthority: ID, $idempotencyKey: String) {
  withdrawVote(
    proposal: $proposal
    localAuthority: $localAuthority
    idempotencyKey: $idempotencyKey
  ) {
    errors {
      field
      code
      message
    }
    proposal {
      id
      voteCount
    }
  }
}
    `, {"hash":"sha256:29f6a0e8f7c97bcfcc91578b660c09e4c4134dd72795fd7eec6f41e248816019"}) as unknown as TypedDocumentString<WithdrawVoteMutation, WithdrawVoteMutationVariables>;