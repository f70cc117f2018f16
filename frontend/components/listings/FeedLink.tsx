/** The listing's Atom feed: announced in the head (hoisted by React) and offered as a visible link. */
export const FEEDS = {
  experiences: { href: "/flux/experiences.atom", title: "Nouvelles expériences" },
  resources: { href: "/flux/ressources.atom", title: "Nouvelles ressources" },
  events: { href: "/flux/evenements.atom", title: "Agenda : nouveaux événements" },
} as const;

export function FeedLink({ feed }: { feed: keyof typeof FEEDS }) {
  const { href, title } = FEEDS[feed];
  return (
    <>
      <link rel="alternate" type="application/atom+xml" title={`${title} — Territoires en commun`} href={href} />
      <p className="fr-mb-3w">
        <a className="fr-link fr-icon-rss-line fr-link--icon-left" href={href} type="application/atom+xml">
          S&apos;abonner au flux <span className="fr-sr-only">« {title} » (Atom)</span>
        </a>
      </p>
    </>
  );
}
