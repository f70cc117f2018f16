import Link from "next/link";

import { contentTypeLabel } from "@/components/search/contentTypes";
import { safeHighlight, safeHref, type SearchConnection } from "@/lib/search";

/** Escaped text with <mark> around the words found (see safeHighlight). */
export function Highlight({ html, as: Tag = "span", className }: { html: string; as?: "span" | "p"; className?: string }) {
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: safeHighlight(html) }} />;
}

/** One page of results: title and excerpts highlighted, the content type as a badge. */
export function SearchHits({ search }: { search: SearchConnection }) {
  const labels = new Map(search.facets.contentType.map((item) => [item.value, item.label]));
  const hits = search.edges.flatMap((edge) => (edge?.node ? [edge.node] : []));
  return (
    <ul className="fr-raw-list" aria-label="Résultats">
      {hits.map((hit) => {
        const href = safeHref(hit.urlPath);
        return (
          <li key={hit.urlPath} className="fr-mb-3w">
            <div className={`fr-card fr-card--sm fr-card--no-arrow ${href ? "fr-enlarge-link" : ""}`}>
              <div className="fr-card__body">
                <div className="fr-card__content">
                  <h3 className="fr-card__title">
                    {href ? (
                      <Link href={href}>
                        <Highlight html={hit.highlights.title || hit.title} />
                      </Link>
                    ) : (
                      <Highlight html={hit.highlights.title || hit.title} />
                    )}
                  </h3>
                  {hit.highlights.summary && <Highlight as="p" className="fr-card__desc" html={hit.highlights.summary} />}
                  {hit.highlights.excerpt && <Highlight as="p" className="fr-card__desc fr-text--sm" html={hit.highlights.excerpt} />}
                  <div className="fr-card__start">
                    <ul className="fr-badges-group">
                      <li>
                        <p className="fr-badge fr-badge--sm fr-badge--blue-ecume">{contentTypeLabel(hit.contentType, labels)}</p>
                      </li>
                    </ul>
                  </div>
                </div>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The editor's picks for these words (first page only), before the results. */
export function SearchPromotions({ promotions }: { promotions: SearchConnection["promotions"] }) {
  const shown = promotions.flatMap((promotion) => {
    const href = safeHref(promotion.page?.urlPath ?? promotion.url);
    return href ? [{ ...promotion, href }] : [];
  });
  if (!shown.length) return null;
  return (
    <section aria-labelledby="selection-redaction" className="fr-mb-4w">
      <h2 id="selection-redaction" className="fr-h4">
        Sélection de la rédaction
      </h2>
      <ul className="fr-raw-list">
        {shown.map((promotion) => (
          <li key={promotion.href} className="fr-mb-2w">
            <div className="fr-card fr-card--sm fr-card--horizontal fr-enlarge-link" style={{ borderLeft: "4px solid var(--border-action-high-blue-france)" }}>
              <div className="fr-card__body">
                <div className="fr-card__content">
                  <h3 className="fr-card__title">
                    {promotion.href.startsWith("/") ? <Link href={promotion.href}>{promotion.title}</Link> : <a href={promotion.href}>{promotion.title}</a>}
                  </h3>
                  {promotion.description && <p className="fr-card__desc">{promotion.description}</p>}
                  <div className="fr-card__start">
                    <ul className="fr-badges-group">
                      <li>
                        <p className="fr-badge fr-badge--sm fr-badge--yellow-tournesol">Recommandé</p>
                      </li>
                    </ul>
                  </div>
                </div>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
