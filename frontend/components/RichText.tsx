/** HTML from the CMS's rich text (Wagtail keeps only its allowed features; internal links are site paths). */
export function RichText({ html, className }: { html: string | null | undefined; className?: string }) {
  if (!html) return null;
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
