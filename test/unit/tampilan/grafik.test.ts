import { describe, expect, it } from 'vitest';
import {
  capaianChart,
  evaluationGroups,
  serapanChart,
  targetRealisasiChart,
  trendCharts,
} from '../../../src/lib/tampilan/laporan.ts';
import { chartTable } from '../../../src/lib/grafik/tabel.ts';
import { indicatorTrendChart } from '../../../src/lib/grafik/indikator.ts';
import { indicatorsAcross } from '../../../src/lib/tampilan/lintas.ts';
import { chartCsv, chartCsvPath } from '../../../src/lib/grafik/unduh.ts';
import { allCharts } from '../../../src/lib/grafik/semua.ts';
import { fixturePortal } from './fixture.ts';

const [entry] = fixturePortal();
const { report, scored } = entry!;
const groups = evaluationGroups(report, scored, 'id');

describe('chart data builders (valid fixture)', () => {
  it('capaian chart: one bar per percentage indicator of the report year, recomputed, toned against 100%', () => {
    expect(capaianChart(report, groups, scored, 'id')).toEqual({
      id: 'capaian',
      kind: 'bar',
      horizontal: true,
      caption: 'Capaian indikator 2024 (dihitung ulang) terhadap 100%',
      unit: 'persen',
      labels: [
        'Persentase PMKS yang tertangani',
        'Laju pertumbuhan kasus',
        'Rasio KDRT',
        'Persentase PMKS yang direhabilitasi',
      ],
      series: [
        {
          label: 'Capaian',
          values: ['103.99', '180.95', '132.06', '99.52'],
          tones: ['baik', 'baik', 'baik', 'kurang'],
        },
      ],
      reference: { value: '100', label: 'Target (100%)' },
    });
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

  it('target vs realisation uses printed numbers only (ratios and ordinals are left out)', () => {
    const spec = targetRealisasiChart(report, groups, 'en');
    expect(spec?.labels).toEqual([
      'Persentase PMKS yang tertangani',
      'Laju pertumbuhan kasus',
      'Persentase PMKS yang direhabilitasi',
    ]);
    expect(spec?.series).toEqual([
      { label: 'Target', values: ['89', '0.63', '100'] },
      { label: 'Result', values: ['92.55', '0.12', '99.52'] },
    ]);
  });

  it('absorption chart: programmes of the realisation table', () => {
    const spec = serapanChart(report, scored, 'id');
    expect(spec?.labels).toEqual(['Program Rehabilitasi Sosial']);
    expect(spec?.series[0]?.values).toEqual(['90']);
  });

  it('absorption chart: a realisation table printed twice (Probolinggo 2024 Tabel 2.2 and 3.2) is charted once', () => {
    const copy = report.budget
      .filter((b) => b.role === 'realisasi')
      .map((b) => ({ ...b, id: `X.${b.id}`, source: { ...b.source, table: 'Tabel 2.2' } }));
    const doubled = { ...report, budget: [...report.budget, ...copy] };
    expect(serapanChart(doubled, scored, 'id')?.labels).toEqual(['Program Rehabilitasi Sosial']);
  });

  it('trend charts only for indicators printed for two or more years', () => {
    const trends = trendCharts(report, 'id');
    expect(trends.map((t) => t.id)).toEqual(['tren-s1-i1']);
    expect(trends[0]?.labels).toEqual(['2023', '2024']);
    expect(trends[0]?.series).toEqual([
      { label: 'Target', values: ['85', '89'] },
      { label: 'Realisasi', values: ['80', '92.55'] },
    ]);
  });

  it('chart table formats the same numbers in Indonesian, with a dash for gaps', () => {
    const table = chartTable({
      id: 'x',
      kind: 'bar',
      horizontal: false,
      caption: 'c',
      unit: 'persen',
      labels: ['A', 'B'],
      series: [{ label: 'Capaian', values: ['103.9867', null] }],
    });
    expect(table).toEqual({
      header: ['Uraian', 'Capaian'],
      rows: [
        ['A', '103,99%'],
        ['B', '—'],
      ],
    });
    expect(
      chartTable(
        {
          id: 'y',
          kind: 'bar',
          horizontal: false,
          caption: 'c',
          unit: 'rupiah',
          labels: ['A'],
          series: [{ label: 'Pagu', values: ['1234567'] }],
        },
        'en',
      ).rows,
    ).toEqual([['A', 'Rp 1,234,567']]);
  });

  it('indicator trend across reports: one line per agency', () => {
    const indicator = indicatorsAcross(fixturePortal(), 'id').find(
      (i) => i.nama === 'Persentase PMKS yang tertangani',
    )!;
    expect(indicatorTrendChart(indicator, 'Tren')).toEqual({
      id: 'tren-indikator',
      kind: 'line',
      horizontal: false,
      caption: 'Tren',
      unit: 'angka',
      labels: ['2023', '2024'],
      series: [
        { label: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Contoh', values: ['80', '92.55'] },
      ],
    });
  });
});

describe('chart CSV downloads', () => {
  it('one row per category, machine numbers, the unit in the header, gaps empty, formulas neutralised', () => {
    const csv = chartCsv({
      id: 'x',
      kind: 'bar',
      horizontal: true,
      caption: 'c',
      unit: 'persen',
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
      'laporan/dinas-contoh/2024-lkjip/target-realisasi',
      'laporan/dinas-contoh/2024-lkjip/serapan',
      'laporan/dinas-contoh/2024-lkjip/tren-s1-i1',
      'instansi/dinas-contoh/anggaran-tahunan',
      'program/rehabilitasi-sosial/program-anggaran',
      'indikator/persentase-pmks-yang-tertangani/tren-indikator',
    ]);
  });
});
