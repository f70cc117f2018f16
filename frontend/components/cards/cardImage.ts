import type { CardImageFragment } from "@/gql/graphql";

/** react-dsfr Card image props from a CMS image: its rendition, srcSet, size and alt text. */
export function cardImageProps(image: CardImageFragment | null | undefined) {
  const rendition = image?.rendition;
  if (!image || !rendition) return {};
  return {
    imageUrl: rendition.url,
    imageAlt: image.alt ?? "",
    nativeImgProps: {
      srcSet: image.srcSet ?? undefined,
      sizes: "(min-width: 62em) 384px, (min-width: 48em) 50vw, 100vw",
      width: rendition.width,
      height: rendition.height,
      loading: "lazy" as const,
    },
  };
}

export type HeadingLevel = "h2" | "h3" | "h4";
