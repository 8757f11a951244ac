import { describe, expect, it } from 'vitest';
import {
  computeCapaian,
  capaianUnderEveryFormula,
  formulaFor,
  type Capaian,
  type CapaianInput,
} from '../../../src/lib/skor/capaian.ts';
import type { OrdinalScale } from '../../../src/lib/skor/urutan.ts';
import { APE, KLA, p, RASA_AMAN, unreadable } from './fixtures.ts';

const base: Omit<CapaianInput, 'target' | 'realisasi'> = {
  valueKind: 'persen',
  polarity: 'positif',
  negativeFormula: '2t-r',
  year: 2023,
};

function capaian(
  target: string | undefined,
  realisasi: string | undefined,
  options: Partial<CapaianInput> = {},
): Capaian {
  const kind = options.valueKind ?? base.valueKind;
  return computeCapaian({
    ...base,
    target: target === undefined ? undefined : p(target, kind),
    realisasi: realisasi === undefined ? undefined : p(realisasi, kind),
    ...options,
  });
}

/** The percentage, rounded half-up to 2 decimals as the documents print it. */
function percent2(result: Capaian): string {
  if (result.kind !== 'persen') throw new Error(`expected a percentage, got ${JSON.stringify(result)}`);
  return result.value.toFixed(2);
}

describe('positive indicators: R / T × 100', () => {
  it.each([
    ['IPG', '96%', '95,54%', '99.52'],
    ['IDG', '79%', '78,77', '99.71'],
    ['PMKS yang ditangani/dibina', '79,94%', '37,23%', '46.57'],
    ['Penyandang cacat … jaminan sosial', '66,61%', '94,98%', '142.59'],
    ['TFR per WUS', '1,7', '1,79', '105.29'],
    ['Nilai SAKIP', '80,80', '85,85', '106.25'],
  ])('Malang LKjIP 2023 Tabel 3.1: %s %s → %s = %s%%', (_name, target, realisasi, expected) => {
    expect(percent2(capaian(target, realisasi))).toBe(expected);
  });

  it('Malang LKjIP 2023 Tabel 3.1: Persentase Penurunan PMKS 5% → 13,75% is 275,00% (printed 274,98%)', () => {
    expect(percent2(capaian('5%', '13,75%'))).toBe('275.00');
  });

  it('Probolinggo LKjIP 2024 Tabel 3.1.1.A: PMKS terpenuhi kebutuhan dasarnya 90% → 97,64% = 108,49%', () => {
    expect(percent2(capaian('90%', '97,64%'))).toBe('108.49');
  });

  it('is exact: 1/3 of the target is 33,333…%, not a float approximation', () => {
    const result = capaian('3', '1', { valueKind: 'angka' });
    expect(result.kind === 'persen' && result.value.toSignificantDigits(20).toString()).toBe('33.333333333333333333');
  });

  it('records the formula and what was compared', () => {
    expect(capaian('90%', '97,64%')).toMatchObject({ kind: 'persen', formula: 'r/t', basis: 'angka' });
  });
});

