import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Tag } from "@codegouvfr/react-dsfr/Tag";

import { StreamField } from "@/components/blocks/StreamField";
import { EVENT_FORMAT_LABELS, formatEventPeriod, hasEnded, isoDateTime } from "@/lib/agenda";
import type { PageProps } from "./types";

/** An event of the agenda: when (in its own time zone), where or how to join, how to register. */
export function EventPage({ page }: PageProps<"EventPage">) {
  const image = page.image;
  const rendition = image?.rendition;
  const finished = hasEnded(page.end);
  const place = [page.placeName, page.address, page.city].filter(Boolean).join(", ");
  return (
    <article>
      <h1>{page.title}</h1>
      <ul className="fr-badges-group fr-mb-2w">
        <li>
          <Badge as="span" noIcon severity="info">
            {EVENT_FORMAT_LABELS[page.format]}
          </Badge>
        </li>
        {finished && (
          <li>
            <Badge as="span" noIcon>
              Événement terminé
            </Badge>
          </li>
        )}
      </ul>
      {page.summary && <p className="fr-text--lead">{page.summary}</p>}
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <div className="fr-col-12 fr-col-md-8">
          <dl className="fr-mb-3w">
            <dt className="fr-text--bold">Date</dt>
            <dd className="fr-mb-2w">
              <time dateTime={isoDateTime(page.localStart)}>{formatEventPeriod(page.localStart, page.localEnd, page.timeZone)}</time>
            </dd>
            {page.format !== "ONLINE" && place && (
              <>
                <dt className="fr-text--bold">Lieu</dt>
                <dd className="fr-mb-2w">{place}</dd>
              </>
            )}
            {page.format !== "IN_PERSON" && (
              <>
                <dt className="fr-text--bold">En ligne</dt>
                <dd className="fr-mb-2w">
                  {page.onlineUrl ? (
                    <a href={page.onlineUrl} target="_blank" rel="noopener noreferrer" title={`Rejoindre « ${page.title} » en ligne (nouvelle fenêtre)`}>
                      Rejoindre l&apos;événement en ligne
                    </a>
                  ) : (
                    "Le lien de connexion est envoyé aux personnes inscrites."
                  )}
                </dd>
              </>
            )}
            {page.organiser && (
              <>
                <dt className="fr-text--bold">Organisation</dt>
                <dd className="fr-mb-2w">{page.organiser}</dd>
              </>
            )}
          </dl>
          {page.registrationUrl && !finished && (
            <Button
              linkProps={{
                href: page.registrationUrl,
                target: "_blank",
                rel: "noopener noreferrer",
                title: `S'inscrire à « ${page.title} » (nouvelle fenêtre)`,
              }}
              iconId="fr-icon-external-link-line"
              iconPosition="right"
            >
              S&apos;inscrire
            </Button>
          )}
          <p className="fr-mt-2w">
            {/* A plain link: the .ics opens in the person's calendar application (Google, Outlook, Thunderbird). */}
            <a
              className="fr-link fr-icon-calendar-line fr-link--icon-left"
              href={`/calendrier${page.urlPath}`}
              download
              title={`Ajouter « ${page.title} » à mon agenda (fichier .ics)`}
            >
              Ajouter à mon agenda
            </a>
          </p>
        </div>
        {rendition && (
          <div className="fr-col-12 fr-col-md-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- renditions are already sized by the CMS */}
            <img
              className="fr-responsive-img"
              src={rendition.url}
              srcSet={image.srcSet ?? undefined}
              sizes="(min-width: 48em) 33vw, 100vw"
              width={rendition.width}
              height={rendition.height}
              alt={image.alt}
            />
          </div>
        )}
      </div>
      <StreamField blocks={page.body} />
      {page.themes.length > 0 && (
        <section aria-labelledby="evenement-thematiques">
          <h2 id="evenement-thematiques" className="fr-h6">
            Thématiques
          </h2>
          <ul className="fr-tags-group">
            {page.themes.map((theme) => (
              <li key={theme.slug}>
                <Tag>{theme.name}</Tag>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
