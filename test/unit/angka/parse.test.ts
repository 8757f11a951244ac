import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseNumber, parsePrinted } from '../../../src/lib/angka/parse.ts';
import type { NumberFormat, ParseResult, Printed, ValueKind } from '../../../src/lib/angka/types.ts';

/** Unwraps a successful parse; fails the test with the problem otherwise. */
function ok(result: ParseResult): Printed {
  if (!result.ok) throw new Error(`expected a value, got ${JSON.stringify(result.problem)}`);
  return result.value;
}

function numberOf(text: string, format: NumberFormat | undefined, kind: ValueKind = 'angka'): string {
  const value = ok(parsePrinted(text, kind, format));
  if (value.kind !== 'number') throw new Error(`expected a number, got ${value.kind}`);
  return value.value.toFixed();
}

describe('parseNumber: every format seen in the documents (DOMAIN.md "Number formats")', () => {
  it.each([
    ['16.757.878.363', 'id', '16757878363'],
    ['Rp 1.890.851.874', 'id', '1890851874'],
    ['Rp. 18.292.244.804,-', 'id', '18292244804'],
    ['Rp.18.292.244.804,-', 'id', '18292244804'],
    ['6.094.889.270,-', 'id', '6094889270'],
    ['30.316.880.763,00', 'id', '30316880763'],
    ['1,158,498,355.00', 'en', '1158498355'],
    ['0,12', 'id', '0.12'],
    ['0.12', 'en', '0.12'],
    ['1.234,5', 'id', '1234.5'],
    ['1234567', 'id', '1234567'],
    ['1234567,891', 'id', '1234567.891'],
    ['-2,13', 'id', '-2.13'],
    ['−2,13', 'id', '-2.13'],
    ['0', 'id', '0'],
    ['0,00', 'id', '0'],
  ] as const)('%s (%s) = %s', (text, format, expected) => {
    expect(numberOf(text, format)).toBe(expected);
  });

  it('keeps digits beyond float precision exactly', () => {
    expect(numberOf('123.456.789.012.345.678,123456789', 'id')).toBe('123456789012345678.123456789');
  });

  it('keeps the printed text unchanged beside the value', () => {
    const value = ok(parseNumber('Rp. 18.292.244.804,-', 'id'));
    expect(value.text).toBe('Rp. 18.292.244.804,-');
  });

  it('reads non-breaking spaces left by the PDF extraction', () => {
    expect(numberOf('Rp\u00a01.890.851.874', 'id')).toBe('1890851874');
  });

  it('Probolinggo LKjIP 2024: the same table prints 30.316.880.763,00 and 1,158,498,355.00 — each with its own format', () => {
    expect(numberOf('30.316.880.763,00', 'id')).toBe('30316880763');
    expect(numberOf('1,158,498,355.00', 'en')).toBe('1158498355');
    // Read with the wrong declared format, both fail instead of being misread.
    expect(parseNumber('1,158,498,355.00', 'id')).toMatchObject({ ok: false, problem: { code: 'not-a-number' } });
    expect(parseNumber('30.316.880.763,00', 'en')).toMatchObject({ ok: false, problem: { code: 'not-a-number' } });
  });
});

describe('percentages', () => {
  it.each([
    ['92,55%', 'id', '92.55'],
    ['89 %', 'id', '89'],
    ['99.52%', 'en', '99.52'],
    ['100%', undefined, '100'],
    ['-2,13%', 'id', '-2.13'],
  ] as const)('%s (%s) = %s with percent flag', (text, format, expected) => {
    const value = ok(parsePrinted(text, 'persen', format));
    expect(value).toMatchObject({ kind: 'number', percent: true });
    expect(value.kind === 'number' && value.value.toFixed()).toBe(expected);
  });

  it('a persen value may be printed without %', () => {
    const value = ok(parsePrinted('92,55', 'persen', 'id'));
    expect(value).toMatchObject({ kind: 'number', percent: false });
    expect(value.kind === 'number' && value.value.toFixed()).toBe('92.55');
  });

  it('99.52% under the declared id format is not a number (the row needs an en override)', () => {
    expect(parsePrinted('99.52%', 'persen', 'id')).toEqual({
      ok: false,
      problem: { code: 'not-a-number', text: '99.52%', format: 'id' },
    });
  });

  it('a Rupiah amount is the wrong kind for a persen indicator', () => {
    expect(parsePrinted('Rp 1.000', 'persen', 'id')).toEqual({
      ok: false,
      problem: { code: 'wrong-kind', text: 'Rp 1.000', expected: 'persen' },
    });
  });
});

