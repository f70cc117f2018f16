import { Tag } from "@codegouvfr/react-dsfr/Tag";

type Term = { name: string; slug: string };

/**
 * A page's themes (and territory types) as DSFR tags; with `listingPath`, each links to the
 * experiences filtered by it (`?theme=` / `?territoire=`).
 */
export function TaxonomyTags({
  themes,
  territoryTypes = [],
  listingPath,
  label = "Thématiques",
}: {
  themes: Term[];
  territoryTypes?: Term[];
  listingPath?: string;
  label?: string;
}) {
  if (!themes.length && !territoryTypes.length) return null;
  const items = [
    ...themes.map((term) => ({ term, key: "theme", what: "Thématique" })),
    ...territoryTypes.map((term) => ({ term, key: "territoire", what: "Type de territoire" })),
  ];
  return (
    <ul className="fr-tags-group fr-mb-3w" aria-label={label}>
      {items.map(({ term, key, what }) => (
        <li key={`${key}-${term.slug}`}>
          {listingPath ? (
            <Tag
              linkProps={{
                href: `${listingPath}?${key}=${encodeURIComponent(term.slug)}`,
                title: `${what} : ${term.name} — voir les expériences`,
              }}
            >
              {term.name}
            </Tag>
          ) : (
            <Tag>{term.name}</Tag>
          )}
        </li>
      ))}
    </ul>
  );
}
