import { describe, expect, it } from 'vitest';
import type { Nomenclature } from '../../../src/lib/model.ts';
import {
  CANDIDATE_THRESHOLD,
  compactName,
  indexNomenclature,
  LINK_THRESHOLD,
  linkSubject,
  similarity,
} from '../../../src/lib/nomenklatur/cocok.ts';

const nomenclature: Nomenclature = {
  legalBasis: ['Kepmendagri 050-5889/2021'],
  notes: [],
  sources: { s: { jenis: 'ingatan', judul: 'test' } },
  entries: [
    { kode: '1.06.04', level: 'program', nama: 'PROGRAM REHABILITASI SOSIAL', sumber: 's' },
    { kode: '1.06.06', level: 'program', nama: 'PROGRAM PENANGANAN BENCANA', sumber: 's' },
    { kode: '1.06.07', level: 'program', nama: 'PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN', sumber: 's' },
    { kode: '2.08.06', level: 'program', nama: 'PROGRAM PEMENUHAN HAK ANAK (PHA)', sumber: 's' },
    {
      kode: 'X.XX.01',
      level: 'program',
      nama: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
      sumber: 's',
    },
    { kode: '1.06.04.2.01', level: 'kegiatan', nama: 'Rehabilitasi Sosial Dasar di Luar Panti Sosial', sumber: 's' },
    { kode: '1.06.04.2.01.0004', level: 'subkegiatan', nama: 'Penyediaan Sandang', sumber: 's' },
    { kode: '1.06.06.2.01', level: 'kegiatan', nama: 'Perlindungan Sosial Korban Bencana', sumber: 's' },
    { kode: '1.06.06.2.01.0002', level: 'subkegiatan', nama: 'Penyediaan Sandang', sumber: 's' },
    { kode: '2.08.06.2.01', level: 'kegiatan', nama: 'Pelembagaan PHA pada Lembaga Pemerintah', sumber: 's' },
    { kode: '2.08.07', level: 'program', nama: 'PROGRAM PERLINDUNGAN KHUSUS ANAK', sumber: 's' },
    { kode: '2.08.07.2.01', level: 'kegiatan', nama: 'Pencegahan Kekerasan terhadap Anak', sumber: 's' },
  ],
  crosswalk: [
    { namaLama: 'Program Peningkatan Disiplin Aparatur', kode: 'X.XX.01', confidence: 'tinggi', reason: 'r' },
    { namaLama: 'Program Peningkatan Keberdayaan Masyarakat', confidence: 'rendah', reason: 'r' },
    {
      namaLama: 'Program Pengembangan Kapasitas dalam rangka Pengentasan Kemiskinan',
      kode: '1.06.04',
      confidence: 'rendah',
      reason: 'r',
    },
  ],
};
const index = indexNomenclature(nomenclature);

describe('name comparison', () => {
  it('ignores case, accents, punctuation, spacing, funding tags and bracketed acronyms', () => {
    expect(compactName('PROGRAMPENINGKATA NDISIPLIN APARATUR')).toBe(
      compactName('Program Peningkatan Disiplin Aparatur'),
    );
    expect(compactName('Penyediaan Permakanan (DBH-CHT)')).toBe(compactName('Penyediaan Permakanan'));
    expect(compactName('PROGRAM PEMENUHAN HAK ANAK')).toBe(compactName('Program Pemenuhan Hak Anak (PHA)'));
    expect(compactName('Advokasi PUG kewenangan Kab/Kota')).toBe(compactName('Advokasi PUG Kewenangan Kabupaten/Kota'));
  });

  it('scores typos close to 1 and different names far below the thresholds', () => {
    expect(similarity('PROGRAM PEMERDAYAAN SOSIAL', 'PROGRAM PEMBERDAYAAN SOSIAL')).toBeGreaterThanOrEqual(
      LINK_THRESHOLD,
    );
    expect(similarity('Program Rehabilitasi Sosial', 'Program Penanganan Bencana')).toBeLessThan(CANDIDATE_THRESHOLD);
    expect(similarity('', 'x')).toBe(0);
  });
});

