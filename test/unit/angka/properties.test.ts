/** Property tests for reading and writing numbers: 12 000 generated cases in total. */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatPercent,
  formatRatio,
  formatRupiah,
  formatMachine,
} from '../../../src/lib/angka/format.ts';
import { parseNumber, parsePrinted } from '../../../src/lib/angka/parse.ts';
import type { NumberFormat, ValueKind } from '../../../src/lib/angka/types.ts';

const KINDS: ValueKind[] = ['angka', 'persen', 'rasio', 'laju', 'ordinal'];
const FORMAT_OR_NONE = fc.constantFrom<NumberFormat | undefined>('id', 'en', undefined);

/** Exact decimals: an integer part up to 10^18, 0–8 fraction digits, either sign. */
const decimalArb = fc
  .tuple(
    fc.bigInt({ min: 0n, max: 10n ** 18n }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 8 }),
    fc.boolean(),
  )
  .map(
    ([integer, fraction, negative]) => new Decimal(`${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`),
  );

/** Strings built from the characters printed figures are made of, to reach deep into the parser. */
const figureLikeString = fc.string({
  unit: fc.constantFrom(...'0123456789.,:% -–()RpN/Aper\u00a0tahun2022'.split('')),
  maxLength: 30,
});

describe('parsePrinted never throws', () => {
  it('on arbitrary strings, for every kind and format', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(...KINDS), FORMAT_OR_NONE, (text, kind, format) => {
        const result = parsePrinted(text, kind, format);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });

  it('on figure-like strings; a successful read keeps the printed text', () => {
    fc.assert(
      fc.property(figureLikeString, fc.constantFrom(...KINDS), FORMAT_OR_NONE, (text, kind, format) => {
        const result = parsePrinted(text, kind, format);
        if (result.ok) expect(result.value.text).toBe(text);
        else expect(result.problem.text).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('without a declared format the parser never guesses', () => {
  it('a value read with no format is the value under every format that can read it', () => {
    fc.assert(
      fc.property(figureLikeString, (text) => {
        const undeclared = parseNumber(text, undefined);
        if (!undeclared.ok || undeclared.value.kind !== 'number') return;
        const value = undeclared.value.value;
        for (const format of ['id', 'en'] as const) {
          const declared = parseNumber(text, format);
          if (declared.ok && declared.value.kind === 'number') expect(declared.value.value.eq(value)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('format → parse round trips', () => {
  it.each(['id', 'en'] as const)('formatNumber then parseNumber (%s) gives the same exact value', (format) => {
    fc.assert(
      fc.property(decimalArb, (value) => {
        const result = parseNumber(formatNumber(value, { format }), format);
        expect(result.ok && result.value.kind === 'number' && result.value.value.eq(value)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('Rupiah: formatRupiah then parseNumber (id) gives the same amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), (amount) => {
        const value = new Decimal(amount.toString());
        const result = parseNumber(formatRupiah(value), 'id');
        expect(result.ok && result.value.kind === 'number' && result.value.value.eq(value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('percent: formatPercent then parsePrinted (persen) gives the value rounded half-up to 2 decimals', () => {
    fc.assert(
      fc.property(decimalArb, fc.constantFrom<NumberFormat>('id', 'en'), (value, format) => {
        const result = parsePrinted(formatPercent(value, { format }), 'persen', format);
        const expected = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        expect(
          result.ok && result.value.kind === 'number' && result.value.percent && result.value.value.eq(expected),
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('ratio: formatRatio then parsePrinted (rasio) gives the same N', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 9n }), (per) => {
        const value = new Decimal(per.toString());
        const result = parsePrinted(formatRatio(value), 'rasio', 'id');
        expect(result.ok && result.value.kind === 'ratio' && result.value.per.eq(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('machine format reads back with new Decimal exactly', () => {
    fc.assert(
      fc.property(decimalArb, (value) => {
        expect(new Decimal(formatMachine(value)).eq(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
