/**
 * Reads a figure as printed in a document (`92,55%`, `Rp. 18.292.244.804,-`, `1 : 27.500`, `N/A`, …) into a
 * typed value (`Printed`), exactly (decimal.js, never JS floats), keeping the printed text.
 *
 * Rules (see DOMAIN.md "Number formats" and docs/format-konten.md):
 * - The number format is declared (`id` = 1.234.567,89, `en` = 1,234,567.89), never guessed.
 * - Grouping must be valid: every group after the first has exactly 3 digits, the first has 1–3.
 *   `483.949.00,` and `.722.543.361,00` are therefore `not-a-number`.
 * - With no declared format, a text is read only when its structure leaves one reading:
 *   no separator at all (`1234`), the same separator repeated (`1.234.567` — must be grouping), or both
 *   separators (`1.234,5` — the last one is the decimal mark). A text with a single separator (`27.500`, `1,5`,
 *   `92,55`) is `ambiguous-format` even where the digit count would rule one reading out: that would be a guess.
 * - Missing tokens (`-`, `–`, `N/A`, `NA`, `Belum ada penilaian`, `Belum ada data`, `Tidak ada data`; any case)
 *   give `{ kind: 'missing' }` whatever the value kind.
 * - A trailing parenthetical annotation becomes `note`; when it names a year (`data BPS tahun 2022`) that year
 *   becomes `dataYear`, so the scorer can refuse to compare a value from another year.
 * - Value kinds: `angka` and `persen` read plain numbers (with or without `%`; `angka` also Rupiah); `rasio` reads
 *   `1 : N`; `laju` reads `X per N` and also a plain number (the base is then in the indicator's unit);
 *   `ordinal` takes any non-empty text as a level label (matching against an order is the scorer's job).
 */
import Decimal from 'decimal.js';
import { DECIMAL_PRECISION } from '../data/batas.ts';
import type { NumberFormat, ParseResult, Printed, ValueKind } from './types.ts';

// decimal.js defaults to 20 significant digits: a sum of 24-digit budget lines would be rounded and give a false
// "children do not add up" finding. Every figure is read here, so this sets it before any arithmetic.
Decimal.set({ precision: DECIMAL_PRECISION });

const MISSING_TOKENS = new Set([
  '-',
  '–',
  '—',
  '−',
  'n/a',
  'na',
  'belum ada penilaian',
  'belum ada data',
  'tidak ada data',
]);

/** Grammar of an unsigned number per format: optional valid grouping, optional decimal part. */
const GRAMMAR: Record<NumberFormat, { grouped: RegExp; plain: RegExp; group: string; decimal: string }> = {
  id: { grouped: /^\d{1,3}(\.\d{3})+(,\d+)?$/, plain: /^\d+(,\d+)?$/, group: '.', decimal: ',' },
  en: { grouped: /^\d{1,3}(,\d{3})+(\.\d+)?$/, plain: /^\d+(\.\d+)?$/, group: ',', decimal: '.' },
};

const FORMATS: readonly NumberFormat[] = ['id', 'en'];

/** Normalises spacing the PDF extraction leaves behind (non-breaking and repeated spaces). */
function normaliseSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function isMissingToken(text: string): boolean {
  return MISSING_TOKENS.has(normaliseSpaces(text).toLowerCase());
}

type NumberReading = { ok: true; value: Decimal } | { ok: false; code: 'ambiguous-format' | 'not-a-number' };

/** Reads an unsigned digit string with separators under one format; undefined when the grammar rejects it. */
function readUnder(body: string, format: NumberFormat): Decimal | undefined {
  const g = GRAMMAR[format];
  if (!g.grouped.test(body) && !g.plain.test(body)) return undefined;
  const canonical = body.split(g.group).join('').replace(g.decimal, '.');
  return new Decimal(canonical);
}

