/**
 * Every chart of the site with its page key, built by the same functions the pages use, so each chart's
 * "download this data" CSV holds exactly what the chart (and its data table) shows.
 */
import { hl } from '../../i18n/halaman.ts';
import { t, type Lang } from '../../i18n/teks.ts';
import type { PortalReport } from '../portal.ts';
import { yearWithPeriod } from '../tampilan/periode.ts';
import { evaluationGroups } from '../tampilan/laporan.ts';
import {
  agencyHistory,
  indicatorsAcross,
  programmes,
  type IndicatorAcross,
  type Programme,
} from '../tampilan/lintas.ts';
import { indicatorTrendChart } from './indikator.ts';
import { capaianChart, serapanChart, trendCharts } from './laporan.ts';
import { benchmarkCharts } from './pembanding.ts';
import { agencyBudgetChart, programmeChart } from './lintas.ts';
import { indicatorSplit } from '../tampilan/indikator.ts';
import { programmeSplit } from '../tampilan/program.ts';
import { partArea, partPage } from '../tampilan/sebaran.ts';
import type { ChartSpec } from './spek.ts';

export interface PageChart {
  /**
   * `laporan/<agency>/<report>`, `instansi/<slug>`, `program/<key>`, `program/<key>/<province>[/<part>]`,
   * `indikator/<key>`.
   */
  page: string;
  spec: ChartSpec;
  /** The province whose shard renders the page, for pages of one province. */
  province?: string;
}

export function reportCharts(entry: PortalReport, lang: Lang): ChartSpec[] {
  const { report, scored } = entry;
  // Bars take the colour of their band on the report's own scale (not a fixed 100% line). No target-vs-realisation
  // chart: its bars would mix units; the printed target and result are columns of the capaian chart's table.
  const groups = evaluationGroups(report, scored, lang, entry.scale ? [entry.scale] : []);
  return [capaianChart(report, groups, scored, lang, entry.scale), serapanChart(report, scored, lang)].filter(
    (c) => c !== undefined,
  );
}

export function agencyChart(
  reports: PortalReport[],
  agency: PortalReport['agency'],
  lang: Lang,
): ChartSpec | undefined {
  const H = hl(lang);
  const ui = t(lang);
  return agencyBudgetChart(
    agencyHistory(reports, agency, lang),
    {
      caption: H.budgetChart,
      pagu: H.pagu,
      realisasi: H.realisasi,
      // A quarterly report is named by its quarter; an annual one by its type (LKjIP, Renja).
      reportTitle: (h) =>
        h.ref.period === 'tahunan'
          ? `${h.ref.year} ${ui.reportTypes[h.ref.type]}`
          : yearWithPeriod(h.ref.year, h.ref.period, lang),
    },
    lang,
  );
}

/**
 * An indicator page's charts: the ranked comparison of regions (where benchmarks exist) first, then the trend. A
 * part page of a split indicator charts its own rows (`part.area` in the captions), ranked among the whole
 * indicator's agencies of their province (`part.whole`).
 */
export function indicatorCharts(
  indicator: IndicatorAcross,
  reports: PortalReport[],
  lang: Lang,
  part?: { area: string; whole: IndicatorAcross },
): ChartSpec[] {
  const trend = indicatorTrendChart(
    indicator,
    hl(lang).trendChart(part ? `${indicator.nama} — ${part.area}` : indicator.nama),
    lang,
  );
  return [...benchmarkCharts(indicator, reports, lang, part?.whole), ...(trend ? [trend] : [])];
}

/** The chart of a programme page, or of a part page (`area`) of a programme split by province. */
export function programmePageChart(programme: Programme, lang: Lang, area?: string): ChartSpec | undefined {
  const H = hl(lang);
  const title = area ? `${programme.nama} — ${area}` : programme.nama;
  return programmeChart(programme, { caption: H.programmeCaption(title), pagu: H.pagu, realisasi: H.realisasi }, lang);
}

/** The charts of one report's page (their CSVs are written with the report's downloads). */
export function reportPageCharts(entry: PortalReport, lang: Lang): PageChart[] {
  const page = `laporan/${entry.report.id}`;
  return [...reportCharts(entry, lang), ...trendCharts(entry.report, lang)].map((spec) => ({ page, spec }));
}

/** The charts of the cross-report pages: agency, programme, indicator. */
export function crossReportCharts(reports: PortalReport[], lang: Lang): PageChart[] {
  const charts: PageChart[] = [];
  const byAgency = new Map<string, PortalReport[]>();
  for (const r of reports) {
    const list = byAgency.get(r.agency.slug);
    if (list) list.push(r);
    else byAgency.set(r.agency.slug, [r]);
  }
  for (const own of byAgency.values()) {
    const spec = agencyChart(own, own[0]!.agency, lang);
    if (spec) charts.push({ page: `instansi/${own[0]!.agency.slug}`, spec });
  }
  for (const programme of programmes(reports, lang)) {
    const split = programmeSplit(programme);
    if (!split) {
      const spec = programmePageChart(programme, lang);
      if (spec) charts.push({ page: `program/${programme.key}`, spec });
      continue;
    }
    // A split programme's summary has no chart (a bar per agency-report of the nation); each part page has its own.
    for (const part of split.parts) {
      const spec = programmePageChart(part.programme, lang, partArea(part, lang));
      if (spec) charts.push({ page: partPage(`program/${programme.key}`, part), spec, province: part.province });
    }
  }
  for (const indicator of indicatorsAcross(reports, lang)) {
    const split = indicatorSplit(indicator);
    if (!split) {
      for (const spec of indicatorCharts(indicator, reports, lang))
        charts.push({ page: `indikator/${indicator.key}`, spec });
      continue;
    }
    for (const part of split.parts) {
      const page = partPage(`indikator/${indicator.key}`, part);
      for (const spec of indicatorCharts(part.indicator, reports, lang, {
        area: partArea(part, lang),
        whole: indicator,
      }))
        charts.push({ page, spec, province: part.province });
    }
  }
  return charts;
}

export function allCharts(reports: PortalReport[], lang: Lang): PageChart[] {
  return [...reports.flatMap((entry) => reportPageCharts(entry, lang)), ...crossReportCharts(reports, lang)];
}
