/**
 * sitemap.xml: the site's pages (from the files a build wrote) with `lastmod` from the portal's change history.
 * Used by scripts/build.ts and scripts/merge-shards.ts alike. Dates come from git, never the build clock, so the
 * same commit gives the same bytes; without git (`histories` empty) there is no `lastmod`.
 */
import { isEmbedPath } from './grafik/sematan.ts';
import { newestChange, type ReportHistory } from './riwayat/index.ts';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * URL paths of the pages among `files` (paths relative to dist with `/`): every `index.html` except Pagefind's
 * bundles and embed pages (a chart's own page is canonical).
 */
export function sitemapPaths(files: readonly string[]): string[] {
  return files
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .filter((p) => !p.startsWith('/pagefind') && !isEmbedPath(p));
}

/**
 * When a page last changed: a report's pages (`/instansi/<agency>/<report>/…`, in either language) its report's
 * last change; an agency's page the newest change of its reports; any other page (lists, indicators, programmes,
 * documents) the portal's newest change, since it may show any report.
 */
export function lastModified(path: string, histories: ReadonlyMap<string, ReportHistory>): string | undefined {
  const [, agency, report] = /^\/(?:en\/)?instansi\/([^/]+)\/(?:([^/]+)\/)?/.exec(path) ?? [];
  if (agency && report && histories.has(`${agency}/${report}`)) return histories.get(`${agency}/${report}`)?.last.date;
  if (agency) {
    const own = [...histories.keys()].filter((id) => id.startsWith(`${agency}/`));
    if (own.length > 0) return newestChange(histories, own);
  }
  return newestChange(histories);
}

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** ISO date of the page's last change, when the history knows it. */
  lastmod?: string;
}

function renderSitemap(entries: Iterable<SitemapEntry>): string {
  const urls = [...entries]
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    .map((e) => `  <url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The sitemap of `paths` (URL paths; duplicates once), sorted by URL. */
export function sitemapXml(
  site: URL,
  paths: readonly string[],
  histories: ReadonlyMap<string, ReportHistory> = new Map(),
): string {
  return renderSitemap(
    [...new Set(paths)].map((p) => {
      const lastmod = lastModified(p, histories);
      return { loc: new URL(p, site).href, ...(lastmod ? { lastmod } : {}) };
    }),
  );
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The entries of a sitemap this module wrote. */
export function parseSitemap(xml: string): SitemapEntry[] {
  return [...xml.matchAll(/<url><loc>([^<]*)<\/loc>(?:<lastmod>([^<]*)<\/lastmod>)?<\/url>/g)].map(
    ([, loc, lastmod]) => ({
      loc: unescapeXml(loc ?? ''),
      ...(lastmod ? { lastmod } : {}),
    }),
  );
}

/**
 * The whole site's sitemap from its shards' sitemaps (`npm run gabung`): every shard dated its pages from the same
 * history, so a page two shards wrote must carry the same date; a difference means they saw different content.
 */
export function mergeSitemaps(xmls: readonly string[]): string {
  const entries = new Map<string, SitemapEntry>();
  for (const xml of xmls) {
    for (const entry of parseSitemap(xml)) {
      const known = entries.get(entry.loc);
      if (known && known.lastmod !== entry.lastmod) {
        throw new Error(`gabung: sitemap ${entry.loc}: lastmod ${known.lastmod} ≠ ${entry.lastmod} between shards`);
      }
      entries.set(entry.loc, entry);
    }
  }
  return renderSitemap(entries.values());
}
