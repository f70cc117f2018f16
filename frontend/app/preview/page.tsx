import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Notice } from "@codegouvfr/react-dsfr/Notice";

import { renderPage } from "@/components/pages";
import type { AnyPage } from "@/components/pages/types";
import { PreviewPageDocument } from "@/gql/graphql";
import { CmsQueryError, cmsQuery } from "@/lib/cms";

type PreviewProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The draft behind a wagtail-headless-preview token (?content_type=…&token=…), never cached. */
const getDraft = cache(async (token: string | undefined): Promise<AnyPage | null> => {
  if (!token || token.length > 500) return null;
  try {
    const data = await cmsQuery(PreviewPageDocument, { token }, { tags: [], noStore: true });
    return data.page ?? null;
  } catch (error) {
    // A malformed token is the editor's stale link, not a fault of the site.
    if (error instanceof CmsQueryError) return null;
    throw error;
  }
});

function tokenOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function generateMetadata({ searchParams }: PreviewProps): Promise<Metadata> {
  const page = await getDraft(tokenOf((await searchParams).token));
  return {
    title: page ? `Aperçu — ${page.seoTitle || page.title}` : "Aperçu indisponible",
    robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  };
}

export default async function PreviewPage({ searchParams }: PreviewProps) {
  const params = await searchParams;
  const page = await getDraft(tokenOf(params.token));
  if (!page) notFound();
  return (
    <>
      <Notice
        className="fr-mb-4w"
        severity="warning"
        title="Brouillon — aperçu non publié"
        description="Cette page est un aperçu de travail : elle n'est pas visible du public tant qu'elle n'est pas publiée."
      />
      {renderPage(page, {})}
    </>
  );
}