/** Reads a signed number without decorations (`-1.234,5`) under a declared format, or under both if undefined. */
function readBareNumber(text: string, format: NumberFormat | undefined): NumberReading {
  const match = /^([-−]?)\s*([\d.,]+)$/.exec(text);
  if (!match) return { ok: false, code: 'not-a-number' };
  const negative = match[1] !== '';
  const body = match[2] ?? '';
  const sign = (d: Decimal): Decimal => (negative ? d.negated() : d);

  if (format !== undefined) {
    const value = readUnder(body, format);
    return value === undefined ? { ok: false, code: 'not-a-number' } : { ok: true, value: sign(value) };
  }

  const readings = FORMATS.map((f) => readUnder(body, f)).filter((v): v is Decimal => v !== undefined);
  if (readings.length === 0) return { ok: false, code: 'not-a-number' };
  const [first] = readings;
  if (first === undefined) return { ok: false, code: 'not-a-number' };
  const separatorCount = (body.match(/[.,]/g) ?? []).length;
  // A single separator never identifies the format: `92,55` is only "valid" as id because en grouping needs
  // three digits, which is an inference from digit count, i.e. a guess.
  if (separatorCount === 1) return { ok: false, code: 'ambiguous-format' };
  if (readings.some((r) => !r.eq(first))) return { ok: false, code: 'ambiguous-format' };
  return { ok: true, value: sign(first) };
}

interface Annotated {
  core: string;
  note?: string;
  dataYear?: number;
}

/**
 * The year an annotation says the data is from: `data BPS tahun 2022` → 2022. A note that says a year's data is
 * not out yet (`Tahun 2023 belum rilis`) names the year the value is NOT from, so it gives none.
 */
function dataYearOf(note: string): number | undefined {
  if (/belum/i.test(note)) return undefined;
  const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(note);
  return year?.[1] !== undefined ? Number(year[1]) : undefined;
}

/**
 * Splits `59,61 (data BPS tahun 2022)` into the figure and its annotation; also the unbracketed form some tables
 * print (`59,61 Data BPS tahun 2022`), recognised only when the annotation starts with "data" or "sumber".
 */
function splitAnnotation(text: string): Annotated {
  const bracketed = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  const bare = /^([-−]?[\d.,]+\s*%?)\s+((?:data|sumber)\b.*)$/i.exec(text);
  const match = bracketed ?? bare;
  if (!match || (match[1] ?? '').trim() === '') return { core: text };
  const note = (match[2] ?? '').trim();
  const annotated: Annotated = { core: (match[1] ?? '').trim(), note };
  const year = dataYearOf(note);
  if (year !== undefined) annotated.dataYear = year;
  return annotated;
}

/** `50 Orang`, `25 KRA`, `3 Dokumen`: a figure followed by a unit word (letters only, at most three words). */
function splitUnit(core: string): { core: string; unit?: string } {
  const match = /^([-−]?[\d.,]+\s*%?)\s+([A-Za-z][A-Za-z/.]*(?:\s[A-Za-z][A-Za-z/.]*){0,2})$/.exec(core);
  if (!match || /^(rp|per)\b/i.test(match[2] ?? '')) return { core };
  return { core: (match[1] ?? '').trim(), unit: (match[2] ?? '').trim() };
}

interface Decorations {
  body: string;
  rupiah: boolean;
  percent: boolean;
}

/** Strips `Rp`/`Rp.` prefixes, `,-` suffixes and `%` so only the number remains. */
function stripDecorations(text: string): Decorations {
  let body = text;
  let rupiah = false;
  let percent = false;
  const rp = /^rp\.?\s*/i.exec(body);
  if (rp) {
    rupiah = true;
    body = body.slice(rp[0].length);
  }
  const pct = /\s*%$/.exec(body);
  if (pct) {
    percent = true;
    body = body.slice(0, body.length - pct[0].length);
  }
  // `6.094.889.270,-`: the dash stands for "no cents".
  body = body.replace(/[,.]\s*[-–]$/, '');
  return { body: body.trim(), rupiah, percent };
}

type Shape =
  | { shape: 'ratio'; left: string; right: string }
  | { shape: 'rate'; value: string; base: string }
  | { shape: 'number'; text: string };

function recogniseShape(core: string): Shape {
  const ratio = /^(\S+)\s*:\s*(\S+)$/.exec(core);
  if (ratio) return { shape: 'ratio', left: ratio[1] ?? '', right: ratio[2] ?? '' };
  const rate = /^(.+?)\s+per\s+(.+)$/i.exec(core);
  if (rate) return { shape: 'rate', value: (rate[1] ?? '').trim(), base: (rate[2] ?? '').trim() };
  return { shape: 'number', text: core };
}

