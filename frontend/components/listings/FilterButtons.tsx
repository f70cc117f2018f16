import Link from "next/link";

/** The submit and reset buttons of a listing's GET filter form. */
export function FilterButtons({ resetHref, filtered }: { resetHref: string; filtered: boolean }) {
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md">
      <li>
        <button type="submit" className="fr-btn">
          Appliquer les filtres
        </button>
      </li>
      {filtered && (
        <li>
          <Link className="fr-btn fr-btn--secondary" href={resetHref}>
            Effacer les filtres
          </Link>
        </li>
      )}
    </ul>
  );
}
