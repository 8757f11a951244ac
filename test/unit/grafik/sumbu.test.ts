import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cappedAxis, outliers, PERCENT_CAP, rankOrder, reorder } from '../../../src/lib/grafik/sumbu.ts';
import { withSummary } from '../../../src/lib/grafik/ringkasan.ts';
import type { ChartSpec } from '../../../src/lib/grafik/spek.ts';

describe('axis range', () => {
  it('a percentage axis stops at 200% when one value (Malang: 1.666,67%) would squash the rest', () => {
    const values = ['1666.67', '100', '99.52', null];
    expect(cappedAxis(values, 'persen')).toEqual({ max: '200' });
    expect(outliers(values, { max: '200' })).toEqual([0]);
  });

  it('nothing is cut when every value fits, and Rupiah or counts are never capped', () => {
    expect(cappedAxis(['200', '0', '-100'], 'persen')).toBeUndefined();
    expect(cappedAxis(['5000', '1'], 'rupiah')).toBeUndefined();
    expect(outliers(['1', '2'], undefined)).toEqual([]);
  });

  it('a negative capaian below -100% is cut at the floor', () => {
    expect(cappedAxis(['-250', '90'], 'persen')).toEqual({ min: '-100' });
  });

  it('property: every value outside the capped range is an outlier, every other is drawn as is', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -1000, max: 3000 }).map(String), { nil: null })), (values) => {
        const axis = cappedAxis(values, 'persen');
        const cut = new Set(outliers(values, axis));
        values.forEach((v, i) => {
          if (v === null) return expect(cut.has(i)).toBe(false);
          const n = Number(v);
          expect(cut.has(i)).toBe(n > PERCENT_CAP || n < -100);
        });
      }),
    );
  });
});

describe('ranking', () => {
  it('largest first, gaps last, ties in their original order', () => {
    expect(rankOrder(['10', null, '30', '10', '20'])).toEqual([2, 4, 0, 3, 1]);
    expect(rankOrder(['10', null, '30'], 'asc')).toEqual([0, 2, 1]);
  });

  it('reorder moves labels, values, tones and table-only columns together', () => {
    const spec: ChartSpec = {
      id: 'x',
      kind: 'bar',
      horizontal: true,
      caption: 'c',
      summary: '',
      unit: 'persen',
      labels: ['A', 'B'],
      columns: [{ label: 'T', values: ['ta', 'tb'] }],
      series: [{ label: 'S', values: ['1', '2'], tones: ['kurang', 'baik'] }],
    };
    expect(reorder(spec, [1, 0])).toMatchObject({
      labels: ['B', 'A'],
      columns: [{ values: ['tb', 'ta'] }],
      series: [{ values: ['2', '1'], tones: ['baik', 'kurang'] }],
    });
  });
});

describe('text summary', () => {
  it('says what is cut, in English too', () => {
    const spec = withSummary(
      {
        id: 'x',
        kind: 'bar',
        horizontal: true,
        caption: 'c',
        unit: 'persen',
        labels: ['A', 'B', 'C'],
        series: [{ label: 'S', values: ['1666.67', '100', '50'] }],
        reference: { value: '100', label: '100%' },
        axis: { max: '200' },
      },
      'en',
      'indicators',
    );
    expect(spec.summary).toBe(
      '3 indicators. 2 of 3 reach 100.00% or more. Highest: A (1,666.67%); lowest: C (50.00%). ' +
        'The axis stops at 200.00%; 1 value(s) beyond it are drawn at the edge with their figure.',
    );
  });
});
