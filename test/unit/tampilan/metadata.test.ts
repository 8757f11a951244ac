import { describe, expect, it } from 'vitest';
import { catalogLd, reportDatasetLd, temporalCoverage, yearSpan } from '../../../src/lib/tampilan/metadata.ts';
import { DOWNLOADS_PAGE_REPORTS_MAX, reportsListed, type ReportFile } from '../../../src/lib/tampilan/unduhan.ts';

const site = new URL('https://contoh.example/');
const commit = (date: string) => ({ hash: date, date, files: [] });
const files: ReportFile[] = [
  { table: 'nilai', format: 'csv', path: '/unduh/laporan/dinas-a/2024-tw2/nilai.csv' },
  { table: 'tabel/tabel-2-1', format: 'csv', path: '/unduh/laporan/dinas-a/2024-tw2/tabel/tabel-2-1.csv' },
  { table: 'buku-kerja', format: 'xlsx', path: '/unduh/laporan/dinas-a/2024-tw2/dinas-a-2024-tw2.xlsx' },
];
const input = {
  report: { id: 'dinas-a/2024-tw2', meta: { title: 'Laporan TW II 2024', year: 2024, period: 'tw2' as const } },
  agencyName: 'Dinas A',
  regionName: 'Kota B',
  description: 'Target dan realisasi Dinas A.',
  pagePath: '/en/instansi/dinas-a/2024-tw2/',
  files,
};

describe('report Dataset JSON-LD', () => {
  it('names the page, the agency as creator, the portal as publisher and catalogue, dates from the history', () => {
    const ld = reportDatasetLd(site, {
      ...input,
      history: { first: commit('2026-01-05'), last: commit('2026-03-01') },
    });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      '@id': 'https://contoh.example/instansi/dinas-a/2024-tw2/',
      name: 'Laporan TW II 2024 — Dinas A',
      description: 'Target dan realisasi Dinas A.',
      url: 'https://contoh.example/en/instansi/dinas-a/2024-tw2/',
      identifier: 'dinas-a/2024-tw2',
      creator: { '@type': 'GovernmentOrganization', name: 'Dinas A' },
      publisher: { '@type': 'Organization', name: 'Kinerja Terbuka', url: 'https://contoh.example/' },
      includedInDataCatalog: { '@type': 'DataCatalog', '@id': 'https://contoh.example/unduh/' },
      temporalCoverage: '2024-01/2024-06',
      spatialCoverage: 'Kota B',
      datePublished: '2026-01-05',
      dateModified: '2026-03-01',
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(ld.distribution).toEqual([
      {
        '@type': 'DataDownload',
        name: 'nilai.csv',
        encodingFormat: 'text/csv',
        contentUrl: 'https://contoh.example/unduh/laporan/dinas-a/2024-tw2/nilai.csv',
      },
      {
        '@type': 'DataDownload',
        name: 'tabel-2-1.csv',
        encodingFormat: 'text/csv',
        contentUrl: 'https://contoh.example/unduh/laporan/dinas-a/2024-tw2/tabel/tabel-2-1.csv',
      },
      {
        '@type': 'DataDownload',
        name: 'dinas-a-2024-tw2.xlsx',
        encodingFormat: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        contentUrl: 'https://contoh.example/unduh/laporan/dinas-a/2024-tw2/dinas-a-2024-tw2.xlsx',
      },
    ]);
  });

  it('without git there are no invented dates', () => {
    const ld = reportDatasetLd(site, { ...input, history: undefined });
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('dateModified');
  });

  it('coverage: the report year, or January to the end of the (cumulative) quarter', () => {
    expect(temporalCoverage({ year: 2023, period: 'tahunan' })).toBe('2023');
    expect(temporalCoverage({ year: 2024, period: 'tw1' })).toBe('2024-01/2024-03');
    expect(temporalCoverage({ year: 2024, period: 'tw3' })).toBe('2024-01/2024-09');
    expect(temporalCoverage({ year: 2024, period: 'tw4' })).toBe('2024-01/2024-12');
    expect(yearSpan([2024, 2018, 2021])).toBe('2018/2024');
    expect(yearSpan([2024])).toBe('2024');
    expect(yearSpan([])).toBeUndefined();
  });
});

