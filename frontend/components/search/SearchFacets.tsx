import { capitalized } from "@/components/search/contentTypes";
import { formatNumber } from "@/lib/format";
import { FACETS, type SearchConnection, type SearchParams } from "@/lib/search";

type FacetValue = { value: string; label: string; count: number };

/**
 * The facets as checkboxes of the page's GET form: checking then « Appliquer » puts the values in
 * the URL. A value already chosen stays listed (count 0) even when no result carries it any
 * more, so that it can always be unchecked.
 */
export function SearchFacets({ search, params }: { search: SearchConnection | null; params: SearchParams }) {
  const groups = FACETS.map((facet) => {
    const listed: FacetValue[] = [...(search?.facets[facet.key] ?? [])];
    for (const value of params.filters[facet.key] ?? []) {
      if (!listed.some((item) => item.value === value)) listed.push({ value, label: value, count: 0 });
    }
    return { facet, listed };
  }).filter((group) => group.listed.length > 0);
  if (!groups.length) return null;
  return (
    <div>
      <h2 className="fr-h5">Filtrer les résultats</h2>
      {groups.map(({ facet, listed }) => {
        const chosen = new Set(params.filters[facet.key] ?? []);
        const legendId = `facette-${facet.param}`;
        return (
          <fieldset key={facet.key} className="fr-fieldset" aria-labelledby={legendId}>
            <legend className="fr-fieldset__legend fr-text--md fr-mb-1w" id={legendId}>
              {facet.label}
            </legend>
            {listed.map((item) => {
              const id = `facette-${facet.param}-${item.value}`;
              return (
                <div key={item.value} className="fr-fieldset__element fr-mb-1w">
                  <div className="fr-checkbox-group fr-checkbox-group--sm">
                    <input type="checkbox" id={id} name={facet.param} value={item.value} defaultChecked={chosen.has(item.value)} />
                    <label className="fr-label" htmlFor={id}>
                      {capitalized(item.label)}
                      <span className="fr-hint-text">
                        {item.count === 0 ? "aucun résultat" : `${formatNumber(item.count)} résultat${item.count > 1 ? "s" : ""}`}
                      </span>
                    </label>
                  </div>
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <button type="submit" className="fr-btn fr-btn--secondary fr-mb-4w">
        Appliquer les filtres
      </button>
    </div>
  );
}
