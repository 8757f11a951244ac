/**
 * The sharded build: two shards of a small synthetic corpus (two provinces), merged, equal the single-machine
 * build — the same files with the same bytes, apart from the search index (one Pagefind bundle per shard, merged
 * in the browser). Each shard on its own is a part, not the whole.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../scripts/generate-korpus.ts';
import { buildSite } from '../../e2e/bangun.ts';
import { mergeShards } from '../../../scripts/merge-shards.ts';
import { MERGE_LIST } from '../../../scripts/lib/search-index.ts';
import { sitemapXml } from '../../../src/lib/peta-situs.ts';
import { assignProvinces, isShardedPage, parseShard, shardOfKey } from '../../../src/lib/bangun/shard.ts';
import { runStage } from '../../../src/lib/bangun/tahap.ts';

const work = mkdtempSync(join(tmpdir(), 'kinerja-shard-'));
// Removing three built sites takes more than the default 10 s on a loaded 2-core machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

/** Builds take the e2e suite's lock: Astro builds of one repository must not run at once (shared .astro/). */
async function build(dist: string, args: string[] = []): Promise<{ status: number | null; output: string }> {
  const r = await buildSite(join(work, 'content'), dist, args, { KINERJA_CACHE: join(work, 'cache') });
  return { status: r.status, output: r.log };
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
  }
  return out;
}

const isSearchIndex = (path: string) => /^pagefind(-bagian-\d+)?\//.test(path);

