/** Ordering and axis range of charted figures: pure decisions, so the browser only draws what it is given. */
import Decimal from 'decimal.js';
import type { ChartSpec, ChartUnit } from './spek.ts';

/**
 * A percentage axis ends here when some value is beyond it: one capaian of 1.666% would otherwise squash sixty
 * bars around 100% into the first ninth of the axis. Twice the target still shows "far above target" plainly.
 */
export const PERCENT_CAP = 200;
/** Negative capaian (the 2×T−R formula on a badly missed lower-is-better target) is cut here. */
export const PERCENT_FLOOR = -100;

/** The drawn range for `values`, or undefined when the data fits (nothing is cut). Only percentages are capped. */
export function cappedAxis(values: readonly (string | null)[], unit: ChartUnit): ChartSpec['axis'] | undefined {
  if (unit !== 'persen') return undefined;
  const numbers = values.filter((v): v is string => v !== null).map((v) => new Decimal(v));
  const over = numbers.some((d) => d.gt(PERCENT_CAP));
  const under = numbers.some((d) => d.lt(PERCENT_FLOOR));
  if (!over && !under) return undefined;
  return { ...(under ? { min: String(PERCENT_FLOOR) } : {}), ...(over ? { max: String(PERCENT_CAP) } : {}) };
}

/** Values drawn at the axis edge (outside `axis`), by index. */
export function outliers(values: readonly (string | null)[], axis: ChartSpec['axis']): number[] {
  if (!axis) return [];
  return values.flatMap((v, i) => {
    if (v === null) return [];
    const d = new Decimal(v);
    return (axis.max !== undefined && d.gt(axis.max)) || (axis.min !== undefined && d.lt(axis.min)) ? [i] : [];
  });
}

/**
 * Indices of `values` from largest to smallest, gaps last; ties keep their order (so the same data always
 * gives the same chart).
 */
export function rankOrder(values: readonly (string | null)[], direction: 'desc' | 'asc' = 'desc'): number[] {
  const sign = direction === 'desc' ? -1 : 1;
  return values
    .map((v, i) => ({ i, d: v === null ? undefined : new Decimal(v) }))
    .sort((a, b) => {
      if (a.d === undefined || b.d === undefined) return a.d === undefined ? (b.d === undefined ? 0 : 1) : -1;
      return sign * a.d.comparedTo(b.d);
    })
    .map((x) => x.i);
}

/** Reorder every per-category array of a spec (labels, series values and tones, table-only columns). */
export function reorder(spec: ChartSpec, order: readonly number[]): ChartSpec {
  const pick = <T>(xs: readonly T[]): T[] => order.map((i) => xs[i]!);
  return {
    ...spec,
    labels: pick(spec.labels),
    series: spec.series.map((s) => ({
      ...s,
      values: pick(s.values),
      ...(s.tones ? { tones: pick(s.tones) } : {}),
    })),
    ...(spec.columns ? { columns: spec.columns.map((c) => ({ ...c, values: pick(c.values) })) } : {}),
  };
}
