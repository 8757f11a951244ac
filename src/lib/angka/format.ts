/**
 * Display formatting of exact values: Indonesian by default (`Rp 1.234.567`, `92,55%`, `1.234,5`, `1 : 27.500`),
 * English on request, and a plain machine format for CSV/JSON (`1234567.89`: no grouping, `.` decimal mark, no
 * exponent) so downloads are read the same way by every spreadsheet.
 *
 * Everything goes through decimal.js: formatting never passes a value through a JS number.
 */
import Decimal from 'decimal.js';
import type { NumberFormat, Printed } from './types.ts';

export interface FormatOptions {
  /** Fixed number of decimals (rounded half-up, as the documents round). Undefined = exactly as many as needed. */
  decimals?: number;
  /** `id` (default): 1.234,5 · `en`: 1,234.5 */
  format?: NumberFormat;
}

const MARKS: Record<NumberFormat, { group: string; decimal: string }> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Plain digits with a `.` decimal mark and no exponent; `-0` becomes `0`. */
function plainDigits(value: Decimal, decimals: number | undefined): string {
  const text = decimals === undefined ? value.toFixed() : value.toFixed(decimals, Decimal.ROUND_HALF_UP);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

function groupThousands(integerDigits: string, group: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** `1.234.567,89` (id) or `1,234,567.89` (en). */
export function formatNumber(value: Decimal, options: FormatOptions = {}): string {
  const marks = MARKS[options.format ?? 'id'];
  const text = plainDigits(value, options.decimals);
  const negative = text.startsWith('-');
  const [integerPart = '0', fractionPart] = (negative ? text.slice(1) : text).split('.');
  const grouped = groupThousands(integerPart, marks.group);
  const body = fractionPart === undefined ? grouped : `${grouped}${marks.decimal}${fractionPart}`;
  return negative ? `-${body}` : body;
}

/** `Rp 1.234.567`; fractions of a Rupiah are shown only when present. */
export function formatRupiah(value: Decimal, options: FormatOptions = {}): string {
  return `Rp ${formatNumber(value, options)}`;
}

/** `92,55%`; two decimals unless told otherwise, as the documents print capaian. */
export function formatPercent(value: Decimal, options: FormatOptions = {}): string {
  return `${formatNumber(value, { decimals: 2, ...options })}%`;
}

/** Percentage points (efficiency as capaian − serapan): `2,13 poin` / `2.13 points`. */
export function formatPoints(value: Decimal, options: FormatOptions = {}): string {
  const unit = (options.format ?? 'id') === 'id' ? 'poin' : 'points';
  return `${formatNumber(value, { decimals: 2, ...options })} ${unit}`;
}

/** `1 : 27.500` */
export function formatRatio(per: Decimal, options: FormatOptions = {}): string {
  return `1 : ${formatNumber(per, options)}`;
}

/** `5,72 per 100.000` */
export function formatRate(value: Decimal, base: Decimal, options: FormatOptions = {}): string {
  const { decimals, ...baseOptions } = options;
  return `${formatNumber(value, decimals === undefined ? baseOptions : options)} per ${formatNumber(base, baseOptions)}`;
}

/** Machine format for CSV/JSON: `1234567.89`, exact, no grouping, no exponent. */
export function formatMachine(value: Decimal): string {
  return plainDigits(value, undefined);
}

/**
 * A printed value re-expressed in the display format (the printed text itself stays available as `text`):
 * useful when the document mixed formats (`30.316.880.763,00` next to `1,158,498,355.00`).
 */
export function formatPrinted(printed: Printed, options: FormatOptions = {}): string {
  switch (printed.kind) {
    case 'number': {
      const number = formatNumber(printed.value, options);
      return printed.percent ? `${number}%` : number;
    }
    case 'ratio':
      return formatRatio(printed.per, options);
    case 'rate':
      return formatRate(printed.value, printed.base, options);
    case 'ordinal':
      return printed.label;
    case 'missing':
    case 'unreadable':
      return printed.text;
  }
}
