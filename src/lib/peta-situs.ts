/**
 * sitemap.xml: the site's pages (from the files a build wrote) with `lastmod` from the portal's change history, in
 * parts under a sitemap index when there are more than one sitemap file may list.
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
 * documents) the portal's newest change, since it may show any report. The newest changes are found once, so
 * dating every page of a site is linear in pages plus reports.
 */
export function lastModifiedIn(histories: ReadonlyMap<string, ReportHistory>): (path: string) => string | undefined {
  const newest = newestChange(histories);
  const byAgency = new Map<string, string>();
  for (const [id, history] of histories) {
    const agency = id.slice(0, id.indexOf('/'));
    const known = byAgency.get(agency);
    if (known === undefined || history.last.date > known) byAgency.set(agency, history.last.date);
  }
  return (path) => {
    const [, agency, report] = /^\/(?:en\/)?instansi\/([^/]+)\/(?:([^/]+)\/)?/.exec(path) ?? [];
    if (agency && report && histories.has(`${agency}/${report}`))
      return histories.get(`${agency}/${report}`)?.last.date;
    return (agency && byAgency.get(agency)) || newest;
  };
}

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** ISO date of the page's last change, when the history knows it. */
  lastmod?: string;
}

/** What one sitemap file may hold (sitemaps.org): 50,000 URLs and 50 MB uncompressed. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1000 * 1000 };

const SITEMAP_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const urlLine = (e: SitemapEntry) =>
  `  <url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`;
const urlset = (lines: readonly string[]) =>
  `${SITEMAP_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${lines.join('\n')}\n</urlset>\n`;

function sortedEntries(entries: Iterable<SitemapEntry>): SitemapEntry[] {
  return [...entries].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}

/** The page entries of `paths` (URL paths; duplicates once), dated from the history. */
export function sitemapEntries(
  site: URL,
  paths: readonly string[],
  histories: ReadonlyMap<string, ReportHistory> = new Map(),
): SitemapEntry[] {
  const dated = lastModifiedIn(histories);
  return [...new Set(paths)].map((p) => {
    const lastmod = dated(p);
    return { loc: new URL(p, site).href, ...(lastmod ? { lastmod } : {}) };
  });
}

/** The sitemap of `paths` as one file, sorted by URL (a site within SITEMAP_LIMITS). */
export function sitemapXml(
  site: URL,
  paths: readonly string[],
  histories: ReadonlyMap<string, ReportHistory> = new Map(),
): string {
  return urlset(sortedEntries(sitemapEntries(site, paths, histories)).map(urlLine));
}

/**
 * The sitemap files of a site (name in the site's root → XML): `sitemap.xml` listing every page while the site is
 * within SITEMAP_LIMITS; beyond, `sitemap.xml` is a sitemap index of `sitemap-1.xml`, `sitemap-2.xml`…, each
 * within the limits and dated by its newest page, so search engines read every page of a national site.
 */
export function sitemapFiles(site: URL, entries: Iterable<SitemapEntry>): Map<string, string> {
  const parts: { lines: string[]; lastmod?: string }[] = [];
  let bytes = 0;
  const frame = urlset([]).length;
  for (const entry of sortedEntries(entries)) {
    const line = urlLine(entry);
    const last = parts.at(-1);
    if (!last || last.lines.length === SITEMAP_LIMITS.urls || bytes + line.length + 1 > SITEMAP_LIMITS.bytes - frame) {
      parts.push({ lines: [line] });
      bytes = line.length + 1;
    } else {
      last.lines.push(line);
      bytes += line.length + 1;
    }
    const part = parts.at(-1)!;
    if (entry.lastmod && (part.lastmod === undefined || entry.lastmod > part.lastmod)) part.lastmod = entry.lastmod;
  }
  if (parts.length <= 1) return new Map([['sitemap.xml', urlset(parts[0]?.lines ?? [])]]);
  const files = new Map<string, string>();
  const index = parts.map((part, i) => {
    const name = `sitemap-${i + 1}.xml`;
    files.set(name, urlset(part.lines));
    const loc = escapeXml(new URL(name, site).href);
    return `  <sitemap><loc>${loc}</loc>${part.lastmod ? `<lastmod>${part.lastmod}</lastmod>` : ''}</sitemap>`;
  });
  files.set(
    'sitemap.xml',
    `${SITEMAP_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join('\n')}\n</sitemapindex>\n`,
  );
  return files;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The entries of one sitemap file this module wrote (a urlset). */
export function parseSitemap(xml: string): SitemapEntry[] {
  return [...xml.matchAll(/<url><loc>([^<]*)<\/loc>(?:<lastmod>([^<]*)<\/lastmod>)?<\/url>/g)].map(
    ([, loc, lastmod]) => ({
      loc: unescapeXml(loc ?? ''),
      ...(lastmod ? { lastmod } : {}),
    }),
  );
}

/** Every page entry of a built site's sitemap: `sitemap.xml`, or the parts its sitemap index lists. */
export function readSitemap(read: (name: string) => string): SitemapEntry[] {
  const xml = read('sitemap.xml');
  if (!xml.includes('<sitemapindex')) return parseSitemap(xml);
  // The parts are beside sitemap.xml, whatever path the site's address has.
  const parts = [...xml.matchAll(/<sitemap><loc>([^<]*)<\/loc>/g)].map(([, loc]) =>
    new URL(unescapeXml(loc ?? '')).pathname.split('/').at(-1)!,
  );
  return parts.flatMap((name) => parseSitemap(read(name)));
}

/**
 * The whole site's sitemap entries from its shards' (`npm run gabung`): every shard dated its pages from the same
 * history, so a page two shards wrote must carry the same date; a difference means they saw different content.
 */
export function mergeSitemaps(shards: readonly SitemapEntry[][]): SitemapEntry[] {
  const entries = new Map<string, SitemapEntry>();
  for (const shard of shards) {
    for (const entry of shard) {
      const known = entries.get(entry.loc);
      if (known && known.lastmod !== entry.lastmod) {
        throw new Error(`gabung: sitemap ${entry.loc}: lastmod ${known.lastmod} ≠ ${entry.lastmod} between shards`);
      }
      entries.set(entry.loc, entry);
    }
  }
  return [...entries.values()];
}
