/**
 * What the Pagefind index holds: only pages with `data-pagefind-body`, and of those the words a reader searches
 * for — not the wide tables, figures or source links (SEARCH_EXCLUDE). Read back from the fragments Pagefind
 * writes (gzip, `pagefind_dcd` + JSON), which are what the search results show.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, MERGE_LIST } from '../../../scripts/lib/search-index.ts';
import { indexedPages as fragmentsOf } from './bantu-cari.ts';

const page = (body: string) =>
  `<!doctype html><html lang="id"><head><title>t</title></head><body>${body}</body></html>`;

let dist: string;
let fragments: { url: string; content: string }[];
let count: number;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'kt-cari-'));
  const write = (path: string, html: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), page(html));
  };
  write(
    'instansi/dinas/2024-lkjip/anggaran',
    `<main data-pagefind-body><h1>Anggaran Dinas Sosial</h1><p>Serapan rendah karena gagal lelang.</p>
     <div class="table-scroll"><table><tr><th scope="row">Penyediaan Gaji ASN</th><td class="num">1.533.737</td></tr></table></div>
     <p>Total <span class="tepat">Rp 30.316.880.763,-</span> <span class="sumber">baris 166</span></p></main>`,
  );
  write('en/instansi/dinas/2024-lkjip/anggaran', '<main><h1>Budget (English copy)</h1></main>');
  write('sematkan/x', '<main><h1>Embed</h1></main>');
  count = (await buildSearchIndex(dist)).pages;
  fragments = fragmentsOf(join(dist, 'pagefind'));
}, 60_000);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('buildSearchIndex', () => {
  it('indexes only the pages with data-pagefind-body', () => {
    expect(count).toBe(1);
    expect(fragments.map((f) => f.url)).toEqual(['/instansi/dinas/2024-lkjip/anggaran/']);
  });

  it('keeps titles and plain words, leaves out tables, figures and source links', () => {
    const [fragment] = fragments;
    expect(fragment!.content).toContain('Anggaran Dinas Sosial');
    expect(fragment!.content).toContain('gagal lelang');
    for (const left of ['Penyediaan Gaji', '1.533.737', '30.316.880.763', 'baris 166'])
      expect(fragment!.content).not.toContain(left);
  });
});

describe('buildSearchIndex in bundles / dalam beberapa bundel', () => {
  let site: string;
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('splits the pages into bundles of at most pagesPerBundle, in sorted order, and lists the others to merge', async () => {
    site = mkdtempSync(join(tmpdir(), 'kt-cari-bundel-'));
    const names = ['a', 'b', 'c', 'd', 'e'];
    for (const name of [...names].reverse()) {
      mkdirSync(join(site, 'program', name), { recursive: true });
      writeFileSync(
        join(site, 'program', name, 'index.html'),
        page(`<main data-pagefind-body><h1>Program ${name}</h1></main>`),
      );
    }
    const index = await buildSearchIndex(site, { pagesPerBundle: 2 });
    expect(index).toEqual({ pages: 5, bundles: ['/pagefind/indeks-2/', '/pagefind/indeks-3/'] });
    expect(JSON.parse(readFileSync(join(site, MERGE_LIST), 'utf8'))).toEqual(index.bundles);
    const urls = (folder: string) =>
      fragmentsOf(join(site, folder))
        .map((f) => f.url)
        .sort();
    expect(urls('pagefind')).toEqual(['/program/a/', '/program/b/']);
    expect(urls('pagefind/indeks-2')).toEqual(['/program/c/', '/program/d/']);
    expect(urls('pagefind/indeks-3')).toEqual(['/program/e/']);
    // Each bundle is whole: the browser loads its entry file to merge it.
    for (const folder of ['pagefind', 'pagefind/indeks-2', 'pagefind/indeks-3'])
      expect(readdirSync(join(site, folder))).toContain('pagefind-entry.json');
  }, 60_000);

  it('writes one bundle and an empty merge list when the pages fit', () => {
    expect(JSON.parse(readFileSync(join(dist, MERGE_LIST), 'utf8'))).toEqual([]);
    expect(readdirSync(join(dist, 'pagefind')).filter((f) => f.startsWith('indeks-'))).toEqual([]);
  });
});
