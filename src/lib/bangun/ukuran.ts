/**
 * Sizes on the downloads page (/unduh/, /en/unduh/), filled in after the files exist. That page is a one-off page
 * every shard renders, and it must be byte-identical in every shard, yet a shard has only its own provinces'
 * files; so the page marks each data link (`data-ukuran`) and the step that has every file — `npm run build` of a
 * whole site, or `npm run gabung` after merging the shards — writes the size in. A single build and merged shards
 * give the same page. (Report pages are a shard's own pages: they show sizes from the stage's manifest.)
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../i18n/teks.ts';
import { fileSize } from '../tampilan/ukuran.ts';

/** The attribute that marks a link whose size is filled in after the build (`<a href=… data-ukuran>CSV</a>`). */
export const SIZE_SLOT = 'data-ukuran';

const SLOT = new RegExp(`<a href="(/[^"]+)"([^>]*?) ${SIZE_SLOT}(?:="(?:true)?")?>([^<]*)</a>`, 'g');

/** Every marked link of a page gets ", <size>" after its text; a link to a missing file is an error. */
export function fillSizes(html: string, lang: Lang, sizeOf: (path: string) => number | undefined): string {
  const filled = html.replace(SLOT, (_, href: string, attrs: string, text: string) => {
    const bytes = sizeOf(href);
    if (bytes === undefined) throw new Error(`bangun: ${href} is linked from the downloads page but was not built`);
    return `<a href="${href}"${attrs}>${text.trim()}, ${fileSize(bytes, lang)}</a>`;
  });
  // A mark the pattern missed (the attribute rendered some other way) would leave a link without its size.
  if (filled.includes(SIZE_SLOT)) throw new Error(`bangun: a ${SIZE_SLOT} link was left without its size`);
  return filled;
}

export const SIZED_PAGES: readonly [string, Lang][] = [
  ['unduh/index.html', 'id'],
  ['en/unduh/index.html', 'en'],
];

/** Fill the sizes of the downloads pages of a finished site folder from its files. */
export function fillDownloadSizes(site: string): void {
  for (const [page, lang] of SIZED_PAGES) {
    const file = join(site, page);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const sizeOf = (href: string) => {
      const path = join(site, decodeURIComponent(href));
      return existsSync(path) ? statSync(path).size : undefined;
    };
    writeFileSync(file, fillSizes(html, lang, sizeOf));
  }
}
