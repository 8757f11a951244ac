import { describe, expect, it } from 'vitest';
import { evaluationGroups } from '../../../src/lib/tampilan/laporan.ts';
import { capaianChart, serapanChart, trendCharts } from '../../../src/lib/grafik/laporan.ts';
import { chartTable } from '../../../src/lib/grafik/tabel.ts';
import { indicatorTrendChart } from '../../../src/lib/grafik/indikator.ts';
import { benchmarkCharts, rankingChartIds } from '../../../src/lib/grafik/pembanding.ts';
import { indicatorsAcross } from '../../../src/lib/tampilan/lintas.ts';
import { chartCsv, chartCsvPath } from '../../../src/lib/grafik/unduh.ts';
import { agencyChart, allCharts, programmePageChart } from '../../../src/lib/grafik/semua.ts';
import { programmes } from '../../../src/lib/tampilan/lintas.ts';
import { loadPortal } from '../../../src/lib/portal.ts';
import { resolve } from 'node:path';
import type { ChartSpec } from '../../../src/lib/grafik/spek.ts';
import { fixturePortal } from '../tampilan/fixture.ts';

const [entry] = fixturePortal();
const { report, scored } = entry!;
const groups = evaluationGroups(report, scored, 'id');

const base: ChartSpec = {
  id: 'x',
  kind: 'bar',
  horizontal: true,
  caption: 'c',
  summary: 's',
  unit: 'persen',
  labels: ['A', 'B'],
  series: [{ label: 'Capaian', values: ['103.9867', null] }],
};

describe('report charts (valid fixture)', () => {
  it('capaian: one bar per percentage indicator, recomputed, ranked highest first, printed figures in the table', () => {
    const spec = capaianChart(report, groups, scored, 'id')!;
    expect(spec.labels).toEqual([
      'Laju pertumbuhan kasus',
      'Rasio KDRT',
      'Persentase PMKS yang tertangani',
      'Persentase PMKS yang direhabilitasi',
    ]);
    expect(spec.series).toEqual([
      { label: 'Capaian', values: ['180.95', '132.06', '103.99', '99.52'], tones: ['baik', 'baik', 'baik', 'kurang'] },
    ]);
    // Target and result come in many units: table columns, never bars on a shared axis.
    expect(spec.columns?.map((c) => c.label)).toEqual(['Target (tercetak)', 'Realisasi (tercetak)']);
    expect(spec.columns?.[0]?.values[2]).toBe('89 %');
    expect(spec.series).toHaveLength(1);
    expect(spec.reference).toEqual({ value: '100', label: 'Target (100%)' });
    expect(spec.axis).toBeUndefined();
    expect(spec.summary).toBe(
      '4 indikator. 3 dari 4 mencapai 100,00% atau lebih. Tertinggi: Laju pertumbuhan kasus (180,95%); ' +
        'terendah: Persentase PMKS yang direhabilitasi (99,52%).',
    );
  });

  it("capaian chart carries the report's own scale as background bands", () => {
    const scale = {
      slug: 's',
      nama: 'Skala',
      jenis: 'predikat' as const,
      bands: [
        { label: 'Berhasil', lower: '90', lowerInclusive: true, upper: null, upperInclusive: false },
        { label: 'Kurang', lower: null, lowerInclusive: false, upper: '90', upperInclusive: false },
      ],
    };
    expect(capaianChart(report, groups, scored, 'id', scale)?.bands).toEqual([
      { from: '90', to: null, label: 'Berhasil' },
      { from: null, to: '90', label: 'Kurang' },
    ]);
  });

  it('absorption chart: programmes of the realisation table', () => {
    const spec = serapanChart(report, scored, 'id');
    expect(spec?.labels).toEqual(['Program Rehabilitasi Sosial']);
    expect(spec?.series[0]?.values).toEqual(['90']);
    expect(spec?.summary).toBe('1 program. 0 dari 1 mencapai 100,00% atau lebih.');
  });

  it('absorption chart: a realisation table printed twice (Probolinggo 2024 Tabel 2.2 and 3.2) is charted once', () => {
    const copy = report.budget
      .filter((b) => b.role === 'realisasi')
      .map((b) => ({ ...b, id: `X.${b.id}`, source: { ...b.source, table: 'Tabel 2.2' } }));
    const doubled = { ...report, budget: [...report.budget, ...copy] };
    expect(serapanChart(doubled, scored, 'id')?.labels).toEqual(['Program Rehabilitasi Sosial']);
  });

  it('trend charts only for indicators printed for two or more years, described first → last', () => {
    const trends = trendCharts(report, 'id');
    expect(trends.map((t) => t.id)).toEqual(['tren-s1-i1']);
    expect(trends[0]?.labels).toEqual(['2023', '2024']);
    expect(trends[0]?.series).toEqual([
      { label: 'Target', values: ['85', '89'] },
      { label: 'Realisasi', values: ['80', '92.55'] },
    ]);
    expect(trends[0]?.summary).toBe('Target: 85 (2023) → 89 (2024) dan Realisasi: 80 (2023) → 92,55 (2024).');
  });
});

