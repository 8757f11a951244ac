/**
 * Build the Pagefind index over the built site; a failure says how many pages were seen and why.
 * `only` (sharded builds): index just the pages it accepts (URL path), so the shards' indexes, merged in the
 * browser, list every page once.
 *
 * Pages are handed to Pagefind one by one, in sorted order, and only those with `data-pagefind-body`: given the
 * whole folder, Pagefind parses and holds every page (English copies, embeds) and drops the ones without a body
 * only at the end — at 1,000 reports that was 6.1 GB. Sorted order also makes the index independent of the
 * filesystem's directory order. They are indexed in bundles of at most PAGES_PER_BUNDLE pages, so Pagefind's memory is
 * bounded by a bundle, not by the site; MERGE_LIST names the bundles after the first for the search page.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { isShardedPage } from '../../src/lib/bangun/shard.ts';

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

/**
 * Pages per Pagefind bundle. Pagefind holds a bundle's whole index in memory until it writes it (≈ 80 KB per indexed
 * page, measured at 1,000 and 5,000 reports: 2.67 GB for 35,669 pages in one bundle), so the pages are indexed in
 * bundles of at most this many, each written and its Pagefind process closed before the next one starts. The search page merges the bundles in the browser (Pagefind's multisite `mergeIndex`), as it merges a
 * sharded build's. A site of up to about 1,300 reports has one bundle.
 */
export const PAGES_PER_BUNDLE = 10_000;

/** The list of the bundles the search page merges with the one at /pagefind/, as URL paths (public/js/cari.js). */
export const MERGE_LIST = 'pagefind/gabungan.json';

/** Where bundle `n` (1-based) is written, relative to the site: the first is Pagefind's own, the others inside it. */
export const bundleFolder = (n: number): string => (n === 1 ? 'pagefind' : `pagefind/indeks-${n}`);

export interface SearchIndex {
  pages: number;
  /** URL paths of the bundles after the first (`/pagefind/indeks-2/`), as written to MERGE_LIST. */
  bundles: string[];
}

export async function buildSearchIndex(
  dist: string,
  options: { only?: (url: string) => boolean; pagesPerBundle?: number } = {},
): Promise<SearchIndex> {
  const perBundle = options.pagesPerBundle ?? PAGES_PER_BUNDLE;
  const files = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  let pages = 0;
  let bundle = 0;
  let index: pagefind.PagefindIndex | undefined;
  let inBundle = 0;
  const bundles: string[] = [];
  const write = async () => {
    const written = await index!.writeFiles({ outputPath: join(dist, bundleFolder(bundle)) });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    if (bundle > 1) bundles.push(`/${bundleFolder(bundle)}/`);
    // Closes the Pagefind process (its memory goes with it); the next bundle starts a new one.
    await pagefind.close();
    index = undefined;
  };
  try {
    for (const file of files) {
      const rel = relative(dist, file).split(sep).join('/');
      const url = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      if (rel.startsWith('pagefind/') || (options.only && !options.only(url))) continue;
      const content = readFileSync(file, 'utf8');
      if (!content.includes('data-pagefind-body')) continue;
      if (index && inBundle === perBundle) await write();
      if (!index) {
        const created = await pagefind.createIndex({ forceLanguage: 'id', excludeSelectors: SEARCH_EXCLUDE });
        if (!created.index) throw new Error(created.errors.join('; '));
        index = created.index;
        bundle++;
        inBundle = 0;
      }
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      inBundle++;
      pages++;
    }
    if (pages === 0) throw new Error('0 halaman diindeks / 0 pages indexed (missing data-pagefind-body?)');
    await write();
    writeFileSync(join(dist, MERGE_LIST), `${JSON.stringify(bundles)}\n`);
    return { pages, bundles };
  } finally {
    await pagefind.close();
  }
}

/**
 * `node scripts/lib/search-index.ts <site> [--sharded-only]`: the index in its own process, as scripts/build.ts runs
 * it, so the page text it reads and hands to Pagefind is garbage of a process that ends, not of the build's.
 * `--sharded-only`: a later shard's index (isShardedPage). Prints the SearchIndex as JSON.
 */
if (import.meta.main) {
  const { positionals, values } = parseArgs({
    options: { 'sharded-only': { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const [site] = positionals;
  if (!site) throw new Error('usage: search-index.ts <site> [--sharded-only]');
  try {
    const index = await buildSearchIndex(site, values['sharded-only'] ? { only: isShardedPage } : {});
    console.log(JSON.stringify(index));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
