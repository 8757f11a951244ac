import { describe, expect, it } from 'vitest';
import type { Period } from '../../../src/lib/model.ts';
import { titleCase } from '../../../src/lib/tampilan/judul.ts';
import { compareWarning } from '../../../src/lib/tampilan/banding.ts';

describe('programme names in title case', () => {
  it('names printed in capitals read as titles, function words small, acronyms kept', () => {
    expect(titleCase('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA')).toBe(
      'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    );
    expect(titleCase('PROGRAM PEMBERDAYAAN SOSIAL DAN PENANGANAN PMKS')).toBe(
      'Program Pemberdayaan Sosial dan Penanganan PMKS',
    );
    expect(titleCase('PROGRAM PEMENUHAN HAK ANAK (PHA)')).toBe('Program Pemenuhan Hak Anak (PHA)');
    expect(titleCase('PENGELOLAAN DATA TPPO (TAHAP II)')).toBe('Pengelolaan Data TPPO (Tahap II)');
  });

  it('a name with any lower-case letter is shown as printed', () => {
    expect(titleCase('Program Pemberdayaan Sosial')).toBe('Program Pemberdayaan Sosial');
    expect(titleCase('Program KB dan keluarga')).toBe('Program KB dan keluarga');
    expect(titleCase('KB')).toBe('KB');
  });
});

describe('compare warnings', () => {
  const row = (cells: Record<string, { year: number; period: Period }>) => ({
    key: 'k',
    nama: 'n',
    href: '/x/',
    cells: Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, { ...c, text: '1', detail: '' }])),
  });
  it('warns when years or periods differ, never when they agree', () => {
    const w = compareWarning(
      row({ a: { year: 2020, period: 'tahunan' }, b: { year: 2023, period: 'tahunan' } }),
      ['a', 'b'],
      'id',
    );
    expect(w).toEqual({ years: true, periods: false, labels: ['2020', '2023'] });
    const q = compareWarning(
      row({ a: { year: 2024, period: 'tw1' }, b: { year: 2024, period: 'tahunan' } }),
      ['a', 'b'],
      'id',
    );
    expect(q?.periods).toBe(true);
    expect(q?.labels).toContain('2024 · Triwulan I (kumulatif)');
    expect(
      compareWarning(
        row({ a: { year: 2024, period: 'tahunan' }, b: { year: 2024, period: 'tahunan' } }),
        ['a', 'b'],
        'id',
      ),
    ).toBeUndefined();
    // Only the agencies shown count.
    expect(
      compareWarning(row({ a: { year: 2020, period: 'tahunan' }, b: { year: 2023, period: 'tahunan' } }), ['a'], 'id'),
    ).toBeUndefined();
  });
});
