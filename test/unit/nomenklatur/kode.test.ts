import { describe, expect, it } from 'vitest';
import { codeSlug, levelOf, parentCode, programmeOf, readPrintedCode } from '../../../src/lib/nomenklatur/kode.ts';

describe('nomenclature codes', () => {
  it('knows the level of every canonical code', () => {
    expect(levelOf('1')).toBe('urusan');
    expect(levelOf('1.06')).toBe('bidang');
    expect(levelOf('1.06.04')).toBe('program');
    expect(levelOf('1.06.04.2.01')).toBe('kegiatan');
    expect(levelOf('1.06.04.2.01.0001')).toBe('subkegiatan');
    expect(levelOf('X.XX.01.2.06.0010')).toBe('subkegiatan');
    expect(levelOf('1.06.04.2.01.01')).toBeUndefined();
    expect(levelOf('1.06.04.3.01')).toBeUndefined();
  });

  it('finds the parent one level up, none above bidang X.XX or an urusan', () => {
    expect(parentCode('1.06.04.2.01.0001')).toBe('1.06.04.2.01');
    expect(parentCode('1.06.04.2.01')).toBe('1.06.04');
    expect(parentCode('1.06.04')).toBe('1.06');
    expect(parentCode('1.06')).toBe('1');
    expect(parentCode('1')).toBeUndefined();
    expect(parentCode('X.XX.01')).toBe('X.XX');
    expect(parentCode('X.XX')).toBeUndefined();
    expect(programmeOf('2.08.06.2.01.0002')).toBe('2.08.06');
    expect(programmeOf('2.08')).toBeUndefined();
  });

  it('reads printed variants into the canonical code and says what it changed', () => {
    expect(readPrintedCode('1.06.04.2.01')).toEqual({ code: '1.06.04.2.01', changes: [] });
    // Renja 2021 (Permendagri 90/2019 before 2020): two-digit sub kegiatan numbers.
    const two = readPrintedCode('1.06.04.2.02.08');
    expect(two?.code).toBe('1.06.04.2.02.0008');
    expect(two?.changes).toHaveLength(1);
    expect(readPrintedCode('1.06.04.02.01.0001')?.code).toBe('1.06.04.2.01.0001');
    expect(readPrintedCode(' 1.06.07.2.01.02 ')?.code).toBe('1.06.07.2.01.0002');
    // A bidang's own support programme is the shared X.XX.01.
    expect(readPrintedCode('2.08.01.2.02.0001')?.code).toBe('X.XX.01.2.02.0001');
  });

  it('refuses regional codes and other text', () => {
    expect(readPrintedCode('110600.1106 01.01')).toBeUndefined();
    expect(readPrintedCode('121.800.110.601')).toBeUndefined();
    expect(readPrintedCode('Program')).toBeUndefined();
    expect(readPrintedCode('')).toBeUndefined();
  });

  it('makes URL slugs', () => {
    expect(codeSlug('1.06.04')).toBe('1-06-04');
    expect(codeSlug('X.XX.01.2.01')).toBe('x-xx-01-2-01');
  });
});

describe('official names in title case', () => {
  it('capitalises words, keeps function words, acronyms and slashes readable', async () => {
    const { titleCase } = await import('../../../src/lib/nomenklatur/judul.ts');
    expect(titleCase('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA')).toBe(
      'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    );
    expect(titleCase('PROGRAM PEMENUHAN HAK ANAK (PHA)')).toBe('Program Pemenuhan Hak Anak (PHA)');
    expect(titleCase('PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)')).toBe('Program Pembinaan Keluarga Berencana (KB)');
    expect(titleCase('Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota')).toBe(
      'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
    );
    expect(titleCase('PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL')).toBe('Program Perlindungan dan Jaminan Sosial');
  });
});