describe('downloads page DataCatalog JSON-LD', () => {
  const parts = [
    { table: 'nilai', year: 2024, province: 'Jawa Timur', path: 'unduh/2024/jawa-timur/nilai.csv', rows: 10 },
    { table: 'nilai', year: 2018, province: 'Jawa Timur', path: 'unduh/2018/jawa-timur/nilai.csv', rows: 5 },
  ];
  const ld = catalogLd(site, {
    description: 'Semua data.',
    pagePath: '/unduh/',
    tables: [{ name: 'nilai', title: 'Nilai indikator', description: 'Target dan realisasi.', parts }],
    reports: [
      { id: 'dinas-a/2024-tw2', name: 'TW II', description: 'd', agencyName: 'Dinas A', coverage: '2024-01/2024-06' },
    ],
    zips: [
      { year: 2018, path: 'unduh/zip/2018.zip' },
      { year: 2024, path: 'unduh/zip/2024.zip' },
    ],
    zipsDescription: 'Satu zip per tahun.',
    years: [2024, 2018],
    regions: ['Kota B'],
    modified: '2026-03-01',
  });

  it('a catalogue with creator, coverage and licence, one Dataset per table with CSV and Parquet per partition', () => {
    expect(ld).toMatchObject({
      '@type': 'DataCatalog',
      '@id': 'https://contoh.example/unduh/',
      creator: { '@type': 'Organization', name: 'Kinerja Terbuka' },
      temporalCoverage: '2018/2024',
      dateModified: '2026-03-01',
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    const [table, zips, report] = ld.dataset as Record<string, unknown>[];
    expect(table).toMatchObject({
      '@type': 'Dataset',
      name: 'Kinerja Terbuka: Nilai indikator',
      description: 'Target dan realisasi.',
      creator: { name: 'Kinerja Terbuka' },
      temporalCoverage: '2018/2024',
    });
    expect((table!.distribution as { contentUrl: string; encodingFormat: string }[]).map((d) => d.contentUrl)).toEqual([
      'https://contoh.example/unduh/2024/jawa-timur/nilai.csv',
      'https://contoh.example/unduh/2024/jawa-timur/nilai.parquet',
      'https://contoh.example/unduh/2018/jawa-timur/nilai.csv',
      'https://contoh.example/unduh/2018/jawa-timur/nilai.parquet',
    ]);
    expect(zips).toMatchObject({ '@type': 'Dataset', description: 'Satu zip per tahun.' });
    expect(zips!.distribution).toEqual([
      {
        '@type': 'DataDownload',
        name: '2018.zip',
        encodingFormat: 'application/zip',
        contentUrl: 'https://contoh.example/unduh/zip/2018.zip',
      },
      {
        '@type': 'DataDownload',
        name: '2024.zip',
        encodingFormat: 'application/zip',
        contentUrl: 'https://contoh.example/unduh/zip/2024.zip',
      },
    ]);
    expect(report).toMatchObject({
      '@type': 'Dataset',
      '@id': 'https://contoh.example/instansi/dinas-a/2024-tw2/',
      creator: { '@type': 'GovernmentOrganization', name: 'Dinas A' },
      temporalCoverage: '2024-01/2024-06',
    });
  });
});

describe('the downloads page lists reports one by one only while they fit on a page', () => {
  const report = (i: number) => ({ id: `dinas-${i}/2024-lkjip` });

  it('lists every report of a small portal (the bundled content: 5)', () => {
    const five = Array.from({ length: 5 }, (_, i) => report(i));
    expect(reportsListed(five)).toEqual(five);
    const most = Array.from({ length: DOWNLOADS_PAGE_REPORTS_MAX }, (_, i) => report(i));
    expect(reportsListed(most)).toHaveLength(DOWNLOADS_PAGE_REPORTS_MAX);
  });

  it('lists none beyond the limit, so the page (and its catalogue, built from the same list) stops growing', () => {
    const many = Array.from({ length: DOWNLOADS_PAGE_REPORTS_MAX + 1 }, (_, i) => report(i));
    expect(reportsListed(many)).toEqual([]);
  });
});
