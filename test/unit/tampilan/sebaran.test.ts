/**
 * Programme and indicator pages at scale: a programme whose rows fit one page keeps its page; beyond PROGRAMME_ROWS_MAX rows its
 * page sums up by province and each province (a large one in parts of whole regions, a large region by year) has a
 * page of its rows. No row is lost or listed twice, and every printed name lands on the page of its area.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Agency, Region } from '../../../src/lib/model.ts';
import { loadPortal } from '../../../src/lib/portal.ts';
import {
  indicatorsAcross,
  programmes,
  type IndicatorAcross,
  type IndicatorBenchmark,
  type IndicatorEntry,
  type Programme,
  type ProgrammeEntry,
  type ReportRef,
} from '../../../src/lib/tampilan/lintas.ts';
import {
  INDICATOR_ROWS_MAX,
  INDICATORS_PER_PAGE,
  indicatorListPages,
  indicatorListPath,
  indicatorSplit,
} from '../../../src/lib/tampilan/indikator.ts';
import { PROGRAMME_ROWS_MAX, programmeSplit } from '../../../src/lib/tampilan/program.ts';
import { areaParts, partArea, partPage, provincePagePath, splitPages } from '../../../src/lib/tampilan/sebaran.ts';

const region = (slug: string, provinsi: string): Region => ({ slug, nama: slug, jenis: 'kabupaten', provinsi });

describe('areaParts / pembagian per wilayah', () => {
  type Row = { region: Region; year: number; n: number };
  const by = { region: (r: Row) => r.region, year: (r: Row) => r.year, max: 10 };

  it('one part per province while it fits, provinces in name order, rows in the order given', () => {
    const a = region('kota-a', 'Zamrud');
    const b = region('kota-b', 'Akik');
    const rows: Row[] = [
      { region: a, year: 2024, n: 1 },
      { region: b, year: 2023, n: 2 },
      { region: a, year: 2023, n: 3 },
    ];
    const parts = areaParts(rows, by);
    expect(parts.map((p) => [p.path, p.items.map((r) => r.n)])).toEqual([
      ['akik/', [2]],
      ['zamrud/', [1, 3]],
    ]);
    expect(parts[0]!.part).toBeUndefined();
    expect(partArea(parts[1]!, 'id')).toBe('Zamrud');
  });

  it('a province too long for one page in parts of whole regions; a region too long by year', () => {
    // Regions r1..r4 of 4 rows each (16 rows: parts of whole regions), and r5 with 3 years of 6 rows (18 > 10).
    const rows: Row[] = [];
    let n = 0;
    for (const slug of ['r4', 'r1', 'r3', 'r2']) {
      for (let i = 0; i < 4; i++) rows.push({ region: region(slug, 'P'), year: 2021 + (i % 2), n: n++ });
    }
    for (const year of [2023, 2021, 2022]) {
      for (let i = 0; i < 6; i++) rows.push({ region: region('r5', 'P'), year, n: n++ });
    }
    const parts = areaParts(rows, by);
    expect(parts.map((p) => [p.path, p.regions.map((r) => r.slug), p.years, p.items.length])).toEqual([
      ['p/1/', ['r1', 'r2'], undefined, 8],
      ['p/2/', ['r3', 'r4'], undefined, 8],
      ['p/3/', ['r5'], [2021], 6],
      ['p/4/', ['r5'], [2022], 6],
      ['p/5/', ['r5'], [2023], 6],
    ]);
    expect(parts.map((p) => p.part)).toEqual([1, 2, 3, 4, 5].map((index) => ({ index, of: 5 })));
    // Every row once, each part in the order given.
    expect(parts.flatMap((p) => p.items.map((r) => r.n)).sort((x, y) => x - y)).toEqual(rows.map((r) => r.n));
    for (const p of parts) expect(p.items.map((r) => r.n)).toEqual([...p.items.map((r) => r.n)].sort((x, y) => x - y));
    expect(partArea(parts[0]!, 'id')).toBe('r1, r2, P');
    expect(partArea(parts[3]!, 'en')).toBe('r5, P, 2022');
  });

  it('a part longer than the most rows only when one region holds them in one year', () => {
    const big = Array.from({ length: 25 }, (_, n): Row => ({ region: region('kota', 'P'), year: 2024, n }));
    const parts = areaParts([...big, { region: region('lain', 'P'), year: 2024, n: 99 }], by);
    expect(parts.map((p) => [p.regions.map((r) => r.slug), p.items.length])).toEqual([
      [['kota'], 25],
      [['lain'], 1],
    ]);
  });
});

describe('programmeSplit / halaman program per provinsi', () => {
  it('the bundled programmes fit one page each (their pages are unchanged)', () => {
    const portal = loadPortal(resolve('content'));
    const list = programmes(portal.reports, 'id');
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) expect(programmeSplit(p)).toBeUndefined();
  });

  // 3 provinces; province P1 with 30 regions × 2 agencies × 2 years (120 rows) is split; P2 and P3 fit one page.
  const agency = (slug: string, regionSlug: string): Agency => ({
    slug,
    region: regionSlug,
    names: [{ nama: slug }],
    urusan: [],
  });
  const ref = (id: string, a: Agency, r: Region, year: number): ReportRef =>
    ({
      id,
      agency: a,
      agencyName: a.slug,
      agencyShort: a.slug,
      region: r,
      year,
      period: 'tahunan',
      type: 'lkjip',
      title: id,
    }) as ReportRef;
  const entries: ProgrammeEntry[] = [];
  const refs: ReportRef[] = [];
  const add = (province: string, regions: number, agencies: number, years: number[]) => {
    for (let i = 1; i <= regions; i++) {
      const r = region(`${province}-r${String(i).padStart(2, '0')}`, province);
      for (let j = 1; j <= agencies; j++) {
        const a = agency(`${r.slug}-a${j}`, r.slug);
        for (const year of years) {
          const rf = ref(`${a.slug}/${year}`, a, r, year);
          refs.push(rf);
          entries.push({
            ref: rf,
            nama: 'PROGRAM X',
            kode: '1.01.01',
            role: 'realisasi',
            table: 'T',
            pagu: { exact: '1' },
            realisasi: { exact: '1' },
            serapan: { text: '—', tone: 'netral' },
            indicators: [],
          });
        }
      }
    }
  };
  add('P1', 30, 2, [2023, 2024]);
  add('P2', 3, 1, [2024]);
  add('P3', 1, 1, [2024]);
  // One report prints the programme (in its plan) without a budget line: its name goes to its region's page.
  const planOnly = ref('P2-r01-a9/2025', agency('P2-r01-a9', 'P2-r01'), region('P2-r01', 'P2'), 2025);
  // And one in a province with no budget line of it at all: no part page has its area, so the summary lists it.
  const elsewhere = ref('P9-r01-a1/2024', agency('P9-r01-a1', 'P9-r01'), region('P9-r01', 'P9'), 2024);
  const programme: Programme = {
    key: 'x',
    code: '1.01.01',
    nama: 'Program X',
    variants: [
      { nama: 'PROGRAM X', sources: refs.map((r) => ({ ref: r, table: 'T', href: `/dokumen/${r.id}/` })) },
      {
        nama: 'PROGRAM  X',
        sources: [
          { ref: planOnly, table: 'Renja', href: '/dokumen/p/' },
          { ref: elsewhere, table: 'Renja', href: '/dokumen/q/' },
        ],
      },
    ],
    entries,
  };
  const split = programmeSplit(programme)!;

  it('splits beyond the most rows, by province, with the spread of each', () => {
    expect(entries.length).toBeGreaterThan(PROGRAMME_ROWS_MAX);
    expect(split).toMatchObject({ agencies: 64, regions: 34, reports: 124, firstYear: 2023, lastYear: 2024 });
    expect(split.provinces.map((p) => [p.province, p.agencies, p.reports, p.parts.length])).toEqual([
      ['P1', 60, 120, 2],
      ['P2', 3, 3, 1],
      ['P3', 1, 1, 1],
    ]);
    expect(split.parts.map((p) => partPage('program/x', p))).toEqual([
      'program/x/p1/1',
      'program/x/p1/2',
      'program/x/p2',
      'program/x/p3',
    ]);
    for (const part of split.parts) expect(part.items.length).toBeLessThanOrEqual(PROGRAMME_ROWS_MAX);
    expect(split.parts.flatMap((p) => p.programme.entries)).toHaveLength(entries.length);
    expect(programmeSplit(programme)).toBe(split);
  });

  it('has a page per province at <province>/: its rows, or the list of its parts, then each part', () => {
    expect(splitPages(split).map((p) => [p.path, 'part' in p ? 'rows' : 'parts'])).toEqual([
      ['p1', 'parts'],
      ['p1/1', 'rows'],
      ['p1/2', 'rows'],
      ['p2', 'rows'],
      ['p3', 'rows'],
    ]);
    expect(split.parts.map(provincePagePath)).toEqual(['p1/', 'p1/', 'p2/', 'p3/']);
  });

  it('each part page lists where its own area prints the name; the summary counts all, and lists those of no part', () => {
    const p2 = split.parts.find((p) => p.province === 'P2')!;
    expect(p2.programme.variants.map((v) => [v.nama, v.sources.length])).toEqual([
      ['PROGRAM X', 3],
      ['PROGRAM  X', 1],
    ]);
    const sources = split.parts.flatMap((p) => p.programme.variants.flatMap((v) => v.sources));
    expect(sources).toHaveLength(refs.length + 1);
    expect(split.elsewhere.map((e) => [e.nama, e.ref.id])).toEqual([['PROGRAM  X', 'P9-r01-a1/2024']]);
    for (const part of split.parts) {
      const ids = new Set(part.items.map((e) => e.ref.id));
      for (const s of part.programme.variants.flatMap((v) => v.sources)) {
        if (s.ref !== planOnly) expect(ids.has(s.ref.id)).toBe(true);
      }
    }
    expect(split.variants).toEqual([
      { nama: 'PROGRAM X', count: refs.length },
      { nama: 'PROGRAM  X', count: 2 },
    ]);
  });
});

describe('indicatorSplit / halaman indikator per provinsi', () => {
  it('the bundled indicators fit one page each (their pages are unchanged)', () => {
    const portal = loadPortal(resolve('content'));
    for (const i of indicatorsAcross(portal.reports, 'id')) expect(indicatorSplit(i)).toBeUndefined();
  });

  it('beyond the most values, parts by province with the benchmarks their own reports print', () => {
    const entries: IndicatorEntry[] = [];
    const benchmarks: IndicatorBenchmark[] = [];
    for (const province of ['Barat', 'Timur']) {
      for (let i = 1; i <= 12; i++) {
        const r = region(`${province.toLowerCase()}-${i}`, province);
        const a: Agency = { slug: `dinas-${r.slug}`, region: r.slug, names: [{ nama: r.slug }], urusan: [] };
        const ref = {
          id: `${a.slug}/2024`,
          agency: a,
          agencyName: a.slug,
          agencyShort: a.slug,
          region: r,
          year: 2024,
        } as ReportRef;
        // A report's series: 5 years of values.
        for (let year = 2020; year <= 2024; year++) {
          entries.push({
            ref,
            year,
            kode: 'I1',
            nama: 'IKM',
            satuan: '%',
            polarity: 'positif',
            period: 'tahunan',
            role: 'capaian',
            table: 'T',
            target: '1',
            realisasi: '1',
            printedCapaian: '',
            capaian: { text: '—', tone: 'netral' },
          } as IndicatorEntry);
        }
        if (i === 1) benchmarks.push({ ref, year: 2024, label: `Rata-rata ${province}`, value: '80', note: '' });
      }
    }
    const indicator: IndicatorAcross = { key: 'ikm', nama: 'IKM', entries, benchmarks, agencies: 24 };
    const split = indicatorSplit(indicator)!;
    expect(entries.length).toBeGreaterThan(INDICATOR_ROWS_MAX);
    expect(
      split.parts.map((p) => [
        p.path,
        p.indicator.entries.length,
        p.indicator.agencies,
        p.indicator.benchmarks.map((b) => b.label),
      ]),
    ).toEqual([
      ['barat/', 60, 12, ['Rata-rata Barat']],
      ['timur/', 60, 12, ['Rata-rata Timur']],
    ]);
    // A report's series stays on one page.
    for (const part of split.parts) {
      const ids = new Set(part.items.map((e) => e.ref.id));
      expect(entries.filter((e) => ids.has(e.ref.id))).toHaveLength(part.items.length);
    }
  });

  it('the indicator list in pages, the later ones outside /indikator/ (where every path is an indicator)', () => {
    expect([0, 1, INDICATORS_PER_PAGE, INDICATORS_PER_PAGE + 1].map(indicatorListPages)).toEqual([1, 1, 1, 2]);
    expect([1, 2, 3].map(indicatorListPath)).toEqual(['/indikator/', '/daftar-indikator/2/', '/daftar-indikator/3/']);
  });
});
