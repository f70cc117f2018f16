import type { ReactNode } from "react";

/** Cards three by three on wide screens, one by one on phones; a list for assistive technologies. */
export function CardGrid({ children }: { children: ReactNode[] }) {
  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list fr-mb-4w">
      {children.map((child, index) => (
        <li key={index} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
          {child}
        </li>
      ))}
    </ul>
  );
}
