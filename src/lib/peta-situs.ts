/** sitemap.xml from the list of page paths: sorted, escaped, no dates (builds stay byte-identical). */
const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(site: URL, paths: string[]): string {
  const urls = [...new Set(paths)].sort().map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
