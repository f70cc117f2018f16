import type { Metadata } from "next";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";

import { renderPage } from "@/components/pages";
import { SITE_URL } from "@/lib/config";
import { getPageByPath, getRedirect, pathFromSegments } from "@/lib/pages";
import { getSiteLayout } from "@/lib/layout";

type RouteProps = {
  params: Promise<{ path?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: RouteProps): Promise<Metadata> {
  const page = await getPageByPath(pathFromSegments((await params).path));
  if (!page) return {};
  const layout = await getSiteLayout().catch(() => null);
  const image = layout?.socialImage;
  return {
    title: page.seoTitle || page.title,
    description: page.searchDescription || undefined,
    alternates: { canonical: `${SITE_URL}${page.urlPath}` },
    openGraph: { title: page.seoTitle || page.title, description: page.searchDescription || undefined, url: `${SITE_URL}${page.urlPath}`,
      locale: "fr_FR",
      type: "website",
      siteName: layout?.siteName,
      images: image ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt }] : undefined,
    },
  };
}

export default async function CmsPage({ params, searchParams }: RouteProps) {
  const path = pathFromSegments((await params).path);
  const page = await getPageByPath(path);
  if (!page) {
    const target = await getRedirect(path);
    if (target) (target.permanent ? permanentRedirect : redirect)(target.location);
    notFound();
  }
  const ancestors = page.ancestors.filter((ancestor) => ancestor.urlPath !== "/");
  return (
    <>
      {page.urlPath !== "/" && (
        <Breadcrumb
          currentPageLabel={page.title}
          homeLinkProps={{ href: "/" }}
          segments={ancestors.map((ancestor) => ({ label: ancestor.title, linkProps: { href: ancestor.urlPath } }))}
        />
      )}
      {renderPage(page, await searchParams)}
    </>
  );
}
