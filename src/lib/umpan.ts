/**
 * Atom feed of published reports. Entry dates come from the portal's own history (when the report entered the
 * portal, when it last changed: git, see src/lib/riwayat), never from the build clock, so the feed is identical on
 * every build of a commit. Without git they fall back to the document's date (signing date, else the report year).
 */
import type { ReportHistory } from './riwayat/index.ts';

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  /** Last change, ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  updated: string;
  /** When the report entered the portal, when known. */
  published?: string;
  summary: string;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** YYYY → YYYY-01-01T00:00:00Z; YYYY-MM → first of the month. */
export function atomDate(iso: string): string {
  const [y, m = '01', d = '01'] = iso.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

/** An entry's dates: from the report's history when git knows it, else the document's date as its update. */
export function feedDates(
  history: Pick<ReportHistory, 'first' | 'last'> | undefined,
  documentDate: string,
): Pick<FeedEntry, 'updated' | 'published'> {
  return history ? { published: history.first.date, updated: history.last.date } : { updated: documentDate };
}

export function atomFeed(site: URL, entries: FeedEntry[]): string {
  const sorted = [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  const updated = sorted[0] ? atomDate(sorted[0].updated) : '1970-01-01T00:00:00Z';
  const items = sorted.map(
    (e) => `  <entry>
    <id>${escapeXml(new URL(e.url, site).href)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(new URL(e.url, site).href)}"/>
${e.published ? `    <published>${atomDate(e.published)}</published>\n` : ''}    <updated>${atomDate(e.updated)}</updated>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
  <id>${escapeXml(site.href)}</id>
  <title>Kinerja Terbuka — laporan yang diterbitkan</title>
  <link rel="self" href="${escapeXml(new URL('/feed.xml', site).href)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(site.href)}"/>
  <updated>${updated}</updated>
  <author><name>Kinerja Terbuka</name></author>
${items.join('\n')}
</feed>
`;
}
