import Link from "next/link";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";

import { RichText } from "@/components/RichText";
import { EVENT_FORMAT_LABELS, formatEventPeriod, formatMonth } from "@/lib/agenda";
import type { PageOf, PageProps } from "./types";

type Section = PageOf<"NewsletterPage">["sections"][number];
type CallToAction = { title?: string | null; text?: string | null; buttonLabel?: string | null; link?: { url?: string | null; page?: { urlPath: string } | null } | null };

/** The web version of a monthly edition: every section in the order the editors chose. */
export function NewsletterPage({ page }: PageProps<"NewsletterPage">) {
  return (
    <article>
      {!page.title.includes(`n° ${page.editionNumber}`) && (
        <p className="fr-text--sm fr-mb-1w">
          Lettre d&apos;information n° {page.editionNumber} — {formatMonth(page.editionMonth)}
        </p>
      )}
      <h1>{page.title}</h1>
      {page.summary && <p className="fr-text--lead">{page.summary}</p>}
      {page.sections.map((section, index) => (
        <NewsletterSection key={"id" in section ? section.id : index} section={section} />
      ))}
      <p className="fr-mt-6w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={page.ancestors.at(-1)?.urlPath ?? "/"}>
          Toutes les lettres d&apos;information
        </Link>
      </p>
    </article>
  );
}

function NewsletterSection({ section }: { section: Section }) {
  switch (section.__typename) {
    case "NewsletterSectionIntro":
      return <RichText html={section.intro?.html} className="fr-mb-4w" />;
    case "NewsletterSectionConceptOfTheMonth": {
      const { concept, text } = section.conceptOfTheMonth;
      return (
        <section className="fr-mb-4w">
          <h2>Le concept du mois{concept ? ` : ${concept.title}` : ""}</h2>
          <RichText html={text?.html} />
          {concept && (
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={concept.urlPath}>
              Lire le concept « {concept.title} »
            </Link>
          )}
        </section>
      );
    }
    case "NewsletterSectionThemeOfTheMonth": {
      const { theme, text } = section.themeOfTheMonth;
      return (
        <section className="fr-mb-4w">
          <h2>La thématique du mois{theme ? ` : ${theme.title}` : ""}</h2>
          <RichText html={text?.html} />
          {theme && (
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={theme.urlPath}>
              Découvrir la thématique « {theme.title} »
            </Link>
          )}
        </section>
      );
    }
    case "NewsletterSectionFeaturedPages": {
      const { title, intro, pages } = section.featuredPages;
      const items = (pages ?? []).filter((item) => item != null);
      return (
        <section className="fr-mb-4w">
          <h2>{title || "À la une"}</h2>
          {intro && <p>{intro}</p>}
          <ul>
            {items.map((item) => (
              <li key={item.urlPath}>
                <Link href={item.urlPath}>{item.title}</Link>
                {item.searchDescription && <p className="fr-text--sm fr-mb-1w">{item.searchDescription}</p>}
              </li>
            ))}
          </ul>
        </section>
      );
    }
    case "NewsletterSectionEcosystemNews": {
      const { title, items } = section.ecosystemNews;
      return (
        <section className="fr-mb-4w">
          <h2>{title || "Dans l'écosystème"}</h2>
          {(items ?? []).map((item, index) =>
            item ? (
              <div key={index} className="fr-mb-3w">
                {item.title && <h3 className="fr-h5">{item.title}</h3>}
                {item.image?.rendition && (
                  // eslint-disable-next-line @next/next/no-img-element -- renditions are already sized by the CMS
                  <img
                    className="fr-responsive-img fr-mb-2w"
                    src={item.image.rendition.url}
                    width={item.image.rendition.width}
                    height={item.image.rendition.height}
                    alt={item.image.alt}
                    loading="lazy"
                  />
                )}
                <RichText html={item.text?.html} />
              </div>
            ) : null,
          )}
        </section>
      );
    }
    case "NewsletterSectionAgenda": {
      const { title, events } = section.agenda;
      const items = (events ?? []).filter((event) => event != null);
      return (
        <section className="fr-mb-4w">
          <h2>{title || "Agenda"}</h2>
          {items.length === 0 ? (
            <p>Aucun événement annoncé dans cette édition.</p>
          ) : (
            <ul>
              {items.map((event) => (
                <li key={event.urlPath} className="fr-mb-1w">
                  <Link href={event.urlPath}>{event.title}</Link>
                  {event.__typename === "EventPage" && (
                    <>
                      <br />
                      <span className="fr-text--sm">
                        {formatEventPeriod(event.localStart, event.localEnd, event.timeZone)} — {EVENT_FORMAT_LABELS[event.format]}
                        {event.city ? `, ${event.city}` : ""}
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      );
    }
    case "NewsletterSectionNextThemeCall": {
      const call = section.nextThemeCall;
      return (
        <section className="fr-mb-4w">
          <h2>
            Le prochain thème{call.nextTheme ? ` : ${call.nextTheme}` : ""}
            {call.month ? ` (${formatMonth(call.month)})` : ""}
          </h2>
          <RichText html={call.text?.html} />
          {call.callToAction && <CallToActionView cta={call.callToAction} titleAs="h3" />}
        </section>
      );
    }
    case "NewsletterSectionCallToAction":
      return <CallToActionView cta={section.callToAction} />;
    default:
      return null;
  }
}

function CallToActionView({ cta, titleAs = "h2" }: { cta: CallToAction; titleAs?: "h2" | "h3" }) {
  const href = cta.link?.page?.urlPath ?? cta.link?.url;
  if (!cta.title && !cta.text && !href) return null;
  return (
    <CallOut
      className="fr-mb-4w"
      title={cta.title ?? undefined}
      titleAs={titleAs}
      buttonProps={href && cta.buttonLabel ? { linkProps: { href }, children: cta.buttonLabel } : undefined}
    >
      {cta.text ?? ""}
    </CallOut>
  );
}
