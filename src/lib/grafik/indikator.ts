/** An indicator's realisation over the years, one line per agency (only numeric, printed values). */
import type { Lang } from '../../i18n/teks.ts';
import type { IndicatorAcross } from '../tampilan/lintas.ts';
import type { Period } from '../model.ts';
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
  const series = agencies.map((agency) => ({
    label: agency,
    values: points.map((p) => {
      const e = indicator.entries.find((x) => x.ref.agencyName === agency && pointKey(x) === pointKey(p));
      return e?.realisasiMachine ?? null;
    }),
  }));
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
