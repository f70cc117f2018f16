import { RichText } from "@/components/RichText";
import { StreamField } from "@/components/blocks/StreamField";
import type { PageProps } from "./types";

/** The platform's front door: its intro and body as edited in the CMS. */
export function HomePage({ page }: PageProps<"HomePage">) {
  return (
    <article>
      <h1>{page.title}</h1>
      <RichText html={page.intro.html} className="fr-text--lead fr-mb-4w" />
      <StreamField blocks={page.body} />
    </article>
  );
}
