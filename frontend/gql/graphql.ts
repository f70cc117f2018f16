/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  /** Code officiel d'une collectivité (INSEE ou SIREN). */
  localAuthority?: string | null | undefined;
  /** Niveau sur l'échelle d'Arnstein, de 1 à 8. */
  participationLevel?: number | null | undefined;
  /** Identifiant (slug) d'un type de territoire : qpv, villes, ruralites. */
  territoryType?: string | null | undefined;
  /** Identifiant (slug) d'une thématique. */
  theme?: string | null | undefined;
};

/** Une expérience territoriale proposée par une collectivité. */
export type ExperienceSubmissionInput = {
  /** Récit : texte brut ou HTML selon `bodyFormat` ; le HTML est nettoyé. */
  body?: string | null | undefined;
  /** Format de `body` (TEXT par défaut). */
  bodyFormat?: BodyFormat | null | undefined;
  /** Code officiel (INSEE, SIREN) de votre collectivité ; facultatif si vous n'en représentez qu'une. */
  localAuthority?: string | null | undefined;
  /** Niveau de participation sur l'échelle d'Arnstein, de 1 à 8 (obligatoire). */
  participationLevel?: number | null | undefined;
  /** Résumé (obligatoire, 800 caractères au plus ; le HTML est retiré). */
  summary?: string | null | undefined;
  /** Types de territoire (slugs : qpv, villes, ruralites). */
  territoryTypes?: Array<string> | null | undefined;
  /** Thématiques (slugs). */
  themes?: Array<string> | null | undefined;
  /** Titre (obligatoire, 255 caractères au plus ; le HTML est retiré). */
  title?: string | null | undefined;
};

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

/** Décision d'un modérateur sur l'étape en cours. */
export type ModerationAction =
  /** Approuver l'étape (la dernière étape publie le contenu). */
  | 'APPROVE'
  /** Refuser définitivement, avec un commentaire. */
  | 'REJECT'
  /** Renvoyer à la collectivité avec des motifs et un commentaire. */
  | 'REQUEST_CHANGES';

/** Filtres des ressources ; ils se cumulent. */
export type ResourceFilter = {
  /** Nature de la ressource. */
  resourceType?: ResourceType | null | undefined;
  /** Identifiant (slug) d'une thématique. */
  theme?: string | null | undefined;
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
  /** Ressources : lien. */
  externalUrl?: string | null | undefined;
  /** Code officiel (INSEE, SIREN) de votre collectivité ; facultatif si vous n'en représentez qu'une. */
  localAuthority?: string | null | undefined;
  /** Ressources : organisme auteur. */
  organisation?: string | null | undefined;
  /** Expériences : niveau de participation (1 à 8). */
  participationLevel?: number | null | undefined;
  /** Ressources : type. */
  resourceType?: string | null | undefined;
  /** Résumé (obligatoire, 800 caractères au plus ; le HTML est retiré). */
  summary?: string | null | undefined;
  /** Types de territoire (slugs : qpv, villes, ruralites). */
  territoryTypes?: Array<string> | null | undefined;
  /** Thématiques (slugs). */
  themes?: Array<string> | null | undefined;
  /** Titre (obligatoire, 255 caractères au plus ; le HTML est retiré). */
  title?: string | null | undefined;
};

/** État d'une campagne de vote : à venir, ouverte ou close. */
export type VotingCampaignStatus =
  /** Fermer */
  | 'CLOSED'
  /** Ouverte */
  | 'OPEN'
  /** À venir */
  | 'UPCOMING';

export type ConceptListingQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConceptListingQuery = { concepts: { totalCount: number, edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, author: string, year: number | null } | null } | null> } };

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
    | { summary: string, periodStart: string | null, periodEnd: string | null, actors: string, contactName: string, contactRole: string, contactEmail: string, id: string, title: string, seoTitle: string, searchDescription: string, participationLevel: { level: number, label: string }, results: { html: string }, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind, population: number | null }>, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string }>, image: { alt: string, focalPoint: { x: number, y: number, width: number, height: number } | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'BodyCallToAction' }
        | { __typename: 'BodyDocument' }
        | { __typename: 'BodyEmbed' }
        | { __typename: 'BodyFaq' }
        | { __typename: 'BodyImage', image: { caption: string | null, credit: string | null, altText: string | null, image: { rendition: { url: string } | null } | null } }
        | { __typename: 'BodyKeyFigures', keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null } | null> | null } }
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


export type ExperienceListQuery = { experiences: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, urlPath: string, summary: string, firstPublishedAt: string | null, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind, department: { name: string, code: string } | null }>, image: { alt: string, rendition: { url: string, width: number, height: number } | null } | null } | null } | null> }, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }> };