describe('negative indicators: both conventions', () => {
  const negative = { polarity: 'negatif' as const, valueKind: 'angka' as const };

  it('Malang LKjIP 2023 Tabel 3.1: Laju Pertumbuhan Penduduk 0,63 → 0,12 is (2×0,63−0,12)/0,63 = 180,95% (2t-r, default)', () => {
    const result = capaian('0,63', '0,12', negative);
    expect(percent2(result)).toBe('180.95');
    expect(result).toMatchObject({ formula: '2t-r' });
  });

  it('Malang LKjIP 2023 Tabel 3.1: Laju Pertumbuhan Penduduk with t/r declared is 0,63/0,12 = 525,00%', () => {
    const result = capaian('0,63', '0,12', { ...negative, negativeFormula: 't/r' });
    expect(percent2(result)).toBe('525.00');
    expect(result).toMatchObject({ formula: 't/r' });
  });

  it('Malang LKjIP 2023 Tabel 3.1: the printed 19,05% is the positive formula 0,12/0,63', () => {
    const all = capaianUnderEveryFormula({ ...base, ...negative, target: p('0,63'), realisasi: p('0,12') });
    expect(all['r/t']?.toFixed(2)).toBe('19.05');
    expect(all['2t-r']?.toFixed(2)).toBe('180.95');
    expect(all['t/r']?.toFixed(2)).toBe('525.00');
  });

  it('Lumajang TW I 2024 Tabel 3.1 (formula quoted): (Rencana − (Realisasi − Target)) / Target is 2t-r', () => {
    // Target 10 cases, realisation 12: two over target → 80%.
    expect(percent2(capaian('10', '12', negative))).toBe('80.00');
  });

  it('a realisation twice the target gives 0%, beyond it a negative capaian (kept, not clamped)', () => {
    expect(percent2(capaian('10', '20', negative))).toBe('0.00');
    expect(percent2(capaian('10', '25', negative))).toBe('-50.00');
  });

  it('t/r with a realisation of 0 is not computable (division by zero)', () => {
    expect(capaian('5', '0', { ...negative, negativeFormula: 't/r' })).toMatchObject({
      kind: 'tidak-dapat-dihitung',
      reason: 'realisasi-nol',
    });
  });

  it('2t-r with a realisation of 0 is 200%', () => {
    expect(percent2(capaian('5', '0', negative))).toBe('200.00');
  });
});

describe('ratios 1 : N — N is compared, larger is better', () => {
  it('Malang LKjIP 2023 Tabel 3.1: Ratio KDRT 1 : 27500 → 1 : 36317 = 132,06%', () => {
    const result = computeCapaian({
      ...base,
      valueKind: 'rasio',
      target: p('1 :27500', 'rasio'),
      realisasi: p('1 : 36317', 'rasio'),
    });
    expect(percent2(result)).toBe('132.06');
    expect(result).toMatchObject({ formula: 'r/t', basis: 'rasio' });
  });

  it('a ratio declared negatif still compares N upwards (fewer cases = larger N)', () => {
    const result = computeCapaian({
      ...base,
      valueKind: 'rasio',
      polarity: 'negatif',
      target: p('1 : 27.500', 'rasio'),
      realisasi: p('1 : 36.317', 'rasio'),
    });
    expect(percent2(result)).toBe('132.06');
    expect(formulaFor('rasio', 'negatif', '2t-r')).toBe('r/t');
  });

  it('a ratio against a plain number is a kind mismatch', () => {
    const result = computeCapaian({
      ...base,
      valueKind: 'rasio',
      target: p('1 : 27.500', 'rasio'),
      realisasi: p('36.317'),
    });
    expect(result).toMatchObject({ kind: 'tidak-dapat-dihitung', reason: 'jenis-tidak-cocok' });
  });
});

describe('rates X per B — the number is compared with the declared polarity', () => {
  const rate = { valueKind: 'laju' as const };

  it('Lumajang TW I 2024 Tabel 3.1: Rasio kekerasan terhadap perempuan 5,72 → 0,54 per 100.000 as negative (2t-r) = 190,56%', () => {
    expect(percent2(capaian('5,72 per 100.000', '0,54 per 100.000', { ...rate, polarity: 'negatif' }))).toBe('190.56');
  });

  it('Lumajang TW I 2024 Tabel 3.1: the printed 9,4% is the positive formula 0,54/5,72 = 9,44%', () => {
    const result = capaian('5,72 per 100.000', '0,54 per 100.000', rate);
    expect(percent2(result)).toBe('9.44');
    expect(result).toMatchObject({ basis: 'laju' });
  });

  it('different bases are not compared', () => {
    expect(capaian('5,72 per 100.000', '0,05 per 1.000', rate)).toMatchObject({
      kind: 'tidak-dapat-dihitung',
      reason: 'basis-laju-berbeda',
    });
  });

  it('two plain numbers for a rate indicator are compared (the base is in the unit)', () => {
    expect(percent2(capaian('5,72', '0,54', rate))).toBe('9.44');
  });

  it('a rate against a plain number is a kind mismatch', () => {
    expect(capaian('5,72 per 100.000', '0,54', rate)).toMatchObject({ reason: 'jenis-tidak-cocok' });
  });
});

