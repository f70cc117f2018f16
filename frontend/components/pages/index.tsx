import type { ReactNode } from "react";

import { ActionPlanPage } from "./ActionPlanPage";
import { EngagementTrackIndexPage } from "./EngagementTrackIndexPage";
import { EngagementTrackPage } from "./EngagementTrackPage";
import { EventPage } from "./EventPage";
import { GenericPage } from "./GenericPage";
import { HomePage } from "./HomePage";
import { InspirationIndexPage } from "./InspirationIndexPage";
import { JournalEntryPage } from "./JournalEntryPage";
import { NewsletterPage } from "./NewsletterPage";
import { SharedProjectIndexPage } from "./SharedProjectIndexPage";
import { SharedProjectPage } from "./SharedProjectPage";
import { ExperiencePage } from "./ExperiencePage";
import { InspirationThemePage } from "./InspirationThemePage";
import { ConceptPage } from "./ConceptPage";
import { ResourcePage } from "./ResourcePage";
import type { AnyPage, SearchParams } from "./types";

/** A CMS page type → its component (one per type; components/pages/<Type>.tsx). */
export function renderPage(page: AnyPage, searchParams: SearchParams): ReactNode {
  switch (page.__typename) {
    case "HomePage":
      return <HomePage page={page} searchParams={searchParams} />;
    case "InspirationIndexPage":
      return <InspirationIndexPage page={page} searchParams={searchParams} />;
    case "EventPage":
      return <EventPage page={page} searchParams={searchParams} />;
    case "NewsletterPage":
      return <NewsletterPage page={page} searchParams={searchParams} />;
    case "SharedProjectIndexPage":
      return <SharedProjectIndexPage page={page} searchParams={searchParams} />;
    case "SharedProjectPage":
      return <SharedProjectPage page={page} searchParams={searchParams} />;
    case "JournalEntryPage":
      return <JournalEntryPage page={page} searchParams={searchParams} />;
    case "ActionPlanPage":
      return <ActionPlanPage page={page} searchParams={searchParams} />;
    case "EngagementTrackIndexPage":
      return <EngagementTrackIndexPage page={page} searchParams={searchParams} />;
    case "EngagementTrackPage":
      return <EngagementTrackPage page={page} searchParams={searchParams} />;
    case "ExperiencePage":
      return <ExperiencePage page={page} searchParams={searchParams} />;
    case "InspirationThemePage":
      return <InspirationThemePage page={page} searchParams={searchParams} />;
    case "ConceptPage":
      return <ConceptPage page={page} searchParams={searchParams} />;
    case "ResourcePage":
      return <ResourcePage page={page} searchParams={searchParams} />;
    default:
      return <GenericPage page={page} />;
  }
}