export type ExperienceListingQueryVariables = Exact<{
  filter?: ExperienceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExperienceListingQuery = { experiences: { totalCount: number, edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } | null } | null> }, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, experienceDepartments: Array<{ name: string, code: string }>, participationLevels: Array<{ level: number, label: string }> };

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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
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
           | null } | null> } }
   | null, inspirationThemes: { edges: Array<{ node: { title: string, urlPath: string, month: string, principle: string } | null } | null> }, events: { edges: Array<{ node: { title: string, localStart: string, urlPath: string } | null } | null> }, sharedProjects: { edges: Array<{ node: { title: string, urlPath: string, status: SharedProjectStatus } | null } | null> } };

export type HomeHighlightsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeHighlightsQuery = { inspirationThemes: { edges: Array<{ node: { principle: string, nextThemeTitle: string, nextThemeMonth: string | null, id: string, title: string, urlPath: string, month: string, summary: string, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } | null } | null> }, experiences: { totalCount: number, edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } | null } | null> }, events: { edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, localStart: string, format: EventFormat, city: string } | null } | null> }, sharedProjects: { edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, status: SharedProjectStatus } | null } | null> }, votingCampaigns: Array<{ id: string, title: string, description: string, opensAt: string, closesAt: string, status: VotingCampaignStatus }>, themeProposals: Array<{ id: string, title: string, description: string, voteCount: number, localAuthority: { name: string } | null }>, sections: { edges: Array<{ node:
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
       | null } | null> }, sharedProjectIndexes: { edges: Array<{ node:
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
       | null } | null> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, submissions: Array<{ id: string, title: string, contentType: string, status: SubmissionStatus, currentTask: string | null, latestRevisionId: string | null, live: boolean, comments: Array<{ task: string, status: string, author: string, comment: string, reasons: Array<string>, createdAt: string | null }>, history: Array<{ action: string, label: string, user: string | null, timestamp: string }> }>, moderationQueue: Array<{ id: string, title: string, currentTask: string | null, localAuthority: { name: string } | null }> } | null };

export type ModerateMutationVariables = Exact<{
  submission: string | number;
  action: ModerationAction;
  comment?: string | null | undefined;
  reasons?: Array<ChangeReason> | ChangeReason | null | undefined;
}>;


export type ModerateMutation = { moderate: { errors: Array<{ field: string | null, code: string, message: string }>, submission: { id: string, status: SubmissionStatus, currentTask: string | null, live: boolean } | null } | null };

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
               | null> | null } }
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
          | { __typename: 'NewsletterSectionEcosystemNews', ecosystemNews: { title: string | null, items: Array<{ title: string | null, text: { html: string } | null } | null> | null } }
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
               | null> | null } }
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
        > } | null } | null> } };

export type PageByPathQueryVariables = Exact<{
  urlPath: string;
}>;


