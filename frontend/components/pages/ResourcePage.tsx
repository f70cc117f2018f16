import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Download } from "@codegouvfr/react-dsfr/Download";

import { StreamField } from "@/components/blocks/StreamField";
import { PageImage } from "@/components/cards/PageImage";
import { TaxonomyTags } from "@/components/cards/TaxonomyTags";
import { formatDate, formatFileSize } from "@/lib/format";
import { RESOURCE_TYPE_LABELS } from "@/lib/labels";
import type { PageProps } from "./types";

/** A study, guide, tool, article or video: its file to download (type and size) or its link. */
export function ResourcePage({ page }: PageProps<"ResourcePage">) {
  const published = [
    page.organisation,
    page.authors ? `par ${page.authors}` : "",
    page.publicationDate ? `publié le ${formatDate(page.publicationDate)}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  const document = page.document;
  return (
    <article>
      <ul className="fr-badges-group fr-mb-2w">
        <li>
          <Badge noIcon>{RESOURCE_TYPE_LABELS[page.resourceType]}</Badge>
        </li>
      </ul>
      <h1>{page.title}</h1>
      {page.proposedBy && <p className="fr-text--sm fr-mb-1w">{`Proposé par ${page.proposedBy.name}`}</p>}
      {published && <p className="fr-text--sm fr-mb-2w">{published.charAt(0).toUpperCase() + published.slice(1)}</p>}
      <p className="fr-text--lead">{page.summary}</p>
      {document && (
        <Download
          className="fr-mb-4w"
          label={`Télécharger « ${document.title || page.title} »`}
          details={[document.fileExtension.toUpperCase(), document.fileSize ? formatFileSize(document.fileSize) : ""].filter(Boolean).join(" — ")}
          linkProps={{ href: document.url }}
        />
      )}
      {page.externalUrl && (
        <p className="fr-mb-4w">
          <a
            className="fr-btn fr-btn--secondary fr-icon-external-link-line fr-btn--icon-right"
            href={page.externalUrl}
            target="_blank"
            rel="noopener noreferrer"
            title={`Consulter la ressource sur ${hostOf(page.externalUrl)} — nouvelle fenêtre`}
          >
            {`Consulter la ressource sur ${hostOf(page.externalUrl)}`}
          </a>
        </p>
      )}
      <PageImage image={page.image} />
      <StreamField blocks={page.body} />
      <TaxonomyTags themes={page.themes} territoryTypes={page.territoryTypes} label="Thématiques et types de territoire" />
    </article>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return "le site de l'éditeur";
  }
}
