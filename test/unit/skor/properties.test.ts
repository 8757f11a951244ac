/** Property tests for the scoring formulas (fast-check). */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/angka/format.ts';
import { parsePrinted } from '../../../src/lib/angka/parse.ts';
import type { ValueKind } from '../../../src/lib/angka/types.ts';
import type { Scale, ScaleBand } from '../../../src/lib/model.ts';
import { averageCapaian } from '../../../src/lib/skor/agregasi.ts';
import {
  computeCapaian,
  negativeCapaian2TminusR,
  negativeCapaianTOverR,
  positiveCapaian,
} from '../../../src/lib/skor/capaian.ts';
import { computeEfficiency } from '../../../src/lib/skor/efisiensi.ts';
import { contains, uncovered } from '../../../src/lib/skor/interval.ts';
import { bandInterval, evaluatePredicate, type PredicateScale } from '../../../src/lib/skor/predikat.ts';
import { printedDecimals, roundingMatch } from '../../../src/lib/skor/presisi.ts';
import { sortFindings, type Finding } from '../../../src/lib/skor/temuan.ts';
import { NATIONAL } from './fixtures.ts';

/** Exact decimals with up to 4 decimals, from cents to billions. */
const amount = (min: bigint, max: bigint) =>
  fc.bigInt({ min, max }).map((n) => new Decimal(n.toString()).dividedBy(10000));
const positive = amount(1n, 10n ** 13n);
const nonNegative = amount(0n, 10n ** 13n);
const anySign = amount(-(10n ** 13n), 10n ** 13n);