export type PageByPathQuery = { page:
    | { __typename: 'ActionPlanPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
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
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null } | null> | null } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null } | null> | null } }
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
      > }
    | { __typename: 'EngagementTrackPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
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
    | { __typename: 'EventPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
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
      >, participationLevel: { level: number, label: string }, results: { html: string }, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind, population: number | null, department: { name: string, code: string } | null }>, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
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
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null } | null> | null } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null } | null> | null } }
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
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null } | null> | null } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null } | null> | null } }
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
           | null } | null> }, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
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
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null } | null> | null } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null } | null> | null } }
        | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
        | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
      >, featuredExperiences: Array<{ id: string, title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredResources: Array<{ id: string, title: string, urlPath: string, summary: string, resourceType: ResourceType, organisation: string, publicationDate: string | null, externalUrl: string, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredEvents: Array<{ id: string, title: string, urlPath: string, summary: string, localStart: string, format: EventFormat, city: string }> }
    | { __typename: 'JournalEntryPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
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
    | { __typename: 'NewsletterPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
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
      >, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
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
        | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null } | null> | null } }
        | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
        | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null } | null> | null } }
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
      > }
    | { __typename: 'SharedProjectPage', id: string, title: string, urlPath: string, seoTitle: string, searchDescription: string, lastPublishedAt: string | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
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

export type ResourceListingQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResourceListingQuery = { resources: { totalCount: number, edges: Array<{ node: { id: string, title: string, urlPath: string, summary: string, resourceType: ResourceType, organisation: string, publicationDate: string | null, externalUrl: string, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } | null } | null> }, themes: Array<{ name: string, slug: string }> };

export type SharedProjectQueryVariables = Exact<{
  slug: string;
}>;


export type SharedProjectQuery = { sharedProject: { id: string, title: string, urlPath: string, summary: string, status: SharedProjectStatus, participantCapacity: number, startDate: string | null, endDate: string | null, theme: { name: string }, stages: Array<{ kind: StageKind, title: string, status: StageStatus, startDate: string | null, endDate: string | null, description: string }>, currentStage: { kind: StageKind, title: string } | null, experts: Array<{ name: string, organisation: string, role: string }>, participants: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, observers: Array<{ name: string }>, waitingList: Array<{ name: string }> } | null, journalEntries: { totalCount: number, edges: Array<{ node: { title: string, date: string, summary: string, urlPath: string, stage: { kind: StageKind, title: string } | null, authorAuthority: { name: string } | null } | null } | null> }, actionPlans: { edges: Array<{ node: { title: string, progress: number | null, localAuthority: { name: string }, actions: Array<{ title: string, status: ActionStatus, progress: number, deadline: string | null }> } | null } | null> } };

export type SiteLayoutQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteLayoutQuery = { page:
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
    | { id: string, title: string, children: { edges: Array<{ node:
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
            | { id: string, title: string, urlPath: string }
           | null } | null> } }
   | null };

export type SubmitExperienceMutationVariables = Exact<{
  input: ExperienceSubmissionInput;
}>;


export type SubmitExperienceMutation = { submitExperience: { errors: Array<{ field: string | null, code: string, message: string }>, submission: { id: string, title: string, status: SubmissionStatus, currentTask: string | null, latestRevisionId: string | null, localAuthority: { name: string, code: string } | null } | null } | null };

export type ThemeCallQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeCallQuery = { votingCampaigns: Array<{ id: string, title: string, description: string, opensAt: string, closesAt: string, status: VotingCampaignStatus }>, themeProposals: Array<{ id: string, title: string, description: string, voteCount: number, localAuthority: { name: string } | null }> };

export type ThemeListingQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ThemeListingQuery = { inspirationThemes: { totalCount: number, edges: Array<{ node: { id: string, title: string, urlPath: string, month: string, summary: string, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } | null } | null> } };

export type ThemeOfTheMonthQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeOfTheMonthQuery = { inspirationThemes: { edges: Array<{ node: { id: string, title: string, month: string, summary: string, principle: string, nextThemeTitle: string, nextThemeMonth: string | null, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, themes: Array<{ name: string, slug: string }>, featuredExperiences: Array<{ title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, localAuthorities: Array<{ name: string }> }>, featuredResources: Array<{ title: string, urlPath: string, resourceType: ResourceType, organisation: string, externalUrl: string }>, featuredEvents: Array<{ title: string, urlPath: string, localStart: string, format: EventFormat, registrationUrl: string }>, callForContributions: { html: string } } | null } | null> } };

export type UpdateSubmissionMutationVariables = Exact<{
  id: string | number;
  baseRevisionId: string | number;
  input: SubmissionUpdateInput;
}>;


export type UpdateSubmissionMutation = { updateSubmission: { errors: Array<{ field: string | null, code: string, message: string }>, submission: { id: string, status: SubmissionStatus, currentTask: string | null, latestRevisionId: string | null } | null } | null };

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

type BodyBlocks_BodyFaq_Fragment = { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null } | null> | null } };

type BodyBlocks_BodyImage_Fragment = { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } };

type BodyBlocks_BodyKeyFigures_Fragment = { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null } | null> | null } };

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
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null } | null> | null } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null } | null> | null } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  > };

export type ExperiencePageFieldsFragment = { summary: string, periodStart: string | null, periodEnd: string | null, actors: string, contactName: string, contactRole: string, contactEmail: string, participationLevel: { level: number, label: string }, results: { html: string }, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind, population: number | null, department: { name: string, code: string } | null }>, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
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
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null } | null> | null } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null } | null> | null } }
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
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null } | null> | null } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null } | null> | null } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  >, featuredExperiences: Array<{ id: string, title: string, urlPath: string, summary: string, participationLevel: { level: number, label: string }, themes: Array<{ name: string, slug: string }>, localAuthorities: Array<{ name: string, code: string, kind: LocalAuthorityKind }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredResources: Array<{ id: string, title: string, urlPath: string, summary: string, resourceType: ResourceType, organisation: string, publicationDate: string | null, externalUrl: string, themes: Array<{ name: string, slug: string }>, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null }>, featuredEvents: Array<{ id: string, title: string, urlPath: string, summary: string, localStart: string, format: EventFormat, city: string }> };