describe('shard assignment', () => {
  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/2', '3/2', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('balances provinces by report count, deterministically', () => {
    const provinces = new Map([
      ['Jawa Timur', 1500],
      ['Jawa Tengah', 1300],
      ['Bali', 300],
      ['Aceh', 900],
    ]);
    const a = assignProvinces(provinces, 2);
    expect(Object.fromEntries(a)).toEqual({ 'Jawa Timur': 1, 'Jawa Tengah': 2, Aceh: 2, Bali: 1 });
    expect(assignProvinces(new Map([...provinces].reverse()), 2)).toEqual(a);
  });

  it('spreads cross-report pages by key over every shard', () => {
    const owners = new Set(Array.from({ length: 200 }, (_, i) => shardOfKey(`program/p${i}`, 4)));
    expect([...owners].sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('a province without reports', () => {
  it('is assigned a shard too, so its regions’ and agencies’ pages are published by one', async () => {
    const content = join(work, 'tanpa-laporan', 'content');
    cpSync(resolve('content'), content, { recursive: true });
    writeFileSync(
      join(content, 'wilayah', 'kota-contoh-baru.yaml'),
      'nama: Kota Contoh Baru\njenis: kota\nprovinsi: Bali\nkode_bps: "5171"\n',
    );
    const dir = join(work, 'tanpa-laporan');
    const { errors, manifest } = await runStage({
      contentRoot: content,
      outDir: join(dir, 'out'),
      cacheDir: join(dir, 'cache'),
      shard: { index: 1, count: 2 },
    });
    expect(errors).toEqual([]);
    expect(Object.keys(manifest.shard!.provinces).sort()).toEqual(['Bali', 'Jawa Timur']);
  }, 120_000);
});

describe('which pages one shard publishes', () => {
  it('its provinces’ agency, region, report, document, compare-group and part pages, its keys’ pages; not the one-off pages', () => {
    for (const url of [
      '/instansi/dinsos-a/',
      '/en/instansi/dinsos-a/2024-lkjip/anggaran/',
      '/program/1-06-04/',
      '/indikator/angka-kematian-bayi/',
      '/bandingkan/kesehatan/jawa-timur/',
      '/en/bandingkan/kewilayahan/aceh/kabupaten-x/',
      '/dokumen/004_probolinggo/',
      '/wilayah/kota-malang/',
      '/program/penunjang-urusan-pemerintahan-daerah/jawa-timur/2/',
    ])
      expect(isShardedPage(url), url).toBe(true);
    for (const url of ['/', '/en/', '/bandingkan/', '/en/bandingkan/', '/instansi/', '/temuan/', '/unduh/', '/cari/'])
      expect(isShardedPage(url), url).toBe(false);
  });
});

describe('two shards merged = the single build', () => {
  let single: Map<string, Buffer>;
  let merged: Map<string, Buffer>;
  let parts: Map<string, Buffer>[];

  beforeAll(async () => {
    // 130 reports of 22 agencies in 4 regions of 2 provinces; agencies of one kind share programme and indicator
    // pages, and the support programme is printed in more rows than one page holds (a page per province).
    writeCorpus(work, 130, 7, { agencies: 6, regionsPerProvince: 2, years: [2024], kecamatan: 0 });
    const one = await build(join(work, 'tunggal'));
    const s1 = await build(join(work, 'bagian-1'), ['--shard', '1/2']);
    const s2 = await build(join(work, 'bagian-2'), ['--shard', '2/2']);
    for (const r of [one, s1, s2]) expect(r.status, r.output).toBe(0);
    mergeShards(join(work, 'gabungan'), [join(work, 'bagian-1'), join(work, 'bagian-2')]);
    single = files(join(work, 'tunggal'));
    merged = files(join(work, 'gabungan'));
    parts = [files(join(work, 'bagian-1')), files(join(work, 'bagian-2'))];
  }, 600_000);

  it('has the same files with the same bytes, apart from the search index', () => {
    const a = [...single.keys()].filter((p) => !isSearchIndex(p));
    const b = [...merged.keys()].filter((p) => !isSearchIndex(p));
    expect(b).toEqual(a);
    for (const path of a) expect(merged.get(path)!.equals(single.get(path)!), path).toBe(true);
  });

  it('splits the report pages, downloads and partitions between the shards, none in both', () => {
    const own = (m: Map<string, Buffer>) =>
      [...m.keys()].filter((p) => /^(instansi\/[^/]+\/[^/]+\/|unduh\/laporan\/|unduh\/\d{4}\/)/.test(p));
    const [p1, p2] = parts.map(own);
    expect(p1!.length).toBeGreaterThan(0);
    expect(p2!.length).toBeGreaterThan(0);
    expect(p1!.filter((p) => p2!.includes(p))).toEqual([]);
    expect([...p1!, ...p2!].sort()).toEqual(own(single).sort());
  });

  it('publishes a split programme’s province pages from their provinces’ shards, its summary from one', () => {
    const programme = 'program/penunjang-urusan-pemerintahan-daerah/';
    const pages = [...single.keys()].filter((p) => p.startsWith(programme) && p.endsWith('index.html'));
    expect(pages.sort()).toEqual([
      `${programme}aceh/index.html`,
      `${programme}index.html`,
      `${programme}sumatera-utara/index.html`,
    ]);
    const shardsOf = (path: string) => parts.flatMap((m, i) => (m.has(path) ? [i + 1] : []));
    for (const page of pages) expect(shardsOf(page), page).toHaveLength(1);
    expect(shardsOf(`${programme}aceh/index.html`)).not.toEqual(shardsOf(`${programme}sumatera-utara/index.html`));
  });

  it('lists the second shard’s search bundle for the browser to merge', () => {
    expect(JSON.parse(merged.get('pagefind/gabungan.json')!.toString())).toEqual(['/pagefind-bagian-2/']);
    expect(JSON.parse(single.get('pagefind/gabungan.json')!.toString())).toEqual([]);
    expect([...merged.keys()].some((p) => p.startsWith('pagefind-bagian-2/pagefind-entry.json'))).toBe(true);
  });
});

describe('merging shards whose index is in several bundles', () => {
  it('moves each shard’s bundles with it and lists every bundle but the first, in shard order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-gabung-bundel-'));
    try {
      const shardSite = (name: string, pages: string[]) => {
        const root = join(dir, name);
        for (const folder of ['pagefind', 'pagefind/indeks-2']) {
          mkdirSync(join(root, folder), { recursive: true });
          writeFileSync(join(root, folder, 'pagefind-entry.json'), `{"${name}":"${folder}"}`);
        }
        writeFileSync(join(root, MERGE_LIST), JSON.stringify(['/pagefind/indeks-2/']));
        writeFileSync(join(root, 'sitemap.xml'), sitemapXml(new URL('https://contoh.example/'), pages));
        return root;
      };
      const out = join(dir, 'gabungan');
      mergeShards(out, [shardSite('a', ['/']), shardSite('b', ['/instansi/x/'])]);
      expect(JSON.parse(readFileSync(join(out, MERGE_LIST), 'utf8'))).toEqual([
        '/pagefind/indeks-2/',
        '/pagefind-bagian-2/',
        '/pagefind-bagian-2/indeks-2/',
      ]);
      expect(readFileSync(join(out, 'pagefind-bagian-2/indeks-2/pagefind-entry.json'), 'utf8')).toBe(
        '{"b":"pagefind/indeks-2"}',
      );
      // The shards' own lists are not copied: only the merged one is read by the search page.
      expect(existsSync(join(out, 'pagefind-bagian-2', 'gabungan.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
