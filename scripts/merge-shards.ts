/**
 * `npm run gabung -- --keluar dist <shard-1-dist> <shard-2-dist> …` — join the parts of a sharded build
 * (`npm run build -- --shard i/n`) into the whole site:
 *  - every file is copied once; a file more than one shard wrote (the one-off pages, assets) must be byte-identical
 *    in all of them, otherwise the merge fails: the shards did not see the same content;
 *  - shard 1's Pagefind bundles stay under /pagefind/, shard i's move to /pagefind-bagian-<i>/, and
 *    /pagefind/gabungan.json lists every bundle but the first for the search page to merge in the browser
 *    (Pagefind's multisite `mergeIndex`): each shard's own extra bundles (scripts/lib/search-index.ts) included;
 *  - the per-year zips (`unduh/zip/<year>.zip`) are made from the merged partitions (a shard has only its own),
 *    and the downloads page's sizes are written in (src/lib/bangun/ukuran.ts);
 *  - the sitemap is the union of the shards' sitemaps (each dated its pages from the same history), split again
 *    under a sitemap index when the whole site is over one sitemap's limits.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE } from '../src/lib/alamat-situs.ts';
import { mergeSitemaps, readSitemap, sitemapFiles } from '../src/lib/peta-situs.ts';
import { partitionYears, yearZip, zipPath } from '../src/lib/bangun/zip.ts';
import { fillDownloadSizes } from '../src/lib/bangun/ukuran.ts';
import { MERGE_LIST } from './lib/search-index.ts';

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export function mergeShards(out: string, shards: readonly string[]): { files: number; shared: number } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let files = 0;
  let shared = 0;
  const bundles: string[] = [];
  shards.forEach((dir, i) => {
    const bundle = i === 0 ? 'pagefind' : `pagefind-bagian-${i + 1}`;
    if (i > 0) bundles.push(`/${bundle}/`);
    const own = JSON.parse(readFileSync(join(dir, MERGE_LIST), 'utf8')) as string[];
    bundles.push(...own.map((path) => path.replace(/^\/pagefind\//, `/${bundle}/`)));
    for (const rel of filesOf(dir)) {
      if (/^sitemap(-\d+)?\.xml$/.test(rel) || rel === MERGE_LIST) continue;
      const target = rel.startsWith('pagefind/') ? `${bundle}/${rel.slice('pagefind/'.length)}` : rel;
      const to = join(out, target);
      const from = join(dir, rel);
      if (existsSync(to)) {
        if (statSync(to).size !== statSync(from).size || !readFileSync(to).equals(readFileSync(from))) {
          throw new Error(
            `gabung: ${rel} differs between shards (${shards[0]} and ${dir}): they saw different content`,
          );
        }
        shared++;
        continue;
      }
      mkdirSync(join(to, '..'), { recursive: true });
      copyFileSync(from, to);
      files++;
    }
  });
  writeFileSync(join(out, MERGE_LIST), `${JSON.stringify(bundles)}\n`);
  for (const year of partitionYears(out)) {
    const zip = join(out, zipPath(year));
    if (existsSync(zip)) throw new Error(`gabung: ${zipPath(year)} is written by a shard; only the merge makes zips`);
    mkdirSync(join(zip, '..'), { recursive: true });
    writeFileSync(zip, yearZip(out, year));
  }
  fillDownloadSizes(out);
  // Each shard's sitemap lists its pages dated from the same history; together they are the whole site's.
  const pages = mergeSitemaps(shards.map((dir) => readSitemap((name) => readFileSync(join(dir, name), 'utf8'))));
  const site = new URL(SITE);
  for (const [name, xml] of sitemapFiles(site, pages)) writeFileSync(join(out, name), xml);
  return { files, shared };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    options: { keluar: { type: 'string', default: 'dist' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    console.error('Pakai / usage: npm run gabung -- --keluar dist <shard-1-dist> <shard-2-dist> …');
    process.exit(2);
  }
  const { files, shared } = mergeShards(
    resolve(values.keluar),
    positionals.map((p) => resolve(p)),
  );
  console.log(
    `✓ ${positionals.length} bagian/shards → ${values.keluar}: ${files} berkas/files (${shared} shared, identical)`,
  );
}
