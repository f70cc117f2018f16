import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { Download } from "@codegouvfr/react-dsfr/Download";
import { Quote } from "@codegouvfr/react-dsfr/Quote";
import { fr } from "@codegouvfr/react-dsfr";

import type { BodyBlocksFragment } from "@/gql/graphql";
import { RichText } from "@/components/RichText";
import { formatFileSize } from "@/lib/format";

type Block = BodyBlocksFragment;

/** One component per StreamField block type; an unknown block (newer CMS) is skipped, never a crash. */
export function StreamField({ blocks }: { blocks: readonly (Block | null)[] | null | undefined }) {
  if (!blocks?.length) return null;
  return (
    <div className="fr-mb-4w">
      {blocks.map((block, index) => (block ? <BlockView key={"id" in block ? block.id : index} block={block} /> : null))}
    </div>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.__typename) {
    case "BodyParagraph":
      return <RichText html={block.paragraph?.html} className="fr-mb-3w" />;
    case "BodyQuote":
      return block.quote.quote ? (
        <Quote text={block.quote.quote} author={block.quote.author ?? undefined} source={block.quote.role ? <li>{block.quote.role}</li> : undefined} className="fr-mb-3w" />
      ) : null;
    case "BodyImage": {
      const image = block.image.image;
      const rendition = image?.rendition;
      if (!image || !rendition) return null;
      return (
        <figure className={`${fr.cx("fr-content-media")} fr-mb-3w`} role="group" aria-label={block.image.caption ?? undefined}>
          {/* eslint-disable-next-line @next/next/no-img-element -- renditions are already sized by the CMS */}
          <img
            className="fr-responsive-img"
            src={rendition.url}
            srcSet={image.srcSet ?? undefined}
            sizes="(min-width: 62em) 792px, 100vw"
            width={rendition.width}
            height={rendition.height}
            alt={block.image.altText ?? ""}
            loading="lazy"
          />
          {(block.image.caption || block.image.credit) && (
            <figcaption className="fr-content-media__caption">
              {block.image.caption}
              {block.image.credit ? ` © ${block.image.credit}` : null}
            </figcaption>
          )}
        </figure>
      );
    }
    case "BodyEmbed":
      return block.embed ? (
        <p className="fr-mb-3w">
          <a className="fr-link fr-icon-external-link-line fr-link--icon-right" href={block.embed.url} target="_blank" rel="noopener noreferrer">
            Voir le contenu intégré (nouvelle fenêtre)
          </a>
        </p>
      ) : null;
    case "BodyDocument": {
      const document = block.document.document;
      if (!document) return null;
      return (
        <Download
          className="fr-mb-3w"
          label={block.document.title || document.title}
          details={`${document.fileExtension.toUpperCase()}${document.fileSize ? ` — ${formatFileSize(document.fileSize)}` : ""}`}
          linkProps={{ href: document.url }}
        />
      );
    }
    case "BodyKeyFigures":
      return (
        <section className="fr-mb-3w">
          {block.keyFigures.title && <h2 className="fr-h4">{block.keyFigures.title}</h2>}
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
            {(block.keyFigures.figures ?? []).map((figure, index) =>
              figure ? (
                <li key={index} className="fr-col-12 fr-col-md-4">
                  <p className="fr-display--xs fr-mb-0">{figure.value}</p>
                  <p className="fr-mb-0">{figure.label}</p>
                  {figure.source && <p className="fr-text--xs fr-mb-0">Source : {figure.source}</p>}
                </li>
              ) : null,
            )}
          </ul>
        </section>
      );
    case "BodyCallToAction": {
      const cta = block.callToAction;
      const href = cta.link?.page?.urlPath ?? cta.link?.url;
      return (
        <CallOut
          className="fr-mb-3w"
          title={cta.title ?? undefined}
          buttonProps={href && cta.buttonLabel ? { linkProps: { href }, children: cta.buttonLabel } : undefined}
        >
          {cta.text ?? ""}
        </CallOut>
      );
    }
    case "BodyFaq":
      return (
        <section className="fr-mb-3w">
          {block.faq.title && <h2 className="fr-h4">{block.faq.title}</h2>}
          <div className="fr-accordions-group">
            {(block.faq.items ?? []).map((item, index) =>
              item?.question ? (
                <Accordion key={index} label={item.question}>
                  <RichText html={item.answer?.html} />
                </Accordion>
              ) : null,
            )}
          </div>
        </section>
      );
    default:
      return null;
  }
}