describe('linking one line', () => {
  it('links an exact name', () => {
    expect(linkSubject(index, { level: 'program', nama: 'PROGRAM REHABILITASI SOSIAL' })).toEqual({
      link: { code: '1.06.04', method: 'nama-sama', score: 1 },
    });
  });

  it('links an extraction-garbled name as similar, to be reviewed', () => {
    const out = linkSubject(index, { level: 'program', nama: 'PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWANN' });
    expect(out.link?.method).toBe('nama-mirip');
    expect(out.link?.code).toBe('1.06.07');
  });

  it('does not link a name below the threshold, but names the candidate', () => {
    const out = linkSubject(index, { level: 'program', nama: 'Program Pengelolaan Teras Makam Pahlawan' });
    expect(out.link).toBeUndefined();
    expect(out.problem).toBe('kandidat');
    expect(out.candidate?.code).toBe('1.06.07');
  });

  it('compares a child only with the children of its linked parent', () => {
    const rehab = linkSubject(index, {
      level: 'subkegiatan',
      nama: 'Penyediaan Sandang',
      parentLink: { code: '1.06.04.2.01', method: 'nama-sama', score: 1 },
    });
    expect(rehab.link?.code).toBe('1.06.04.2.01.0004');
    const disaster = linkSubject(index, {
      level: 'subkegiatan',
      nama: 'Penyediaan Sandang',
      parentLink: { code: '1.06.06.2.01', method: 'nama-sama', score: 1 },
    });
    expect(disaster.link?.code).toBe('1.06.06.2.01.0002');
    const none = linkSubject(index, {
      level: 'subkegiatan',
      nama: 'Penyediaan Sandang',
      parentLink: { code: '2.08.07.2.01', method: 'nama-sama', score: 1 },
    });
    expect(none.link).toBeUndefined();
  });

  it('maps an older programme through the crosswalk, and never links a low-confidence mapping', () => {
    const old = linkSubject(index, { level: 'program', nama: 'PROGRAMPENINGKATA NDISIPLIN APARATUR' });
    expect(old.link).toEqual({ code: 'X.XX.01', method: 'padanan', score: 1, confidence: 'tinggi' });
    const weak = linkSubject(index, {
      level: 'program',
      nama: 'Program Pengembangan Kapasitas dalam rangka Pengentasan Kemiskinan',
    });
    expect(weak.link).toBeUndefined();
    expect(weak).toMatchObject({ problem: 'padanan-lemah', candidate: { code: '1.06.04' } });
    expect(linkSubject(index, { level: 'program', nama: 'Program Peningkatan Keberdayaan Masyarakat' })).toEqual({
      problem: 'padanan-lemah',
    });
  });

  it('keeps a printed code, reading two-digit sub kegiatan numbers', () => {
    const out = linkSubject(index, {
      level: 'subkegiatan',
      nama: 'Penyediaan Sandang',
      printedCode: '1.06.04.2.01.04',
    });
    expect(out.link).toMatchObject({ code: '1.06.04.2.01.0004', method: 'kode-tercetak', score: 1 });
    expect(out.link?.changes).toHaveLength(1);
    expect(out.problem).toBeUndefined();
  });

  it('takes a printed code whose official name has nothing to do with the printed name as a misprint', () => {
    const out = linkSubject(index, {
      level: 'kegiatan',
      nama: 'Pelembagaan PHA pada Lembaga Pemerintah',
      printedCode: '2.08.07.2.01',
    });
    expect(out.link?.code).toBe('2.08.06.2.01');
    expect(out.problem).toBe('kode-nama-beda');
    expect(out.candidate?.code).toBe('2.08.07.2.01');
  });

  it('reports a printed code that is not a nomenclature code, linking by name where it can', () => {
    const out = linkSubject(index, {
      level: 'program',
      nama: 'Program Peningkatan Disiplin Aparatur',
      printedCode: '110600.1106 01.01',
    });
    expect(out.problem).toBe('kode-tidak-dikenal');
    expect(out.link?.code).toBe('X.XX.01');
  });
});
