/**
 * Intervals on the percentage line with open/closed ends and infinite bounds: the arithmetic behind predicate
 * scales (which band holds a value, where bands leave gaps or overlap).
 */
import Decimal from 'decimal.js';

/** An end of an interval; `value: null` = unbounded (−∞ for a lower end, +∞ for an upper end). */
export interface Bound {
  value: Decimal | null;
  inclusive: boolean;
}

export interface Interval {
  lower: Bound;
  upper: Bound;
}

export function contains(interval: Interval, x: Decimal): boolean {
  const { lower, upper } = interval;
  const aboveLower = lower.value === null || x.gt(lower.value) || (lower.inclusive && x.eq(lower.value));
  const belowUpper = upper.value === null || x.lt(upper.value) || (upper.inclusive && x.eq(upper.value));
  return aboveLower && belowUpper;
}

/** Whether an interval holds at least one point. */
export function isEmpty(interval: Interval): boolean {
  const { lower, upper } = interval;
  if (lower.value === null || upper.value === null) return false;
  if (lower.value.lt(upper.value)) return false;
  return !(lower.value.eq(upper.value) && lower.inclusive && upper.inclusive);
}

/** Compares lower ends: −∞ first; at the same value a closed end starts earlier than an open one. */
export function compareLower(a: Bound, b: Bound): number {
  if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? -1 : 1;
  const byValue = a.value.comparedTo(b.value);
  if (byValue !== 0) return byValue;
  return a.inclusive === b.inclusive ? 0 : a.inclusive ? -1 : 1;
}

/** Compares upper ends: +∞ last; at the same value a closed end reaches further than an open one. */
export function compareUpper(a: Bound, b: Bound): number {
  if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
  const byValue = a.value.comparedTo(b.value);
  if (byValue !== 0) return byValue;
  return a.inclusive === b.inclusive ? 0 : a.inclusive ? 1 : -1;
}

export function intersection(a: Interval, b: Interval): Interval | undefined {
  const lower = compareLower(a.lower, b.lower) >= 0 ? a.lower : b.lower;
  const upper = compareUpper(a.upper, b.upper) <= 0 ? a.upper : b.upper;
  const candidate = { lower, upper };
  return isEmpty(candidate) ? undefined : candidate;
}

/** The parts of the whole line (−∞, +∞) that no interval covers, in ascending order. */
export function uncovered(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => !isEmpty(i)).sort((a, b) => compareLower(a.lower, b.lower));
  const gaps: Interval[] = [];
  // `reach` is the upper end of everything covered so far; it starts "before −∞".
  let reach: Bound | undefined;
  for (const interval of sorted) {
    const gapLower: Bound =
      reach === undefined ? { value: null, inclusive: false } : { value: reach.value, inclusive: !reach.inclusive };
    const gapUpper: Bound = { value: interval.lower.value, inclusive: !interval.lower.inclusive };
    const gap = { lower: gapLower, upper: gapUpper };
    const reachIsInfinite = reach !== undefined && reach.value === null;
    if (!reachIsInfinite && interval.lower.value !== null && !isEmpty(gap)) gaps.push(gap);
    if (reach === undefined || compareUpper(interval.upper, reach) > 0) reach = interval.upper;
  }
  if (reach === undefined)
    return [{ lower: { value: null, inclusive: false }, upper: { value: null, inclusive: false } }];
  if (reach.value !== null)
    gaps.push({ lower: { value: reach.value, inclusive: !reach.inclusive }, upper: { value: null, inclusive: false } });
  return gaps;
}

/** `[60, 80]`, `(89, +∞)`, `(−∞, 20)`: how a band or gap is shown in messages. */
export function describeInterval(interval: Interval, format: (d: Decimal) => string): string {
  const left =
    interval.lower.value === null ? '(−∞' : `${interval.lower.inclusive ? '[' : '('}${format(interval.lower.value)}`;
  const right =
    interval.upper.value === null ? '+∞)' : `${format(interval.upper.value)}${interval.upper.inclusive ? ']' : ')'}`;
  return `${left}; ${right}`;
}

export const unbounded: Bound = { value: null, inclusive: false };
export function bound(value: string | null, inclusive: boolean): Bound {
  return value === null ? unbounded : { value: new Decimal(value), inclusive };
}