describe('ordinal indicators: met / not met and steps, never a percentage', () => {
  const ordinal = (
    target: string,
    realisasi: string,
    order: OrdinalScale,
    year = 2024,
    polarity: 'positif' | 'negatif' = 'positif',
  ): Capaian =>
    computeCapaian({
      ...base,
      valueKind: 'ordinal',
      polarity,
      year,
      order,
      target: p(target, 'ordinal'),
      realisasi: p(realisasi, 'ordinal'),
    });

  it('Probolinggo LKjIP 2024 Tabel 3.1.3.B: Kategori Kota Layak Anak target Utama, realisasi 2023 Utama → met, 0 steps', () => {
    expect(ordinal('Utama', 'Utama', KLA as OrdinalScale, 2023)).toEqual({
      kind: 'ordinal',
      met: true,
      steps: 0,
      target: 'Utama',
      realisasi: 'Utama',
      order: 'kla',
    });
  });

  it('KLA: Madya against a target of Utama is 2 steps short', () => {
    expect(ordinal('Utama', 'Madya', KLA as OrdinalScale)).toMatchObject({ met: false, steps: -2 });
  });

  it('KLA aliases: "Kota Layak Anak" is the top level, one step above Utama', () => {
    expect(ordinal('Utama', 'Kota Layak Anak', KLA as OrdinalScale)).toMatchObject({
      met: true,
      steps: 1,
      realisasi: 'KLA',
    });
  });

  it('Probolinggo LKjIP 2024 Tabel 3.1.2.B: Nilai Evaluasi PUG target Utama, realisasi 2023 Madya → 2 steps short (Nindya exists from 2023)', () => {
    expect(ordinal('Utama', 'Madya', APE as OrdinalScale, 2023)).toMatchObject({ met: false, steps: -2 });
  });

  it('APE/PUG before 2023: Madya → Utama is 1 step (no Nindya level yet)', () => {
    expect(ordinal('Utama', 'Madya', APE as OrdinalScale, 2022)).toMatchObject({ met: false, steps: -1 });
  });

  it('APE/PUG: "Nindya" printed for 2022 is not a level that existed', () => {
    expect(ordinal('Utama', 'Nindya', APE as OrdinalScale, 2022)).toMatchObject({
      kind: 'tidak-dapat-dihitung',
      reason: 'tingkat-belum-berlaku',
    });
  });

  it('APE/PUG alias "APE Mentor", any case', () => {
    expect(ordinal('utama', 'APE MENTOR', APE as OrdinalScale, 2024)).toMatchObject({
      met: true,
      steps: 1,
      realisasi: 'Mentor',
    });
  });

  it('Lumajang TW I 2024 Tabel 3.1: custom order, "Aman (50,01 - 75,00)" names the level Aman', () => {
    expect(ordinal('Aman (50,01 - 75,00)', 'Sangat Aman', RASA_AMAN as OrdinalScale)).toMatchObject({
      met: true,
      steps: 1,
      target: 'Aman',
    });
  });

  it('a negative ordinal indicator is met at or below the target', () => {
    expect(ordinal('Madya', 'Pratama', KLA as OrdinalScale, 2024, 'negatif')).toMatchObject({ met: true, steps: 1 });
  });

  it('an unknown label is reported, not guessed', () => {
    expect(ordinal('Utama', 'Hampir Utama', KLA as OrdinalScale)).toMatchObject({
      kind: 'tidak-dapat-dihitung',
      reason: 'tingkat-tidak-dikenal',
    });
  });

  it('an ordinal indicator without a declared order is not computable', () => {
    const result = computeCapaian({
      ...base,
      valueKind: 'ordinal',
      target: p('Utama', 'ordinal'),
      realisasi: p('Madya', 'ordinal'),
    });
    expect(result).toMatchObject({ kind: 'tidak-dapat-dihitung', reason: 'urutan-tidak-dinyatakan' });
  });

  it('numbers for an ordinal indicator are a kind mismatch', () => {
    const result = computeCapaian({
      ...base,
      valueKind: 'ordinal',
      order: KLA as OrdinalScale,
      target: p('90'),
      realisasi: p('95'),
    });
    expect(result).toMatchObject({ reason: 'jenis-tidak-cocok' });
  });
});

