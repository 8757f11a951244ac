/**
 * An indicator page of a large portal. Indicators every agency reports (Nilai SAKIP, Indeks Kepuasan Masyarakat)
 * gathered every agency's values on one page that grew with the nation (470 kB of HTML at 1,000 reports). Beyond
 * INDICATOR_ROWS_MAX rows the indicator's page answers in a summary by province, and each province (or part of one)
 * has a page of its values, benchmarks and charts in the layout of an unsplit indicator page.
 */
import type { IndicatorAcross, IndicatorBenchmark, IndicatorEntry } from './lintas.ts';
import { mapParts, splitByArea, type AreaPart, type PagesSplit } from './sebaran.ts';

/** The most rows (a report's value of one year) one indicator page lists. */
export const INDICATOR_ROWS_MAX = 100;

export interface IndicatorPart extends AreaPart<IndicatorEntry> {
  /** The indicator narrowed to the part: its values, and the benchmarks its reports print. */
  indicator: IndicatorAcross;
}

export interface IndicatorSplit extends PagesSplit<IndicatorPart> {
  /** Benchmarks printed in a province with no value of the indicator: no part page lists them, so the summary does. */
  elsewhere: IndicatorBenchmark[];
}

const splits = new WeakMap<IndicatorAcross, IndicatorSplit | undefined>();

/** The pages an indicator is split into, or undefined when its values fit one page. Computed once per indicator. */
export function indicatorSplit(indicator: IndicatorAcross): IndicatorSplit | undefined {
  if (splits.has(indicator)) return splits.get(indicator);
  const area = splitByArea(indicator.entries, INDICATOR_ROWS_MAX);
  let split: IndicatorSplit | undefined;
  if (area) {
    const benchmarksOf = new Map(area.parts.map((p) => [p, [] as IndicatorBenchmark[]]));
    const elsewhere: IndicatorBenchmark[] = [];
    for (const b of indicator.benchmarks) {
      const part = area.partOf(b.ref);
      if (part) benchmarksOf.get(part)!.push(b);
      else elsewhere.push(b);
    }
    split = {
      ...mapParts(area, (p) => ({
        ...p,
        indicator: {
          ...indicator,
          entries: p.items,
          benchmarks: benchmarksOf.get(p)!,
          agencies: new Set(p.items.map((e) => e.ref.agency.slug)).size,
        },
      })),
      elsewhere,
    };
  }
  splits.set(indicator, split);
  return split;
}

/**
 * The indicator list comes this many at a time (`/indikator/`, then `/daftar-indikator/<n>/`): agencies name their
 * own key indicators, so the nation has hundreds of thousands of names. Later pages live outside `/indikator/`,
 * where every other path is an indicator's key.
 */
export const INDICATORS_PER_PAGE = 200;

export function indicatorListPages(indicators: number): number {
  return Math.max(1, Math.ceil(indicators / INDICATORS_PER_PAGE));
}

/** The path of page `n` of the indicator list, without the language prefix. */
export function indicatorListPath(page: number): string {
  return page === 1 ? '/indikator/' : `/daftar-indikator/${page}/`;
}