describe('ratios (kind rasio)', () => {
  it.each([
    ['1 : 27.500', 'id', '27500'],
    ['1:27500', 'id', '27500'],
    ['1:27500', undefined, '27500'],
    ['1 : 27,500', 'en', '27500'],
  ] as const)('%s (%s) → per %s', (text, format, per) => {
    const value = ok(parsePrinted(text, 'rasio', format));
    expect(value.kind).toBe('ratio');
    expect(value.kind === 'ratio' && value.per.toFixed()).toBe(per);
  });

  it('1 : 27.500 with no declared format is ambiguous', () => {
    expect(parsePrinted('1 : 27.500', 'rasio', undefined)).toEqual({
      ok: false,
      problem: { code: 'ambiguous-format', text: '1 : 27.500' },
    });
  });

  it('a plain number for a rasio indicator is the wrong kind, a ratio for a number too', () => {
    expect(parsePrinted('27500', 'rasio', 'id')).toMatchObject({ ok: false, problem: { code: 'wrong-kind' } });
    expect(parsePrinted('1 : 27500', 'angka', 'id')).toMatchObject({
      ok: false,
      problem: { code: 'wrong-kind', expected: 'angka' },
    });
  });

  it('only 1 : N is read; 2 : 5 and 1 : 0 are not numbers we can compare', () => {
    expect(parsePrinted('2 : 5', 'rasio', 'id')).toMatchObject({ ok: false, problem: { code: 'not-a-number' } });
    expect(parsePrinted('1 : 0', 'rasio', 'id')).toMatchObject({ ok: false, problem: { code: 'not-a-number' } });
  });
});

describe('rates (kind laju)', () => {
  it('5,72 per 100.000', () => {
    const value = ok(parsePrinted('5,72 per 100.000', 'laju', 'id'));
    expect(value).toMatchObject({ kind: 'rate', text: '5,72 per 100.000' });
    if (value.kind !== 'rate') throw new Error('rate expected');
    expect(value.value.toFixed()).toBe('5.72');
    expect(value.base.toFixed()).toBe('100000');
  });

  it('a plain number is accepted for laju (the base is then in the unit)', () => {
    expect(numberOf('5,72', 'id', 'laju')).toBe('5.72');
  });

  it('a rate for a persen indicator is the wrong kind', () => {
    expect(parsePrinted('5,72 per 100.000', 'persen', 'id')).toMatchObject({
      ok: false,
      problem: { code: 'wrong-kind', expected: 'persen' },
    });
  });
});

describe('missing tokens', () => {
  it.each([
    '-',
    '–',
    'N/A',
    'n/a',
    'NA',
    'Belum ada penilaian',
    'BELUM ADA PENILAIAN',
    'Belum ada data',
    'Tidak ada data',
    ' - ',
  ])('%j → missing for every kind', (text) => {
    for (const kind of ['angka', 'persen', 'rasio', 'laju', 'ordinal'] as const) {
      expect(parsePrinted(text, kind, 'id')).toEqual({ ok: true, value: { kind: 'missing', text } });
    }
  });

  it('an annotated missing token stays missing', () => {
    expect(ok(parsePrinted('N/A (belum rilis)', 'persen', 'id'))).toEqual({
      kind: 'missing',
      text: 'N/A (belum rilis)',
    });
  });

  it('a real zero is a number, not missing', () => {
    expect(numberOf('0', 'id')).toBe('0');
  });
});

