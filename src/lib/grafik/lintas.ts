/** Chart specs of the cross-report pages (agency, programme), computed here so pages and downloads share them. */
import type { Lang } from '../../i18n/teks.ts';
import type { AgencyYear, Programme } from '../tampilan/lintas.ts';
import { yearWithPeriod } from '../tampilan/periode.ts';
import { withSummary } from './ringkasan.ts';
import type { ChartSpec } from './spek.ts';

export function programmeChart(
  programme: Programme,
  labels: { caption: string; pagu: string; realisasi: string },
  lang: Lang,
): ChartSpec | undefined {
  const withMoney = programme.entries.filter((e) => e.paguValue);
  if (withMoney.length === 0) return undefined;
  return withSummary(
    {
      id: 'program-anggaran',
      kind: 'bar',
      horizontal: true,
      caption: labels.caption,
      unit: 'rupiah',
      labels: withMoney.map((e) => `${e.ref.agencyName} ${yearWithPeriod(e.ref.year, e.ref.period, lang)}`),
      series: [
        { label: labels.pagu, values: withMoney.map((e) => e.paguValue?.toFixed() ?? null) },
        { label: labels.realisasi, values: withMoney.map((e) => e.realisasiValue?.toFixed() ?? null) },
      ],
    },
    lang,
  );
}

export function agencyBudgetChart(
  history: AgencyYear[],
  labels: { caption: string; pagu: string; realisasi: string; reportTitle: (h: AgencyYear) => string },
  lang: Lang,
): ChartSpec | undefined {
  const withBudget = history.filter((h) => h.paguMachine);
  if (withBudget.length === 0) return undefined;
  return withSummary(
    {
      id: 'anggaran-tahunan',
      kind: 'bar',
      horizontal: false,
      caption: labels.caption,
      unit: 'rupiah',
      labels: withBudget.map(labels.reportTitle),
      series: [
        { label: labels.pagu, values: withBudget.map((h) => h.paguMachine ?? null) },
        { label: labels.realisasi, values: withBudget.map((h) => h.realisasiMachine ?? null) },
      ],
    },
    lang,
  );
}
