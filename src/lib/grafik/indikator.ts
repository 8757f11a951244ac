/**
 * An indicator's realisation over the years (only numeric, printed values): one line per agency while they are
 * few; beyond TREND_LINES_MAX agencies, the lowest, the median and the highest value of each point, since a line per
 * agency of the nation is neither readable nor bounded (1,300 lines for one indicator at 5,000 reports).
 */
import type { Lang } from '../../i18n/teks.ts';
import type { IndicatorAcross } from '../tampilan/lintas.ts';
import type { Period } from '../model.ts';
import Decimal from 'decimal.js';
import { yearWithPeriod } from '../tampilan/periode.ts';
import { withSummary } from './ringkasan.ts';
import type { ChartSpec } from './spek.ts';

/**
 * Points are (year, period): a quarterly value is cumulative, so it gets its own point labelled
 * "2024 · Triwulan I (kumulatif)" rather than standing in for the year.
 */
const PERIOD_ORDER: Period[] = ['tw1', 'tw2', 'tw3', 'tw4', 'tahunan'];

export function indicatorTrendChart(indicator: IndicatorAcross, caption: string, lang: Lang): ChartSpec | undefined {
  const pointKey = (e: { year: number; period: Period }) => `${e.year} ${PERIOD_ORDER.indexOf(e.period)}`;
  const points = [
    ...new Map(indicator.entries.map((e) => [pointKey(e), { year: e.year, period: e.period }])).values(),
  ].sort((a, b) => a.year - b.year || PERIOD_ORDER.indexOf(a.period) - PERIOD_ORDER.indexOf(b.period));
  if (points.length < 2) return undefined;
  const agencies = [...new Set(indicator.entries.map((e) => e.ref.agencyName))];
  // The first entry of each agency at each point, as the line per agency always showed.
  const valueAt = new Map<string, string | null>();
  for (const e of indicator.entries) {
    const key = `${e.ref.agencyName}\0${pointKey(e)}`;
    if (!valueAt.has(key)) valueAt.set(key, e.realisasiMachine ?? null);
  }
  const series =
    agencies.length <= TREND_LINES_MAX
      ? agencies.map((agency) => ({
          label: agency,
          values: points.map((p) => valueAt.get(`${agency}\0${pointKey(p)}`) ?? null),
        }))
      : spreadSeries(
          points.map((p) => agencies.flatMap((agency) => valueAt.get(`${agency}\0${pointKey(p)}`) ?? [])),
          lang,
        );
  if (series.every((s) => s.values.every((v) => v === null))) return undefined;
  return withSummary(
    {
      id: 'tren-indikator',
      kind: 'line',
      horizontal: false,
      caption,
      unit: 'angka',
      labels: points.map((p) => yearWithPeriod(p.year, p.period, lang)),
      series,
    },
    lang,
  );
}

/** Lines per agency at most; more agencies are shown as their lowest, median and highest value. */
export const TREND_LINES_MAX = 12;

/** Lowest, median and highest of each point's values (exact: the median of an even count is the mean of two). */
function spreadSeries(valuesPerPoint: string[][], lang: Lang): { label: string; values: (string | null)[] }[] {
  const sorted = valuesPerPoint.map((values) => values.map((v) => new Decimal(v)).sort((a, b) => a.comparedTo(b)));
  const median = (d: Decimal[]) =>
    d.length % 2 === 1 ? d[(d.length - 1) / 2]! : d[d.length / 2 - 1]!.plus(d[d.length / 2]!).dividedBy(2);
  const pick = (f: (d: Decimal[]) => Decimal) => sorted.map((d) => (d.length === 0 ? null : f(d).toFixed()));
  const labels = lang === 'id' ? ['Terendah', 'Median', 'Tertinggi'] : ['Lowest', 'Median', 'Highest'];
  return [
    { label: labels[0]!, values: pick((d) => d[0]!) },
    { label: labels[1]!, values: pick(median) },
    { label: labels[2]!, values: pick((d) => d.at(-1)!) },
  ];
}