describe('annotations', () => {
  it('Malang LKjIP 2023: 59,61 (data BPS tahun 2022) → note and dataYear', () => {
    const value = ok(parsePrinted('59,61 (data BPS tahun 2022)', 'angka', 'id'));
    expect(value).toMatchObject({ kind: 'number', note: 'data BPS tahun 2022', dataYear: 2022 });
    expect(value.kind === 'number' && value.value.toFixed()).toBe('59.61');
  });

  it('an annotation without a year is a note only', () => {
    const value = ok(parsePrinted('92,55% (sementara)', 'persen', 'id'));
    expect(value).toMatchObject({ kind: 'number', note: 'sementara', percent: true });
    expect(value.kind === 'number' && value.dataYear).toBeUndefined();
  });

  it('annotations on ratios and rates', () => {
    expect(ok(parsePrinted('1 : 27.500 (2022)', 'rasio', 'id'))).toMatchObject({ kind: 'ratio', dataYear: 2022 });
    expect(ok(parsePrinted('5,72 per 100.000 (data 2021)', 'laju', 'id'))).toMatchObject({
      kind: 'rate',
      dataYear: 2021,
    });
  });
});

describe('ordinal labels', () => {
  it.each(['Madya', ' Nindya ', 'Aman (50,01 – 75,00)', 'KLA'])('%j → label is the trimmed text', (text) => {
    expect(ok(parsePrinted(text, 'ordinal', undefined))).toEqual({ kind: 'ordinal', text, label: text.trim() });
  });

  it('an empty cell is not a label', () => {
    expect(parsePrinted('  ', 'ordinal', 'id')).toMatchObject({ ok: false, problem: { code: 'not-a-number' } });
  });
});

describe('invalid grouping and PDF damage → not-a-number', () => {
  it.each([
    '483.949.00,',
    '.722.543.361,00',
    '1.23.456',
    '1.2345',
    '12.34.567',
    '1,234.567,8',
    'abc',
    '12a',
    '1..234',
    '',
    '%',
    'Rp',
  ])('%j', (text) => {
    expect(parsePrinted(text, 'angka', 'id')).toMatchObject({ ok: false, problem: { code: 'not-a-number', text } });
  });
});

describe('no declared format: never guess', () => {
  it.each(['27.500', '1,5', '92,55', '0,12', '0.12', '1.234', '99.52%'])('%j is ambiguous', (text) => {
    expect(parsePrinted(text, 'persen', undefined)).toEqual({ ok: false, problem: { code: 'ambiguous-format', text } });
  });

  it.each([
    ['1.234.567', '1234567'],
    ['1,234,567', '1234567'],
    ['1.234,5', '1234.5'],
    ['1,234.5', '1234.5'],
    ['16.757.878.363', '16757878363'],
    ['1234', '1234'],
    ['Rp 1.890.851.874', '1890851874'],
  ])('%j has one structural reading: %s', (text, expected) => {
    expect(numberOf(text, undefined)).toBe(expected);
  });

  it('an invalid text with no declared format is still not-a-number', () => {
    expect(parsePrinted('483.949.00,', 'angka', undefined)).toEqual({
      ok: false,
      problem: { code: 'not-a-number', text: '483.949.00,', format: undefined },
    });
  });
});

describe('values are decimal.js, never floats', () => {
  it('0,1 + 0,2 = 0,3 exactly', () => {
    const a = ok(parseNumber('0,1', 'id'));
    const b = ok(parseNumber('0,2', 'id'));
    if (a.kind !== 'number' || b.kind !== 'number') throw new Error('numbers expected');
    expect(a.value).toBeInstanceOf(Decimal);
    expect(a.value.plus(b.value).toFixed()).toBe('0.3');
  });
});
