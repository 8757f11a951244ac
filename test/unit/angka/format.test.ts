import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  formatMachine,
  formatNumber,
  formatPercent,
  formatPoints,
  formatPrinted,
  formatRate,
  formatRatio,
  formatRupiah,
} from '../../../src/lib/angka/format.ts';

const d = (text: string): Decimal => new Decimal(text);

describe('Indonesian display formatting', () => {
  it.each([
    ['1234567', '1.234.567'],
    ['1234.5', '1.234,5'],
    ['0.12', '0,12'],
    ['999', '999'],
    ['1000', '1.000'],
    ['-1234567.891', '-1.234.567,891'],
    ['0', '0'],
    ['-0', '0'],
    ['123456789012345678.123456789', '123.456.789.012.345.678,123456789'],
  ])('formatNumber(%s) = %s', (value, expected) => {
    expect(formatNumber(d(value))).toBe(expected);
  });

  it('fixed decimals round half-up, as the documents round', () => {
    expect(formatNumber(d('91.6734'), { decimals: 2 })).toBe('91,67');
    expect(formatNumber(d('91.675'), { decimals: 2 })).toBe('91,68');
    expect(formatNumber(d('-0.004'), { decimals: 2 })).toBe('0,00');
    expect(formatNumber(d('5'), { decimals: 2 })).toBe('5,00');
  });

  it('Rupiah', () => {
    expect(formatRupiah(d('1234567'))).toBe('Rp 1.234.567');
    expect(formatRupiah(d('18292244804'))).toBe('Rp 18.292.244.804');
  });

  it('percent and points', () => {
    expect(formatPercent(d('92.55'))).toBe('92,55%');
    expect(formatPercent(d('91.67346'))).toBe('91,67%');
    expect(formatPercent(d('89'), { decimals: 0 })).toBe('89%');
    expect(formatPoints(d('-2.125'))).toBe('-2,13 poin');
    expect(formatPoints(d('2.1'), { format: 'en' })).toBe('2.10 points');
  });

  it('ratio and rate', () => {
    expect(formatRatio(d('27500'))).toBe('1 : 27.500');
    expect(formatRate(d('5.72'), d('100000'))).toBe('5,72 per 100.000');
    expect(formatRate(d('5.7'), d('100000'), { decimals: 2 })).toBe('5,70 per 100.000');
  });

  it('English format on request', () => {
    expect(formatNumber(d('1158498355'), { format: 'en' })).toBe('1,158,498,355');
    expect(formatNumber(d('99.52'), { format: 'en' })).toBe('99.52');
    expect(formatPercent(d('99.52'), { format: 'en' })).toBe('99.52%');
  });
});

describe('machine format for CSV', () => {
  it.each([
    ['1234567.89', '1234567.89'],
    ['1e21', '1000000000000000000000'],
    ['1e-9', '0.000000001'],
    ['-0', '0'],
    ['-12.5', '-12.5'],
  ])('formatMachine(%s) = %s', (value, expected) => {
    expect(formatMachine(d(value))).toBe(expected);
  });
});

describe('formatPrinted re-expresses a printed value', () => {
  it('mixed formats in one table are shown uniformly', () => {
    expect(formatPrinted({ kind: 'number', text: '1,158,498,355.00', value: d('1158498355'), percent: false })).toBe(
      '1.158.498.355',
    );
    expect(formatPrinted({ kind: 'number', text: '99.52%', value: d('99.52'), percent: true })).toBe('99,52%');
    expect(formatPrinted({ kind: 'ratio', text: '1:27500', per: d('27500') })).toBe('1 : 27.500');
    expect(formatPrinted({ kind: 'rate', text: '5,72 per 100.000', value: d('5.72'), base: d('100000') })).toBe(
      '5,72 per 100.000',
    );
    expect(formatPrinted({ kind: 'ordinal', text: ' Madya', label: 'Madya' })).toBe('Madya');
    expect(formatPrinted({ kind: 'missing', text: 'N/A' })).toBe('N/A');
    expect(formatPrinted({ kind: 'unreadable', text: '.722.543.361,00', reason: 'digit lost' })).toBe(
      '.722.543.361,00',
    );
  });
});
