import { SearchAutocomplete } from "@/components/search/SearchAutocomplete";
import type { SortValue } from "@/lib/search";

/**
 * The search box of the page's GET form (the form itself wraps the facets too, so that the words
 * and the checked filters go together into the URL). Works as a plain form without JavaScript.
 */
export function SearchForm({ q, sort, exact }: { q: string; sort?: SortValue; exact?: boolean }) {
  return (
    <div className="fr-search-bar fr-search-bar--lg">
      <label className="fr-label" htmlFor="recherche-mots">
        Mots recherchés
      </label>
      {/* Remounted when the words change (a search from the header while on this page). */}
      <SearchAutocomplete key={q} id="recherche-mots" className="fr-input" placeholder="Rechercher une expérience, une ressource, un thème…" defaultValue={q} />
      {sort && sort !== "pertinence" && <input type="hidden" name="tri" value={sort} />}
      {exact && <input type="hidden" name="exact" value="1" />}
      <button className="fr-btn" type="submit" title="Rechercher">
        Rechercher
      </button>
    </div>
  );
}