function failure(
  code: 'ambiguous-format' | 'not-a-number',
  text: string,
  format: NumberFormat | undefined,
): ParseResult {
  return code === 'ambiguous-format'
    ? { ok: false, problem: { code, text } }
    : { ok: false, problem: { code, text, format } };
}

function withAnnotation<T extends Printed>(value: T, annotated: Annotated): T {
  if (annotated.note !== undefined) (value as { note?: string }).note = annotated.note;
  if (annotated.dataYear !== undefined) (value as { dataYear?: number }).dataYear = annotated.dataYear;
  return value;
}

function parseRatio(
  text: string,
  shape: { left: string; right: string },
  annotated: Annotated,
  format: NumberFormat | undefined,
): ParseResult {
  const left = readBareNumber(shape.left, format);
  const right = readBareNumber(shape.right, format);
  if (!right.ok) return failure(right.code, text, format);
  // Only `1 : N` is a ratio the documents print; anything else is not something we can compare.
  if (!left.ok || !left.value.eq(1) || right.value.lte(0)) return failure('not-a-number', text, format);
  return { ok: true, value: withAnnotation({ kind: 'ratio', text, per: right.value }, annotated) };
}

function parseRate(
  text: string,
  shape: { value: string; base: string },
  annotated: Annotated,
  format: NumberFormat | undefined,
): ParseResult {
  const value = readBareNumber(stripDecorations(shape.value).body, format);
  if (!value.ok) return failure(value.code, text, format);
  const base = readBareNumber(shape.base, format);
  if (!base.ok) return failure(base.code, text, format);
  if (base.value.lte(0)) return failure('not-a-number', text, format);
  return { ok: true, value: withAnnotation({ kind: 'rate', text, value: value.value, base: base.value }, annotated) };
}

/**
 * Reads a printed cell as a value of the indicator's kind. `format` is the declared number format of the cell
 * (row override, else report); undefined means "not declared" and only structurally unambiguous texts are read.
 */
export function parsePrinted(text: string, kind: ValueKind, format: NumberFormat | undefined): ParseResult {
  const clean = normaliseSpaces(text);
  if (clean === '') return failure('not-a-number', text, format);
  if (isMissingToken(clean)) return { ok: true, value: { kind: 'missing', text } };
  if (kind === 'ordinal') return { ok: true, value: { kind: 'ordinal', text, label: clean } };

  const annotated = splitAnnotation(clean);
  // `N/A (belum rilis)` is still missing: the annotation explains why.
  if (isMissingToken(annotated.core)) return { ok: true, value: { kind: 'missing', text } };
  const shape = recogniseShape(annotated.core);

  if (shape.shape === 'ratio') {
    if (kind !== 'rasio') return { ok: false, problem: { code: 'wrong-kind', text, expected: kind } };
    return parseRatio(text, shape, annotated, format);
  }
  if (shape.shape === 'rate') {
    if (kind !== 'laju') return { ok: false, problem: { code: 'wrong-kind', text, expected: kind } };
    return parseRate(text, shape, annotated, format);
  }

  const { core: numberText, unit } = splitUnit(shape.text);
  const decorated = stripDecorations(numberText);
  const reading = readBareNumber(decorated.body, format);
  if (!reading.ok) return failure(reading.code, text, format);
  // A plain number where a ratio is expected would be a guess at which side it is.
  if (kind === 'rasio') return { ok: false, problem: { code: 'wrong-kind', text, expected: kind } };
  if (decorated.rupiah && (kind === 'persen' || kind === 'laju' || decorated.percent)) {
    return { ok: false, problem: { code: 'wrong-kind', text, expected: kind } };
  }
  const value: Printed = {
    kind: 'number',
    text,
    value: reading.value,
    percent: decorated.percent,
    ...(unit ? { unit } : {}),
  };
  return { ok: true, value: withAnnotation(value, annotated) };
}

/** Reads a plain printed number (amounts, percentages, Rupiah): `parsePrinted` with kind `angka`. */
export function parseNumber(text: string, format: NumberFormat | undefined): ParseResult {
  return parsePrinted(text, 'angka', format);
}
