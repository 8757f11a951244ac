/** The headline budget total (one line of one table) and lines printed again in a later table. */
import { describe, expect, it } from 'vitest';
import { headlineBudget, reprintedLines } from '../../../src/lib/skor/anggaran.ts';
import { budget } from './fixtures.ts';

describe('headlineBudget', () => {
  it('takes the first total line of the report year’s realisation table, never a sum of sibling totals', () => {
    const lines = [
      budget('PK.TOTAL', 'total', 'JUMLAH', { pagu: '30.316.880.763' }, { role: 'pk', table: 'Tabel 2.1' }),
      budget('R.BD', 'total', 'BELANJA DAERAH', { pagu: '30.316.880.763', realisasi: '1.158.498.355' }),
      budget('R.BO', 'total', 'BELANJA OPERASI', { pagu: '30.282.689.155', realisasi: '1.158.498.355' }),
      budget('R.P01', 'program', 'PROGRAM A', { pagu: '1.000', realisasi: '900' }, { parent: 'R.BO' }),
    ];
    const headline = headlineBudget(lines, 2023);
    expect(headline.lines.map((l) => l.id)).toEqual(['R.BD']);
    expect(headline.pagu?.toString()).toBe('30316880763');
    expect(headline.realisasi?.toString()).toBe('1158498355');
    expect(headline.serapan?.toFixed(2)).toBe('3.82');
  });

  it('falls back to the first urusan line; a heading without amounts makes no headline', () => {
    const urusan = [
      budget('U1', 'urusan', 'URUSAN SOSIAL', { pagu: '100', realisasi: '50' }),
      budget('U2', 'urusan', 'URUSAN LAIN', { pagu: '200', realisasi: '100' }),
    ];
    expect(headlineBudget(urusan, 2023).lines.map((l) => l.id)).toEqual(['U1']);
    const heading = [budget('U1', 'urusan', 'URUSAN SOSIAL', {})];
    expect(headlineBudget(heading, 2023)).toEqual({ lines: [] });
    expect(headlineBudget(urusan, 2024)).toEqual({ lines: [] });
  });
});

describe('reprintedLines', () => {
  it('maps a table printed again line for line to the first, even with a misspelt name', () => {
    const lines = [
      budget('A', 'urusan', 'URUSAN', { pagu: '300', realisasi: '200' }, { table: 'Tabel 2.2' }),
      budget(
        'A.P1',
        'program',
        'PROGRAM PEMBERDAYAAN SOSIAL',
        { pagu: '300', realisasi: '200' },
        { parent: 'A', table: 'Tabel 2.2' },
      ),
      budget('B', 'urusan', 'URUSAN', { pagu: '300', realisasi: '200' }, { table: 'Tabel 3.2' }),
      budget(
        'B.P1',
        'program',
        'PROGRAM PEMERDAYAAN SOSIAL',
        { pagu: '300', realisasi: '200' },
        { parent: 'B', table: 'Tabel 3.2' },
      ),
    ];
    expect([...reprintedLines(lines)]).toEqual([
      ['B', 'A'],
      ['B.P1', 'A.P1'],
    ]);
  });

  it('matches single lines by kode or name only when the printed figures are the same, within one role and year', () => {
    const lines = [
      budget('PK.P1', 'program', 'PROGRAM A', { pagu: '100' }, { role: 'pk', table: 'Tabel 2.3' }),
      budget('PK.P2', 'program', 'PROGRAM B', { pagu: '200' }, { role: 'pk', table: 'Tabel 2.3' }),
      budget('L.P1', 'program', 'Program A', { pagu: '100' }, { role: 'pk', table: 'Lampiran' }),
      budget('L.P2', 'program', 'PROGRAM B', { pagu: '250' }, { role: 'pk', table: 'Lampiran' }),
      budget('L.P3', 'program', 'PROGRAM C', { pagu: '50' }, { role: 'pk', table: 'Lampiran' }),
      budget('R.P1', 'program', 'PROGRAM A', { pagu: '100' }, { role: 'realisasi', table: 'Tabel 3.2' }),
    ];
    expect([...reprintedLines(lines)]).toEqual([['L.P1', 'PK.P1']]);
  });
});
