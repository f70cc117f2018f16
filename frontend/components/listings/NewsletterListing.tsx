import { Card } from "@codegouvfr/react-dsfr/Card";
import { Notice } from "@codegouvfr/react-dsfr/Notice";

import { NewsletterListDocument } from "@/gql/graphql";
import type { SearchParams } from "@/components/pages/types";
import { formatMonth } from "@/lib/agenda";
import { afterCursor, countLabel, parsePage } from "@/lib/listing";
import { cmsQuery } from "@/lib/cms";
import { tags } from "@/lib/tags";
import { ListingPagination } from "./ListingPagination";

const PAGE_SIZE = 12;

/** The newsletters' archive, newest edition first, twelve a page (?page=N). */
export async function NewsletterListing({ page, searchParams }: { page: { urlPath: string }; searchParams: SearchParams }) {
  const notices: string[] = [];
  const requested = parsePage(searchParams);
  if (requested.notice) notices.push(requested.notice);
  let pageIndex = requested.page;
  let newsletters = await fetchNewsletters(page.urlPath, pageIndex);
  const pageCount = Math.max(1, Math.ceil(newsletters.totalCount / PAGE_SIZE));
  if (pageIndex > pageCount) {
    notices.push(`La page ${pageIndex} n'existe pas : la première page est affichée.`);
    pageIndex = 1;
    newsletters = await fetchNewsletters(page.urlPath, 1);
  }
  return (
    <section aria-labelledby="lettres-titre" className="fr-mt-4w">
      {notices.map((message) => (
        <Notice key={message} title={message} className="fr-mb-3w" />
      ))}
      <h2 id="lettres-titre">
        Toutes les lettres{" "}
        <span className="fr-text--md fr-text--regular">({countLabel(newsletters.totalCount, "édition", "éditions")})</span>
      </h2>
      {newsletters.edges.length === 0 ? (
        <p>Aucune lettre d&apos;information n&apos;a encore été publiée.</p>
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {newsletters.edges.map((edge) => {
            const node = edge?.node;
            return node ? (
              <li key={node.id} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
                <Card
                  title={node.title}
                  titleAs="h3"
                  enlargeLink
                  linkProps={{ href: node.urlPath }}
                  desc={node.summary}
                  start={<p className="fr-card__detail">{`N° ${node.editionNumber} — ${formatMonth(node.editionMonth)}`}</p>}
                />
              </li>
            ) : null;
          })}
        </ul>
      )}
      <ListingPagination path={page.urlPath} total={newsletters.totalCount} page={pageIndex} />
    </section>
  );
}

async function fetchNewsletters(indexPath: string, pageIndex: number) {
  const data = await cmsQuery(
    NewsletterListDocument,
    { first: PAGE_SIZE, after: afterCursor(pageIndex, PAGE_SIZE) },
    { tags: [tags.type("NewsletterPage"), tags.path(indexPath)] },
  );
  return data.newsletters;
}
