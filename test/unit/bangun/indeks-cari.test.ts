/**
 * What the Pagefind index holds: only pages with `data-pagefind-body`, and of those the words a reader searches
 * for — not the wide tables, figures or source links (SEARCH_EXCLUDE). Read back from the fragments Pagefind
 * writes (gzip, `pagefind_dcd` + JSON), which are what the search results show.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../scripts/lib/search-index.ts';

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
  count = await buildSearchIndex(dist);
  const dir = join(dist, 'pagefind', 'fragment');
  fragments = readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
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