describe('capaian formulas', () => {
  it('positive capaian is monotone in realisasi', () => {
    fc.assert(
      fc.property(positive, nonNegative, nonNegative, (t, r1, r2) => {
        const [low, high] = r1.lte(r2) ? [r1, r2] : [r2, r1];
        expect(positiveCapaian(t, low).lte(positiveCapaian(t, high))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('both negative conventions are antitone in realisasi (lower is better)', () => {
    fc.assert(
      fc.property(positive, positive, positive, (t, r1, r2) => {
        const [low, high] = r1.lte(r2) ? [r1, r2] : [r2, r1];
        expect(negativeCapaian2TminusR(t, low).gte(negativeCapaian2TminusR(t, high))).toBe(true);
        expect((negativeCapaianTOverR(t, low) as Decimal).gte(negativeCapaianTOverR(t, high) as Decimal)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('2t-r and t/r agree at R = T (both 100%), and so does r/t', () => {
    fc.assert(
      fc.property(positive, (t) => {
        expect(negativeCapaian2TminusR(t, t).toString()).toBe('100');
        expect(negativeCapaianTOverR(t, t)?.toString()).toBe('100');
        expect(positiveCapaian(t, t).toString()).toBe('100');
      }),
      { numRuns: 500 },
    );
  });

  it('2t-r mirrors r/t around 100%: (2T−R)/T + R/T = 200%', () => {
    fc.assert(
      fc.property(positive, anySign, (t, r) => {
        expect(negativeCapaian2TminusR(t, r).plus(positiveCapaian(t, r)).toDecimalPlaces(10).toString()).toBe('200');
      }),
      { numRuns: 1000 },
    );
  });

  it('2t-r and t/r are on the same side of 100% (both say met or both say not met)', () => {
    fc.assert(
      fc.property(positive, positive, (t, r) => {
        const a = negativeCapaian2TminusR(t, r).comparedTo(100);
        const b = (negativeCapaianTOverR(t, r) as Decimal).comparedTo(100);
        expect(a).toBe(b);
      }),
      { numRuns: 1000 },
    );
  });

  it('computeCapaian never throws, whatever is printed', () => {
    const kinds: ValueKind[] = ['angka', 'persen', 'rasio', 'laju', 'ordinal'];
    const cell = fc.oneof(
      fc.constantFrom('0', '-', 'N/A', '1 : 27.500', '5,72 per 100.000', 'Utama', '90%', '-5', '0,12 (data 2022)'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        cell,
        cell,
        fc.constantFrom(...kinds),
        fc.constantFrom('positif' as const, 'negatif' as const),
        fc.constantFrom('2t-r' as const, 't/r' as const),
        (t, r, kind, polarity, negativeFormula) => {
          const read = (text: string) => {
            const result = parsePrinted(text, kind, 'id');
            return result.ok ? result.value : undefined;
          };
          const result = computeCapaian({
            target: read(t),
            realisasi: read(r),
            valueKind: kind,
            polarity,
            negativeFormula,
            year: 2024,
          });
          expect(['persen', 'ordinal', 'tidak-dapat-dihitung']).toContain(result.kind);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('averages', () => {
  const capaianList = fc.array(anySign, { minLength: 1, maxLength: 12 });

  it('the mean lies between the smallest and largest member', () => {
    fc.assert(
      fc.property(capaianList, (values) => {
        const result = averageCapaian(
          values.map((value, i) => ({
            id: `I${i}`,
            capaian: { kind: 'persen', value, formula: 'r/t', basis: 'angka' },
          })),
        );
        if (result.mean.kind !== 'persen') throw new Error('mean expected');
        expect(result.mean.value.gte(Decimal.min(...values)) && result.mean.value.lte(Decimal.max(...values))).toBe(
          true,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('a capped mean is never above the uncapped mean nor above the cap', () => {
    fc.assert(
      fc.property(capaianList, positive, (values, cap) => {
        const result = averageCapaian(
          values.map((value, i) => ({
            id: `I${i}`,
            capaian: { kind: 'persen', value, formula: 'r/t', basis: 'angka' },
          })),
          cap,
        );
        const mean = result.mean;
        const capped = result.capped?.mean;
        if (mean.kind !== 'persen' || capped?.kind !== 'persen') throw new Error('means expected');
        expect(capped.value.lte(mean.value) && capped.value.lte(cap)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('predicate scales', () => {
  it('the national scale gives every value exactly one band', () => {
    fc.assert(
      fc.property(amount(-(10n ** 7n), 10n ** 7n), (value) => {
        const holding = (NATIONAL as PredicateScale).bands.filter((band) => contains(bandInterval(band), value));
        expect(holding).toHaveLength(1);
        expect(evaluatePredicate(value, NATIONAL as PredicateScale)).toMatchObject({ kind: 'pita', alsoIn: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('for any scale, a value has no band exactly when it lies in a reported gap', () => {
    const boundArb = fc.option(fc.integer({ min: 0, max: 120 }).map(String), { nil: null });
    const bandArb = fc.record({
      lower: boundArb,
      lowerInclusive: fc.boolean(),
      upper: boundArb,
      upperInclusive: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(bandArb, { maxLength: 5 }),
        fc.integer({ min: -10, max: 130 }),
        fc.constantFrom('0', '0.5'),
        (bands, whole, half) => {
          const scale: Scale = {
            slug: 's',
            nama: 'S',
            jenis: 'predikat',
            bands: bands.map((b, i): ScaleBand => ({ label: `B${i}`, ...b })),
          };
          const value = new Decimal(whole).plus(half);
          const inGap = uncovered(scale.bands.map(bandInterval)).some((gap) => contains(gap, value));
          expect(evaluatePredicate(value, scale).kind === 'tanpa-pita').toBe(inGap);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('printed precision', () => {
  it('a value printed with k decimals is read back as k decimals and matches its own rounding', () => {
    fc.assert(
      fc.property(
        anySign,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('id' as const, 'en' as const),
        (value, decimals, format) => {
          const printedText = formatNumber(value, { decimals, format });
          const printed = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
          expect(printedDecimals(`${printedText}%`, printed)).toBe(decimals);
          expect(roundingMatch(printed, value, decimals)).not.toBeUndefined();
          expect(
            roundingMatch(value.toDecimalPlaces(decimals, Decimal.ROUND_DOWN), value, decimals),
          ).not.toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('efficiency', () => {
  it('capaian/serapan and serapan/capaian are reciprocal: their product is 100 × 100', () => {
    fc.assert(
      fc.property(positive, positive, (serapan, capaian) => {
        const a = computeEfficiency(serapan, capaian, 'serapan/capaian');
        const b = computeEfficiency(serapan, capaian, 'capaian/serapan');
        if (a.kind === 'tidak-dapat-dihitung' || b.kind === 'tidak-dapat-dihitung') throw new Error('values expected');
        expect(a.value.times(b.value).toDecimalPlaces(8).toString()).toBe('10000');
      }),
      { numRuns: 500 },
    );
  });
});

describe('findings order', () => {
  it('is independent of the order findings were produced in', () => {
    const findingArb = fc.record({
      kind: fc.constantFrom('capaian-berbeda' as const, 'serapan-berbeda' as const, 'tidak-terbaca' as const),
      severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
      location: fc.record({
        report: fc.constant('r'),
        file: fc.constantFrom('nilai.csv', 'anggaran.csv'),
        row: fc.integer({ min: 1, max: 5 }),
        entity: fc.constantFrom('A', 'B'),
      }),
      explanation: fc.record({ id: fc.string({ maxLength: 3 }), en: fc.constant('') }),
    });
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 10 }), (findings: Finding[]) => {
        expect(sortFindings([...findings].reverse())).toEqual(sortFindings(findings));
      }),
      { numRuns: 500 },
    );
  });
});
