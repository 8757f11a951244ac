import { describe, expect, it } from 'vitest';
import { matchesPrinted, printedDecimals, roundingMatch, samePrintedFigure } from '../../../src/lib/skor/presisi.ts';
import type { Printed } from '../../../src/lib/angka/types.ts';
import { d, p } from './fixtures.ts';

function printedNumber(text: string): Printed & { kind: 'number' } {
  const printed = p(text, 'persen');
  if (printed.kind !== 'number') throw new Error(`not a number: ${text}`);
  return printed;
}

describe('printed precision', () => {
  it.each([
    ['92,55%', '92.55', 2],
    ['100,00%', '100', 2],
    ['100%', '100', 0],
    ['9,4%', '9.4', 1],
    ['1.000', '1000', 0],
    ['1,000', '1', 3],
    ['Rp. 18.292.244.804,-', '18292244804', 0],
    ['30.316.880.763,00', '30316880763', 2],
    ['1,158,498,355.00', '1158498355', 2],
    ['59,61 (data BPS tahun 2022)', '59.61', 2],
    ['-2,46', '-2.46', 2],
  ])('%s shows %s with %i decimals', (text, value, decimals) => {
    expect(printedDecimals(text, d(value))).toBe(decimals);
  });
});

describe('rounding: half-up or truncation both count, nothing else', () => {
  it('Malang LKjIP 2023 Tabel 3.1: IPG 95,54 / 96 = 99,5208…% printed 99.52%', () => {
    expect(roundingMatch(d('99.52'), d('99.520833'), 2)).toBe('half-up');
  });

  it('Probolinggo LKjIP 2024 Tabel 2.2: 99,9976% printed 100,00% (half-up); 99,99% would be truncation', () => {
    expect(roundingMatch(d('100'), d('99.9976'), 2)).toBe('half-up');
    expect(roundingMatch(d('99.99'), d('99.9976'), 2)).toBe('truncation');
    expect(roundingMatch(d('99.98'), d('99.9976'), 2)).toBeUndefined();
  });

  it('Lumajang TW I 2024 Tabel 3.1: 0,54 / 5,72 = 9,44% printed 9,4% matches at 1 decimal', () => {
    expect(matchesPrinted(printedNumber('9,4%'), d('9.4405594'))).toBe('half-up');
  });

  it('Malang LKjIP 2023 Tabel 3.1: 274,98% is not a rounding of 275%', () => {
    expect(matchesPrinted(printedNumber('274,98%'), d('275'))).toBeUndefined();
  });

  it('an exact match is reported as exact', () => {
    expect(roundingMatch(d('50'), d('50'), 0)).toBe('exact');
  });
});

describe('the same figure in two tables', () => {
  it.each([
    ['100%', '100,0%', true],
    ['97,64%', '97,6%', true],
    ['97,64%', '96,64%', false],
    ['N/A', '-', true],
    ['N/A', '90%', false],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(samePrintedFigure(p(a, 'persen'), p(b, 'persen'))).toBe(same);
  });

  it('ratios, rates, ordinals, unreadable', () => {
    expect(samePrintedFigure(p('1 :27500', 'rasio'), p('1 : 27.500', 'rasio'))).toBe(true);
    expect(samePrintedFigure(p('5,72 per 100.000', 'laju'), p('5,72 per 1.000', 'laju'))).toBe(false);
    expect(samePrintedFigure(p('Utama', 'ordinal'), p(' utama ', 'ordinal'))).toBe(true);
    expect(samePrintedFigure({ kind: 'unreadable', text: 'x', reason: 'r' }, p('1'))).toBeUndefined();
    expect(samePrintedFigure(p('1 : 5', 'rasio'), p('5'))).toBe(false);
  });
});
