import type Decimal from 'decimal.js';

/** Declared number format of a file or cell: `id` = 1.234.567,89 · `en` = 1,234,567.89. */
export type NumberFormat = 'id' | 'en';

/** How an indicator's values are expressed; decides how a printed cell is read. */
export type ValueKind = 'angka' | 'persen' | 'rasio' | 'laju' | 'ordinal';

/**
 * A figure as printed in a document, read into a value. The printed text is always kept (`text`),
 * so the portal can show exactly what the document said beside what it means.
 */
export type Printed =
  /** A plain number, percentage or Rupiah amount. `percent` is true when the text carried a `%`. */
  | {
      kind: 'number';
      text: string;
      value: Decimal;
      percent: boolean;
      /** A unit word printed after the figure (`50 Orang`, `25 KRA`). */
      unit?: string;
      note?: string;
      dataYear?: number;
    }
  /** `1 : 27.500` — one case per `per` people; the comparable quantity is `per`. */
  | { kind: 'ratio'; text: string; per: Decimal; note?: string; dataYear?: number }
  /** `5,72 per 100.000` — `value` per `base`. */
  | { kind: 'rate'; text: string; value: Decimal; base: Decimal; note?: string; dataYear?: number }
  /** A level of an ordinal order (KLA, APE/PUG, …), as printed; matched against the order by the scorer. */
  | { kind: 'ordinal'; text: string; label: string; note?: string }
  /** Printed as missing: `-`, `N/A`, `Belum ada penilaian`, … */
  | { kind: 'missing'; text: string }
  /** Acknowledged as unreadable as printed (column listed in `cacat_cetak`), e.g. `.722.543.361,00`. */
  | { kind: 'unreadable'; text: string; reason: string };

/** Why a cell could not be read. Codes are stable; messages are built by the error module. */
export type ParseProblem =
  | { code: 'ambiguous-format'; text: string }
  | { code: 'not-a-number'; text: string; format: NumberFormat | undefined }
  | { code: 'wrong-kind'; text: string; expected: ValueKind };

export type ParseResult = { ok: true; value: Printed } | { ok: false; problem: ParseProblem };
