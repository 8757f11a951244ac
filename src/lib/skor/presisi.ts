/**
 * Comparing a printed figure with a recomputed one "at the printed precision": a value printed with 2 decimals is
 * compared at 2 decimals, one printed with 0 decimals at 0. Documents round half-up or simply cut digits off, so
 * either counts as rounding; anything else is a discrepancy.
 */
import Decimal from 'decimal.js';
import type { Printed } from '../angka/types.ts';

export type RoundingMode = 'exact' | 'half-up' | 'truncation';

/**
 * Number of decimals the printed text shows. Decided from the text and its parsed value, so it needs no number
 * format: in `1.000` (id) the digits after the separator are a group (value 1000), in `1,000` (id) decimals
 * (value 1). `100,00%` has 2 decimals even though the value is the integer 100.
 */
export function printedDecimals(text: string, value: Decimal): number {
  const withoutNote = text.replace(/\s*\([^()]*\)\s*$/, '');
  const core = /\d[\d.,]*\d|\d/.exec(withoutNote)?.[0];
  if (core === undefined) return Math.max(value.decimalPlaces(), 0);
  const lastSeparator = Math.max(core.lastIndexOf('.'), core.lastIndexOf(','));
  if (lastSeparator < 0) return 0;
  const digitsAfter = core.length - lastSeparator - 1;
  const allDigits = new Decimal(core.replace(/[.,]/g, ''));
  return allDigits.dividedBy(new Decimal(10).pow(digitsAfter)).abs().eq(value.abs()) ? digitsAfter : 0;
}

/**
 * How the printed value relates to the recomputed one at `decimals` decimals; undefined when it is neither the
 * exact value nor a rounding of it.
 */
export function roundingMatch(printed: Decimal, recomputed: Decimal, decimals: number): RoundingMode | undefined {
  if (printed.eq(recomputed)) return 'exact';
  if (recomputed.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).eq(printed)) return 'half-up';
  if (recomputed.toDecimalPlaces(decimals, Decimal.ROUND_DOWN).eq(printed)) return 'truncation';
  return undefined;
}

/**
 * Whether the printed value is one unit off in its last printed digit (`211,83` for 211,843…): typically computed
 * from unrounded inputs the document does not print. Still a discrepancy, but a minor one.
 */
export function oneUnitOff(printed: Printed & { kind: 'number' }, recomputed: Decimal): boolean {
  const decimals = printedDecimals(printed.text, printed.value);
  const unit = new Decimal(10).pow(-decimals);
  return printed.value.minus(recomputed.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)).abs().lte(unit);
}

/** Compares a printed number with a recomputed value at the printed precision. */
export function matchesPrinted(printed: Printed & { kind: 'number' }, recomputed: Decimal): RoundingMode | undefined {
  return roundingMatch(printed.value, recomputed, printedDecimals(printed.text, printed.value));
}

/**
 * Whether two printed numbers are the same figure, allowing the more precise one to be a rounding of the other
 * (`97,64%` in one table, `97,6%` in another).
 */
export function sameNumberAtPrecision(a: Printed & { kind: 'number' }, b: Printed & { kind: 'number' }): boolean {
  const da = printedDecimals(a.text, a.value);
  const db = printedDecimals(b.text, b.value);
  return da <= db
    ? roundingMatch(a.value, b.value, da) !== undefined
    : roundingMatch(b.value, a.value, db) !== undefined;
}

/** Normalised label for matching printed words: case, spacing and a trailing parenthetical ignored. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether two printed cells state the same figure (used to compare tables that print it twice). */
export function samePrintedFigure(a: Printed, b: Printed): boolean | undefined {
  if (a.kind === 'unreadable' || b.kind === 'unreadable') return undefined;
  if (a.kind === 'missing' || b.kind === 'missing') return a.kind === b.kind;
  if (a.kind === 'number' && b.kind === 'number') return sameNumberAtPrecision(a, b);
  if (a.kind === 'ratio' && b.kind === 'ratio') return a.per.eq(b.per);
  if (a.kind === 'rate' && b.kind === 'rate') return a.value.eq(b.value) && a.base.eq(b.base);
  if (a.kind === 'ordinal' && b.kind === 'ordinal') return normaliseLabel(a.label) === normaliseLabel(b.label);
  return false;
}