describe('not computable, with a reason and a message in both languages', () => {
  it.each([
    ['target 0', '0', '5', 'target-nol'],
    ['a negative target', '-5', '5', 'target-negatif'],
    ['Probolinggo LKjIP 2024 Tabel 3.1.2.A: realisasi N/A', '90%', 'N/A', 'nilai-hilang'],
    ['realisasi "-"', '90%', '-', 'nilai-hilang'],
    ['target "Belum ada penilaian"', 'Belum ada penilaian', '5', 'nilai-hilang'],
  ])('%s', (_name, target, realisasi, reason) => {
    const result = capaian(target, realisasi, { valueKind: 'angka' });
    expect(result).toMatchObject({ kind: 'tidak-dapat-dihitung', reason });
    if (result.kind !== 'tidak-dapat-dihitung') return;
    expect(result.message.id.length).toBeGreaterThan(10);
    expect(result.message.en.length).toBeGreaterThan(10);
  });

  it('empty target and realisation cells', () => {
    expect(capaian(undefined, '5')).toMatchObject({ reason: 'target-tidak-tercetak' });
    expect(capaian('5', undefined)).toMatchObject({ reason: 'realisasi-tidak-tercetak' });
  });

  it('an unreadable printed figure', () => {
    const result = computeCapaian({ ...base, target: p('90%', 'persen'), realisasi: unreadable('.722.543.361,00') });
    expect(result).toMatchObject({ reason: 'tidak-terbaca' });
  });

  it('Lumajang TW I 2024 Tabel 3.1: IDG 59,75 → "59,61 (data BPS tahun 2022)" in 2024 is data from another year', () => {
    const result = capaian('59,75', '59,61 (data BPS tahun 2022)', { valueKind: 'angka', year: 2024 });
    expect(result).toMatchObject({ kind: 'tidak-dapat-dihitung', reason: 'tahun-data-berbeda' });
    if (result.kind === 'tidak-dapat-dihitung') expect(result.message.id).toContain('2022');
  });

  it('a value annotated with its own year is compared', () => {
    expect(percent2(capaian('59,75', '59,61 (data BPS tahun 2024)', { valueKind: 'angka', year: 2024 }))).toBe('99.77');
  });

  it('Probolinggo Renja 2021 Bab II: "50 Orang" against "50 Orang" is compared; different unit words are not', () => {
    expect(percent2(capaian('50 Orang', '50 Orang', { valueKind: 'angka' }))).toBe('100.00');
    expect(capaian('50 Orang', '3 Kegiatan', { valueKind: 'angka' })).toMatchObject({ reason: 'satuan-berbeda' });
    expect(percent2(capaian('50 Orang', '25', { valueKind: 'angka' }))).toBe('50.00');
  });

  it('a kind mismatch: a ratio for a percentage indicator', () => {
    const result = computeCapaian({ ...base, target: p('1 : 27.500', 'rasio'), realisasi: p('90') });
    expect(result).toMatchObject({ reason: 'jenis-tidak-cocok' });
  });
});

describe('real zeros stay zeros', () => {
  it('Lumajang TW I 2024 Tabel 3.1: Persentase keluarga … peningkatan kapasitas 0,008% → 0% = 0%', () => {
    const result = capaian('0,008%', '0%');
    expect(result.kind).toBe('persen');
    expect(percent2(result)).toBe('0.00');
  });
});
