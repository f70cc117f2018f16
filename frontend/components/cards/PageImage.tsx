type PageImageData = {
  alt: string;
  srcSet?: string | null;
  rendition?: { url: string; width: number; height: number } | null;
};

/** A page's main image: the CMS rendition with its srcSet, width and height (no layout shift). */
export function PageImage({ image }: { image: PageImageData | null | undefined }) {
  const rendition = image?.rendition;
  if (!image || !rendition) return null;
  return (
    <figure className="fr-content-media fr-mb-4w">
      {/* eslint-disable-next-line @next/next/no-img-element -- renditions are already sized by the CMS */}
      <img
        className="fr-responsive-img"
        src={rendition.url}
        srcSet={image.srcSet ?? undefined}
        sizes="(min-width: 62em) 792px, 100vw"
        width={rendition.width}
        height={rendition.height}
        alt={image.alt ?? ""}
      />
    </figure>
  );
}
