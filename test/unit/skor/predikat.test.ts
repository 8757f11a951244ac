import { describe, expect, it } from 'vitest';
import type { Scale } from '../../../src/lib/model.ts';
import { describeInterval } from '../../../src/lib/skor/interval.ts';
import {
  evaluatePredicate,
  predicatesSideBySide,
  validateScale,
  type PredicateScale,
} from '../../../src/lib/skor/predikat.ts';
import { APE, d, LUMAJANG, MALANG, NATIONAL, PROBOLINGGO } from './fixtures.ts';

const national = NATIONAL as PredicateScale;
const malang = MALANG as PredicateScale;
const probolinggo = PROBOLINGGO as PredicateScale;
const lumajang = LUMAJANG as PredicateScale;

const label = (value: string, scale: PredicateScale): string => {
  const result = evaluatePredicate(d(value), scale);
  return result.kind === 'pita' ? result.label : `(${result.kind})`;
};

describe('national 5-band scale (bounds defined exactly: ≥ 91, ≥ 76, ≥ 66, ≥ 51, else)', () => {
  it.each([
    ['180.95', 'Sangat Tinggi'],
    ['91', 'Sangat Tinggi'],
    ['90.99', 'Tinggi'],
    ['90.5', 'Tinggi'],
    ['76', 'Tinggi'],
    ['75.99', 'Sedang'],
    ['66', 'Sedang'],
    ['65.5', 'Rendah'],
    ['51', 'Rendah'],
    ['50.99', 'Sangat Rendah'],
    ['0', 'Sangat Rendah'],
    ['-50', 'Sangat Rendah'],
  ])('%s%% is %s', (value, expected) => {
    expect(label(value, national)).toBe(expected);
  });

  it('Lumajang TW I 2024: the programme average 59,71% is "Rendah", as the report concludes', () => {
    expect(label('59.71', national)).toBe('Rendah');
  });

  it('has no gaps or overlaps', () => {
    expect(validateScale(NATIONAL)).toEqual([]);
  });
});

describe("Malang LKjIP 2023 Tabel 2.5: the report's own scale", () => {
  it.each([
    ['274.98', 'Sangat Berhasil'],
    ['110', 'Sangat Berhasil'],
    ['109.99', 'Berhasil'],
    ['90', 'Berhasil'],
    ['89.99', 'Cukup Berhasil'],
    ['60', 'Cukup Berhasil'],
    ['19.05', 'Tidak Berhasil'],
  ])('%s%% is %s', (value, expected) => {
    expect(label(value, malang)).toBe(expected);
  });

  it('is sound', () => {
    expect(validateScale(MALANG)).toEqual([]);
  });

  it('own and national predicates side by side: 106,25% is Berhasil and Sangat Tinggi', () => {
    expect(predicatesSideBySide(d('106.25'), malang, national)).toEqual({
      own: { kind: 'pita', scale: 'malang-lkjip', label: 'Berhasil', alsoIn: [] },
      national: { kind: 'pita', scale: 'nasional', label: 'Sangat Tinggi', alsoIn: [] },
    });
  });

  it('without an own scale only the national predicate is given', () => {
    expect(predicatesSideBySide(d('50'), undefined, national)).toEqual({
      national: { kind: 'pita', scale: 'nasional', label: 'Sangat Rendah', alsoIn: [] },
    });
  });
});