describe('data table', () => {
  it('formats the same numbers in Indonesian, a dash for gaps, machine values kept for the chart', () => {
    expect(chartTable(base)).toEqual({
      header: ['Uraian', 'Capaian'],
      series: 1,
      rows: [
        { label: 'A', cells: [{ text: '103,99%', value: '103.9867' }] },
        { label: 'B', cells: [{ text: '—' }] },
      ],
    });
    const rupiah = chartTable(
      { ...base, unit: 'rupiah', labels: ['A'], series: [{ label: 'Pagu', values: ['1234567'] }] },
      'en',
    );
    expect(rupiah.rows[0]?.cells).toEqual([{ text: 'Rp 1,234,567', value: '1234567' }]);
  });

  it('table-only columns come before the charted series; a single series passes its tones to the rows', () => {
    const table = chartTable({
      ...base,
      columns: [{ label: 'Target', values: ['90%', '5 Orang'] }],
      series: [{ label: 'Capaian', values: ['100', '50'], tones: ['baik', 'kurang'] }],
    });
    expect(table.header).toEqual(['Uraian', 'Target', 'Capaian']);
    expect(table.rows[1]).toEqual({
      label: 'B',
      cells: [{ text: '5 Orang' }, { text: '50,00%', value: '50' }],
      tone: 'kurang',
    });
  });
});

describe('quarterly figures beside annual ones (real content)', () => {
  const portal = loadPortal(resolve('content'));
  const lumajang = portal.content.agencies.find((a) => a.slug === 'dinsos-p3a-kabupaten-lumajang')!;

  it('programme and agency charts, and their CSVs, label a first-quarter report "Triwulan I (kumulatif)"', () => {
    const quarterly = programmes(portal.reports, 'id').filter((p) =>
      p.entries.some((e) => e.ref.period === 'tw1' && e.paguValue),
    );
    expect(quarterly.length).toBeGreaterThan(0);
    for (const programme of quarterly) {
      const chart = programmePageChart(programme, 'id')!;
      const label = chart.labels.find((l) => l.includes('Lumajang'))!;
      expect(label).toMatch(/2024 · Triwulan I \(kumulatif\)$/);
      expect(chartCsv(chart)).toContain('2024 · Triwulan I (kumulatif)');
    }
    expect(agencyChart(portal.reports, lumajang, 'en')?.labels).toEqual(['2024 · Quarter I (cumulative)']);
  });
});

