/**
 * Build the Pagefind index over the built site; a failure says how many pages were seen and why.
 * `only` (sharded builds): index just the pages it accepts (URL path), so the shards' indexes, merged in the
 * browser, list every page once.
 *
 * Pages are handed to Pagefind one by one, in sorted order, and only those with `data-pagefind-body`: given the
 * whole folder, Pagefind parses and holds every page (English copies, embeds) and drops the ones without a body
 * only at the end — at 1,000 reports that was 6.1 GB. Sorted order also makes the index independent of the
 * filesystem's directory order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * What the index leaves out. Pagefind's memory grows with the text it indexes (≈ 45 bytes per byte of text), and
 * most of a report's text is its tables: budget lines and indicator rows, each also on the cross-report programme
 * and indicator pages, which are the search results a reader wants ("angka kemiskinan" → the indicator across
 * every agency, not one hit per report). So wide tables (`GulirTabel`, chart data), figures, the exact printed
 * amounts, source-line links, screen-reader-only labels, embed code and the findings pages' per-agency filter bar
 * are not indexed; titles, summaries in plain words and narrative are (a finding is found through its kind's page,
 * `Temuan: Serapan berbeda`, and its report). At 1,000 synthetic reports this
 * took Pagefind from 2.2 to 0.6 GB (BENCHMARKS.md).
 */
export const SEARCH_EXCLUDE = [
  '.table-scroll',
  'td.num',
  'th.num',
  '.tepat',
  '.sumber',
  '.visually-hidden',
  'svg',
  'canvas',
  '.tautan-grafik',
  '.sematan-kode',
  '.saring',
];

export async function buildSearchIndex(
  dist: string,
  options: { only?: (url: string) => boolean; outputPath?: string } = {},
): Promise<number> {
  const { index, errors: createErrors } = await pagefind.createIndex({
    forceLanguage: 'id',
    excludeSelectors: SEARCH_EXCLUDE,
  });
  if (!index) throw new Error(createErrors.join('; '));
  try {
    let pages = 0;
    const files = readdirSync(dist, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.html'))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of files) {
      const rel = relative(dist, file).split(sep).join('/');
      const url = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      if (rel.startsWith('pagefind/') || (options.only && !options.only(url))) continue;
      const content = readFileSync(file, 'utf8');
      if (!content.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      pages++;
    }
    if (pages === 0) throw new Error('0 halaman diindeks / 0 pages indexed (missing data-pagefind-body?)');
    const written = await index.writeFiles({ outputPath: options.outputPath ?? `${dist}/pagefind` });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return pages;
  } finally {
    await pagefind.close();
  }
}
