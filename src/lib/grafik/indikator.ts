/** An indicator's realisation over the years, one line per agency (only numeric, printed values). */
import type { Lang } from '../../i18n/teks.ts';
import type { IndicatorAcross } from '../tampilan/lintas.ts';
import { withSummary } from './ringkasan.ts';
import type { ChartSpec } from './spek.ts';

export function indicatorTrendChart(indicator: IndicatorAcross, caption: string, lang: Lang): ChartSpec | undefined {
  const years = [...new Set(indicator.entries.map((e) => e.year))].sort((a, b) => a - b);
  if (years.length < 2) return undefined;
  const agencies = [...new Set(indicator.entries.map((e) => e.ref.agencyName))];
  const series = agencies.map((agency) => ({
    label: agency,
    values: years.map((y) => {
      const e = indicator.entries.find((x) => x.ref.agencyName === agency && x.year === y);
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
      labels: years.map(String),
      series,
    },
    lang,
  );
}