describe('Probolinggo LKjIP 2024 Bab III: the printed scale has a gap (80–89) and overlapping bounds', () => {
  it('a value in the gap gets an explicit "no band" result', () => {
    const result = evaluatePredicate(d('85'), probolinggo);
    expect(result.kind).toBe('tanpa-pita');
    if (result.kind === 'tanpa-pita') {
      expect(result.message.id).toBe(
        '85% tidak masuk pita mana pun pada Skala Kota Probolinggo (skala tercetak bercelah).',
      );
      expect(result.message.en).toBe('85% falls in no band of Skala Kota Probolinggo (the printed scale has a gap).');
    }
  });

  it('89 itself is in the gap ("lebih dari 89%")', () => {
    expect(label('89', probolinggo)).toBe('(tanpa-pita)');
    expect(label('89.01', probolinggo)).toBe('Sangat Baik');
  });

  it('60 is in both Baik and Cukup: the first band in printed order wins and the other is named', () => {
    expect(evaluatePredicate(d('60'), probolinggo)).toEqual({
      kind: 'pita',
      scale: 'probolinggo-lkjip',
      label: 'Baik',
      alsoIn: ['Cukup'],
    });
  });

  it('validation reports the gap 80–89 and the shared bounds 60 and 40 ("Kurang dari 20%" does not include 20)', () => {
    const problems = validateScale(PROBOLINGGO);
    expect(problems.map((problem) => problem.kind)).toEqual(['celah', 'tumpang-tindih', 'tumpang-tindih']);
    const [gap] = problems;
    expect(gap?.message.id).toBe('Skala Kota Probolinggo: nilai (80; 89] tidak masuk pita mana pun.');
    expect(
      problems
        .slice(1)
        .map((problem) => problem.kind === 'tumpang-tindih' && describeInterval(problem.interval, (x) => x.toString())),
    ).toEqual(['[60; 60]', '[40; 40]']);
  });
});

describe('Lumajang TW I 2024 Tabel 3.2: the printed national scale (91% ≤ 100%, 76% ≤ 90%, …)', () => {
  it('leaves the printed gaps 90–91, 75–76, 65–66, 50–51 and everything above 100%', () => {
    const gaps = validateScale(LUMAJANG).filter((problem) => problem.kind === 'celah');
    expect(gaps.map((gap) => gap.kind === 'celah' && describeInterval(gap.interval, (x) => x.toString()))).toEqual([
      '(50; 51)',
      '(65; 66)',
      '(75; 76)',
      '(90; 91)',
      '(100; +∞)',
    ]);
  });

  it('145,16% has no band on the printed scale, but one on the exactly defined national scale', () => {
    expect(label('145.16', lumajang)).toBe('(tanpa-pita)');
    expect(label('145.16', national)).toBe('Sangat Tinggi');
  });
});

describe('scale validation: order and empty bands', () => {
  it('bands listed lowest first are in the wrong order', () => {
    const reversed: Scale = { ...(MALANG as PredicateScale), bands: [...(MALANG as PredicateScale).bands].reverse() };
    const problems = validateScale(reversed);
    expect(problems.filter((problem) => problem.kind === 'urutan-salah')).toHaveLength(3);
    expect(problems.filter((problem) => problem.kind === 'celah' || problem.kind === 'tumpang-tindih')).toEqual([]);
  });

  it('a band whose lower bound is above its upper bound holds nothing', () => {
    const broken: Scale = {
      slug: 'rusak',
      nama: 'Skala rusak',
      jenis: 'predikat',
      bands: [
        { label: 'Tinggi', lower: '50', lowerInclusive: true, upper: null, upperInclusive: false },
        { label: 'Terbalik', lower: '40', lowerInclusive: true, upper: '30', upperInclusive: true },
        { label: 'Rendah', lower: null, lowerInclusive: false, upper: '50', upperInclusive: false },
      ],
    };
    expect(validateScale(broken).map((problem) => problem.kind)).toEqual(['pita-kosong']);
  });

  it('an ordinal order with a name used twice', () => {
    const clash: Scale = {
      ...APE,
      slug: 'bentrok',
      levels: [...(APE.jenis === 'ordinal' ? APE.levels : []), { label: 'Lainnya', aliases: ['madya'] }],
    } as Scale;
    expect(validateScale(clash)).toMatchObject([{ kind: 'label-ganda', label: 'madya' }]);
    expect(validateScale(APE)).toEqual([]);
  });

  it('a scale with no bands covers nothing', () => {
    expect(
      validateScale({ slug: 'kosong', nama: 'Kosong', jenis: 'predikat', bands: [] }).map((problem) => problem.kind),
    ).toEqual(['celah']);
  });
});