export type ResourcePageFieldsFragment = { summary: string, resourceType: ResourceType, organisation: string, authors: string, publicationDate: string | null, externalUrl: string, themes: Array<{ name: string, slug: string }>, territoryTypes: Array<{ name: string, slug: string }>, document: { title: string, url: string, fileExtension: string, fileSize: number | null } | null, image: { alt: string, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
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
    | { __typename: 'BodyFaq', id: string, faq: { title: string | null, items: Array<{ question: string | null, answer: { html: string } | null } | null> | null } }
    | { __typename: 'BodyImage', id: string, image: { altText: string | null, caption: string | null, credit: string | null, image: { width: number, height: number, srcSet: string | null, rendition: { url: string, width: number, height: number } | null } | null } }
    | { __typename: 'BodyKeyFigures', id: string, keyFigures: { title: string | null, figures: Array<{ value: string | null, label: string | null, source: string | null } | null> | null } }
    | { __typename: 'BodyParagraph', id: string, paragraph: { html: string } | null }
    | { __typename: 'BodyQuote', id: string, quote: { quote: string | null, author: string | null, role: string | null } }
  > };

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
export const InspirationIndexPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspirationIndexPageFields on InspirationIndexPage {
  section
}
    `, {"fragmentName":"InspirationIndexPageFields"}) as unknown as TypedDocumentString<InspirationIndexPageFieldsFragment, unknown>;
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
export const ResourcePageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResourcePageFields on ResourcePage {
  summary
  resourceType
  organisation
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
        name
        code
        kind
        population
      }
      themes {
        name
        slug
      }
      territoryTypes {
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
    `, {"hash":"sha256:c23c819ad65bd58ecf737b0ec544ecbfa1726859f0c7d6a9fe34e08d52e65f72"}) as unknown as TypedDocumentString<ExperienceDetailQuery, ExperienceDetailQueryVariables>;
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
          name
          slug
        }
        territoryTypes {
          name
          slug
        }
        localAuthorities {
          name
          code
          kind
          department {
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
    name
    slug
  }
  territoryTypes {
    name
    slug
  }
}
    `, {"hash":"sha256:7eebb3434e598dabe17947f72d19c916a075444b683c25901612634fc8c63801"}) as unknown as TypedDocumentString<ExperienceListQuery, ExperienceListQueryVariables>;
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
export const PageByPathDocument = new TypedDocumentString(`
    query PageByPath($urlPath: String!) {
  page(urlPath: $urlPath) {
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
fragment ResourcePageFields on ResourcePage {
  summary
  resourceType
  organisation
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
}`, {"hash":"sha256:f747b00569def661c55cbea26b08ec8a5fd7adabf48bc4a9bd2a9fd1a071f210"}) as unknown as TypedDocumentString<PageByPathQuery, PageByPathQueryVariables>;
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
export const SharedProjectDocument = new TypedDocumentString(`
    query SharedProject($slug: String!) {
  sharedProject(slug: $slug) {
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
      name
      code
      kind
    }
    observers {
      name
    }
    waitingList {
      name
    }
  }
  journalEntries(project: $slug, first: 10) {
    totalCount
    edges {
      node {
        title
        date
        summary
        urlPath
        stage {
          kind
          title
        }
        authorAuthority {
          name
        }
      }
    }
  }
  actionPlans(project: $slug) {
    edges {
      node {
        title
        localAuthority {
          name
        }
        progress
        actions {
          title
          status
          progress
          deadline
        }
      }
    }
  }
}
    `, {"hash":"sha256:8f9da8b3acac171b007dbd55edcf49f480a08c3017fc5ec3fc1c95c7235eb434"}) as unknown as TypedDocumentString<SharedProjectQuery, SharedProjectQueryVariables>;
export const SiteLayoutDocument = new TypedDocumentString(`
    query SiteLayout {
  page(urlPath: "/") {
    id
    title
    children(first: 20) {
      edges {
        node {
          id
          title
          urlPath
        }
      }
    }
  }
}
    `, {"hash":"sha256:1bf9300950c53de8cdafd7f40faa327ae9dd138c21b726ad78157f0b75dd608d"}) as unknown as TypedDocumentString<SiteLayoutQuery, SiteLayoutQueryVariables>;
export const SubmitExperienceDocument = new TypedDocumentString(`
    mutation SubmitExperience($input: ExperienceSubmissionInput!) {
  submitExperience(input: $input) {
    errors {
      field
      code
      message
    }
    submission {
      id
      title
      status
      currentTask
      latestRevisionId
      localAuthority {
        name
        code
      }
    }
  }
}
    `, {"hash":"sha256:e0866455595a9c39b62ed5c58c7c8c6f13c36803dec791148bcf34984b93c31a"}) as unknown as TypedDocumentString<SubmitExperienceMutation, SubmitExperienceMutationVariables>;
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
      currentTask
      latestRevisionId
    }
  }
}
    `, {"hash":"sha256:a0b16aafed203036239479d9b543c926d3ecb5a2c840374879379908628b01ba"}) as unknown as TypedDocumentString<UpdateSubmissionMutation, UpdateSubmissionMutationVariables>;