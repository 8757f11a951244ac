/**
 * Indicator-page charts stay bounded as the corpus grows (a synthetic corpus of 15 regions in 4 provinces, 180 reports, one
 * agency kind, so every agency reports the same indicators): ranking charts compare within the province and a page
 * has at most RANKING_CHARTS_MAX of them; a trend over more than TREND_LINES_MAX agencies is their lowest, median
 * and highest value, exactly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../scripts/generate-korpus.ts';
import { indicatorTrendChart, TREND_LINES_MAX } from '../../../src/lib/grafik/indikator.ts';
import { benchmarkCharts, RANKING_CHARTS_MAX, RANKING_NEIGHBOURS } from '../../../src/lib/grafik/pembanding.ts';
import { loadPortal } from '../../../src/lib/portal.ts';
import { indicatorsAcross } from '../../../src/lib/tampilan/lintas.ts';

const work = mkdtempSync(join(tmpdir(), 'kinerja-grafik-batas-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeCorpus(work, 180, 11, { agencies: 1, regionsPerProvince: 4, years: [2023, 2024], kecamatan: 0 });
const reports = loadPortal(join(work, 'content')).reports;
const indicators = indicatorsAcross(reports, 'id');
const agenciesOf = (i: (typeof indicators)[number]) => new Set(i.entries.map((e) => e.ref.agency.slug)).size;
const provinceOf = new Map(reports.map((r) => [r.report.id, r.region.provinsi]));

describe('indicator charts at scale / grafik indikator berskala', () => {
  it('ranks each agency among its printed benchmarks and its own province only, at most 12 charts a page', () => {
    const indicator = [...indicators].sort((a, b) => b.benchmarks.length - a.benchmarks.length)[0]!;
    const sources = new Set(indicator.benchmarks.map((b) => `${b.ref.id}|${b.year}`));
    expect(sources.size).toBeGreaterThan(RANKING_CHARTS_MAX);
    // Not vacuous: the indicator is reported in several provinces, so a portal-wide ranking would mix them.
    expect(new Set(indicator.entries.map((e) => e.ref.region.provinsi)).size).toBeGreaterThan(1);
    const charts = benchmarkCharts(indicator, reports, 'id');
    const nameProvince = new Map(indicator.entries.map((e) => [e.ref.agencyName, e.ref.region.provinsi]));
    expect(charts.length).toBe(RANKING_CHARTS_MAX);
    const years = charts.map((c) => Number(/^peringkat-(\d{4})-/.exec(c.id)![1]));
    const newest = Math.max(...indicator.benchmarks.map((b) => b.year));
    expect(years.every((y) => y === newest)).toBe(true);
    for (const chart of charts) {
      const own = indicator.benchmarks.find((b) => chart.id.startsWith(`peringkat-${b.year}-${b.ref.agency.slug}`))!;
      const province = provinceOf.get(own.ref.id);
      const agencyBars = chart.labels.filter((l) => nameProvince.has(l));
      expect(agencyBars.length).toBeGreaterThan(0);
      for (const label of agencyBars) expect(nameProvince.get(label), label).toBe(province);
      expect(agencyBars.length).toBeLessThanOrEqual(2 * RANKING_NEIGHBOURS + 1);
    }
  });

  it('shows the agencies nearest the highlighted one when its province has more, ranked among all of them', () => {
    const base = [...indicators].sort((a, b) => b.benchmarks.length - a.benchmarks.length)[0]!;
    // 40 more agencies in the province and year of the first chart's report, so its province is crowded.
    const newest = Math.max(...base.benchmarks.map((b) => b.year));
    const source = base.benchmarks.find((b) => b.year === newest)!;
    const model = base.entries.find((e) => e.ref.id === source.ref.id && e.year === source.year)!;
    const crowd = Array.from({ length: 40 }, (_, i) => ({
      ...model,
      period: 'tahunan' as const,
      ref: {
        ...model.ref,
        id: `tambahan-${i}/${source.year}-lkjip`,
        agency: { ...model.ref.agency, slug: `tambahan-${i}` },
        agencyName: `Instansi Tambahan ${i}`,
      },
      realisasiMachine: String(i * 3),
    }));
    const indicator = { ...base, entries: [...base.entries, ...crowd] };
    const chart = benchmarkCharts(indicator, reports, 'en').find((c) =>
      c.id.startsWith(`peringkat-${source.year}-${source.ref.agency.slug}`),
    )!;
    const total = Number(/ranks \d+ of (\d+)/.exec(chart.summary)![1]);
    const agencies = new Set(indicator.entries.map((e) => e.ref.agencyName));
    const agencyBars = chart.labels.filter((l) => agencies.has(l)).length;
    expect(total).toBeGreaterThan(40);
    expect(agencyBars).toBeLessThanOrEqual(2 * RANKING_NEIGHBOURS + 1);
    expect(chart.labels.length).toBeLessThan(total);
    expect(chart.summary).toContain(`the ${RANKING_NEIGHBOURS} agencies nearest above and below`);
    // The highlighted bar is shown, and the bars stay in rank order (best first for this polarity).
    expect(chart.series[0]!.tones).toContain('sorot');
    const values = chart.series[0]!.values.map((v) => new Decimal(v!));
    const lowerIsBetter = model.polarity === 'negatif';
    for (let i = 1; i < values.length; i++)
      expect(lowerIsBetter ? values[i]!.gte(values[i - 1]!) : values[i]!.lte(values[i - 1]!)).toBe(true);
  });

  it('on a part page of a split indicator, ranks each agency among its whole province, as the whole page does', () => {
    const whole = [...indicators].sort((a, b) => b.benchmarks.length - a.benchmarks.length)[0]!;
    const region = whole.benchmarks[0]!.ref.region.slug;
    const inRegion = <T extends { ref: { region: { slug: string } } }>(rows: T[]) =>
      rows.filter((r) => r.ref.region.slug === region);
    const part = { ...whole, entries: inRegion(whole.entries), benchmarks: inRegion(whole.benchmarks) };
    // Not vacuous: the region is a slice of its province.
    const province = whole.benchmarks[0]!.ref.region.provinsi;
    expect(whole.entries.filter((e) => e.ref.region.provinsi === province).length).toBeGreaterThan(part.entries.length);
    const partCharts = benchmarkCharts(part, reports, 'en', whole);
    expect(partCharts.length).toBeGreaterThan(0);
    // Each chart is the one the unbounded whole would draw for the same report: same bars, same rank.
    const all = new Map(
      benchmarkCharts({ ...whole, benchmarks: part.benchmarks }, reports, 'en').map((c) => [c.id, c]),
    );
    for (const chart of partCharts) expect(chart).toEqual(all.get(chart.id));
    expect(
      partCharts.some((c) => c.summary !== benchmarkCharts(part, reports, 'en').find((x) => x.id === c.id)?.summary),
    ).toBe(true);
  });

  it('shows more than 12 agencies’ trend as lowest, median and highest, computed exactly', () => {
    const indicator = indicators.find((i) => agenciesOf(i) > TREND_LINES_MAX)!;
    expect(indicator).toBeDefined();
    const chart = indicatorTrendChart(indicator, 'Tren', 'id')!;
    expect(chart.series.map((s) => s.label)).toEqual(['Terendah', 'Median', 'Tertinggi']);
    const first = chart.labels[0]!;
    const values = [
      ...new Map(
        indicator.entries
          .filter((e) => `${e.year}` === first && e.period === 'tahunan')
          .map((e) => [e.ref.agencyName, e.realisasiMachine]),
      ).values(),
    ]
      .filter((v): v is string => v !== undefined)
      .map((v) => new Decimal(v))
      .sort((a, b) => a.comparedTo(b));
    const mid = values.length / 2;
    const median = values.length % 2 ? values[Math.floor(mid)]! : values[mid - 1]!.plus(values[mid]!).div(2);
    expect(chart.series.map((s) => s.values[0])).toEqual([
      values[0]!.toFixed(),
      median.toFixed(),
      values.at(-1)!.toFixed(),
    ]);
  });
});