describe('across reports', () => {
  const indicator = indicatorsAcross(fixturePortal(), 'id').find((i) => i.nama === 'Persentase PMKS yang tertangani')!;

  it('indicator trend: one line per agency', () => {
    expect(indicatorTrendChart(indicator, 'Tren', 'id')).toEqual({
      id: 'tren-indikator',
      kind: 'line',
      horizontal: false,
      caption: 'Tren',
      summary: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Contoh: 80 (2023) → 92,55 (2024).',
      unit: 'angka',
      labels: ['2023', '2024'],
      series: [
        { label: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Contoh', values: ['80', '92.55'] },
      ],
    });
  });

  it('ranked comparison: the agency highlighted among its printed benchmarks, best first by polarity', () => {
    const [chart, ...rest] = benchmarkCharts(indicator, fixturePortal(), 'en');
    expect(rest).toEqual([]);
    expect(chart?.id).toBe('peringkat-2024-dinas-contoh');
    expect(chart?.labels).toEqual([
      'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Contoh',
      'Nasional',
    ]);
    expect(chart?.series[0]).toEqual({ label: 'Result', values: ['92.55', '59.61'], tones: ['sorot', 'netral'] });
    expect(chart?.unit).toBe('persen');
    expect(chart?.summary).toMatch(/^Dinas Sosial, .* ranks 1 of 2\. Highest: /);
  });

  it('ranked comparisons keep one id each when an agency has several reports with benchmarks for one year', () => {
    expect(
      rankingChartIds([
        { reportId: 'dinas-a/2024-lkjip', agency: 'dinas-a', year: 2024 },
        { reportId: 'dinas-a/2024-laporan-triwulan-tw1', agency: 'dinas-a', year: 2024 },
        { reportId: 'dinas-a/2023-lkjip', agency: 'dinas-a', year: 2023 },
        { reportId: 'dinas-b/2024-lkjip', agency: 'dinas-b', year: 2024 },
      ]),
    ).toEqual([
      'peringkat-2024-dinas-a-2024-lkjip',
      'peringkat-2024-dinas-a-2024-laporan-triwulan-tw1',
      'peringkat-2023-dinas-a',
      'peringkat-2024-dinas-b',
    ]);
  });

  it('a lower-is-better indicator ranks the smallest value first', () => {
    const lower = {
      ...indicator,
      entries: indicator.entries.map((e) => ({ ...e, polarity: 'negatif' })),
    };
    const [chart] = benchmarkCharts(lower, fixturePortal(), 'id');
    expect(chart?.labels).toEqual([
      'Nasional',
      'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Contoh',
    ]);
    expect(chart?.caption).toContain('makin rendah makin baik');
  });
});

describe('chart CSV downloads', () => {
  it('one row per category, machine numbers, the unit in the header, gaps empty, formulas neutralised', () => {
    const csv = chartCsv({
      ...base,
      labels: ['Persentase PMKS', '=HYPERLINK("http://x")'],
      series: [
        { label: 'Target', values: ['89', null] },
        { label: 'Realisasi', values: ['92.55', '0.12'] },
      ],
    });
    expect(csv).toBe(
      'kategori,Target (persen),Realisasi (persen)\r\n' +
        'Persentase PMKS,89,92.55\r\n' +
        '"\'=HYPERLINK(""http://x"")",,0.12\r\n',
    );
    expect(chartCsvPath('laporan/a/2024-lkjip', { id: 'capaian' })).toBe(
      '/unduh/grafik/laporan/a/2024-lkjip/capaian.csv',
    );
  });

  it('every chart of the fixture site has a file, built by the page builders', () => {
    const charts = allCharts(fixturePortal(), 'id');
    expect(charts.map((c) => `${c.page}/${c.spec.id}`)).toEqual([
      'laporan/dinas-contoh/2024-lkjip/capaian',
      'laporan/dinas-contoh/2024-lkjip/serapan',
      'laporan/dinas-contoh/2024-lkjip/tren-s1-i1',
      'instansi/dinas-contoh/anggaran-tahunan',
      'program/rehabilitasi-sosial/program-anggaran',
      'indikator/persentase-pmks-yang-tertangani/peringkat-2024-dinas-contoh',
      'indikator/persentase-pmks-yang-tertangani/tren-indikator',
    ]);
    for (const { spec } of charts) expect(spec.summary.length, spec.id).toBeGreaterThan(10);
  });
});
