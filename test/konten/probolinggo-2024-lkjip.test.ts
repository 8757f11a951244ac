/**
 * LKjIP 2024 Dinsos P3A Kota Probolinggo (seed 000_be16c21624126abf.txt): the transcription checked against the
 * document, cell by cell where it matters, and row counts per printed table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, fromTable, readCsv } from './csv.ts';

const DIR = 'dinsos-p3a-kota-probolinggo/2024-lkjip';
const SEED = readFileSync(join(CONTENT, 'dokumen', '000_be16c21624126abf.txt'), 'utf8').split('\n');
const line = (n: string | undefined): string => (SEED[Number(n) - 1] ?? '').replace(/<[^>]+>/g, '');

const anggaran = readCsv(DIR, 'anggaran.csv');
const nilai = readCsv(DIR, 'nilai.csv');
const indikator = readCsv(DIR, 'indikator.csv');
const pohon = readCsv(DIR, 'pohon-kinerja.csv');
const efisiensi = readCsv(DIR, 'efisiensi.csv');
const pembanding = readCsv(DIR, 'pembanding.csv');
const ringkasan = readCsv(DIR, 'ringkasan.csv');
const narasi = readCsv(DIR, 'narasi.csv');

const byId = (id: string): Record<string, string> => {
  const row = anggaran.find((r) => r.id === id);
  if (!row) throw new Error(`no budget line ${id}`);
  return row;
};
const value = (ind: string, tabel: string, tahun = '2024'): Record<string, string> => {
  const rows = nilai.filter((r) => r.indikator === ind && r.sumber_tabel === tabel && r.tahun === tahun);
  expect(rows).toHaveLength(1);
  return rows[0] as Record<string, string>;
};
const levels = (rows: Record<string, string>[]): Record<string, number> =>
  rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.tingkat ?? '']: (acc[r.tingkat ?? ''] ?? 0) + 1 }), {});

describe('Tabel 2.2 / Tabel 3.2: Program dan Kegiatan, realisasi anggaran (P-APBD)', () => {
  it('Tabel 2.2: total P-APBD, realisasi and % as printed (line 343)', () => {
    const total = byId('R22');
    expect(total).toMatchObject({
      tingkat: 'urusan',
      pagu: '16.757.878.363',
      realisasi: '15.509.525.884',
      persen_tercetak: '92,55%',
      sumber_baris: '343',
    });
  });
  it('Tabel 3.2: total P-APBD, realisasi and % as printed (line 902)', () => {
    expect(byId('R32')).toMatchObject({
      pagu: '16.757.878.363',
      realisasi: '15.509.525.884',
      persen_tercetak: '92,55%',
      sumber_baris: '902',
    });
  });
  it('Tabel 2.2 and Tabel 3.2: 1 urusan row, 12 programmes, 25 kegiatan, 65 sub kegiatan each', () => {
    for (const t of ['Tabel 2.2', 'Tabel 3.2']) {
      const rows = fromTable(anggaran, t);
      expect(rows).toHaveLength(103);
      expect(levels(rows)).toEqual({ urusan: 1, program: 12, kegiatan: 25, subkegiatan: 65 });
    }
  });
  it('Tabel 2.2: sample lines as printed', () => {
    expect(byId('R22.P01')).toMatchObject({
      nama: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
      pagu: '5.891.809.129',
      realisasi: '5.739.254.151',
      persen_tercetak: '97,41%',
    });
    // kegiatan printed without bold (line 345)
    expect(byId('R22.P01.K01')).toMatchObject({ tingkat: 'kegiatan', pagu: '36.170.000', sumber_baris: '345' });
    expect(byId('R22.P03.K01.S02')).toMatchObject({
      nama: 'Penyediaan Alat Bantu',
      pagu: '37.325.000',
      realisasi: '27.710.000',
      persen_tercetak: '74,24%',
      sumber_baris: '386',
    });
    expect(byId('R22.P03.K02.S06')).toMatchObject({ nama: 'Pemberian Layanan Rujukan', persen_tercetak: '59,31%' });
    expect(byId('R22.P04.K01.S02')).toMatchObject({
      pagu: '6.942.355.400',
      realisasi: '6.036.284.475',
      persen_tercetak: '86,95%',
    });
    // a kegiatan and its sub kegiatan share the same name (lines 407, 409)
    expect(byId('R22.P06.K01').nama).toBe(byId('R22.P06.K01.S02').nama);
    expect(byId('R22.P11')).toMatchObject({ pagu: '244.084.000', persen_tercetak: '84,80%' });
    expect(byId('R22.P12').nama).toBe(
      'PROGRAM PEMERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT',
    );
  });
  it('Tabel 3.2: rows split over a page break are joined; typos kept', () => {
    expect(byId('R32.P10.K02.S02')).toMatchObject({
      nama: 'Pengembangan Komunikasi, Informasi dan Edukasi Pemenuhan Hak Anak bagi Lembaga Penyedia Layanan Peningkatan Kualitas Hidup Anak Tingkat Daerah Kabupaten/Kota',
      pagu: '352.000.000',
      sumber_baris: '997',
    });
    expect(byId('R32.P12.K01.S01').sumber_baris).toBe('1010');
    expect(byId('R32.P12.K01.S01').nama).toMatch(/Lembaga Adat Desa\/Kelurahan dan Masyarakat Hukum Adat$/);
    expect(byId('R32.P02').nama).toBe('PROGRAM PEMERDAYAAN SOSIAL');
    expect(byId('R32.P07.K01')).toMatchObject({ tingkat: 'kegiatan', pagu: '41.800.000', sumber_baris: '973' });
  });
});

describe('Tabel 2.3 / Tabel 2.4: Perjanjian Kinerja programme budgets', () => {
  it('Tabel 2.3: 12 programmes + Jumlah, total as printed', () => {
    expect(fromTable(anggaran, 'Tabel 2.3')).toHaveLength(13);
    expect(byId('PK')).toMatchObject({
      tingkat: 'total',
      pagu: 'Rp. 18.292.244.804,-',
      peran: 'pk',
      sumber_baris: '521',
    });
    expect(byId('PK.P01')).toMatchObject({ pagu: '6.094.889.270,-', sumber_dana: 'DAU' });
    expect(byId('PK.P04')).toMatchObject({ pagu: '8.373.333.600,-', sumber_dana: 'DAU/DBHCHT' });
    expect(byId('PK.P12')).toMatchObject({ pagu: '974.950.000,-', sumber_baris: '520' });
  });
  it('Tabel 2.3: Program Pemenuhan Hak Anak printed "483.949.00," (line 517) is acknowledged as cacat cetak', () => {
    expect(byId('PK.P10')).toMatchObject({ pagu: '483.949.00,', cacat_cetak: 'pagu', sumber_baris: '517' });
  });
  it('Tabel 2.4: 12 programmes + Jumlah, total as printed', () => {
    expect(fromTable(anggaran, 'Tabel 2.4')).toHaveLength(13);
    expect(byId('PKP')).toMatchObject({ pagu: 'Rp. 16.757.878.363,-', peran: 'pk-perubahan' });
    expect(byId('PKP.P01')).toMatchObject({
      nama: 'Program Penunjang Urusan pemerintahan Daerah Kabupaten/Kota.',
      pagu: '5.891.809.129,-',
      sumber_baris: '588',
    });
    expect(byId('PKP.P04')).toMatchObject({
      pagu: '7.341.173.300,-',
      sumber_dana: 'DAU/DBHCHT/ DIF',
      sumber_baris: '591',
    });
    expect(byId('PKP.P10')).toMatchObject({ pagu: '483.949.000,', cacat_cetak: 'pagu' });
    expect(byId('PKP.P12')).toMatchObject({ pagu: '768.600.000,-', sumber_baris: '600' });
  });
  it('Tabel 2.3 / 2.4: indicator targets as printed', () => {
    expect(value('S1.I1', 'Tabel 2.3')).toMatchObject({ peran: 'pk', target: '89 %' });
    expect(value('S2.I1', 'Tabel 2.4')).toMatchObject({ peran: 'pk-perubahan', target: 'Utama' });
    expect(value('S3.I1', 'Tabel 2.3').target).toBe('100%');
    expect(value('S3.I2', 'Tabel 2.3').target).toBe('');
    expect(value('S4.I1', 'Tabel 2.4').target).toBe('100%');
    expect(fromTable(nilai, 'Tabel 2.3')).toHaveLength(5);
    expect(fromTable(nilai, 'Tabel 2.4')).toHaveLength(5);
  });
});

describe('Bab III: Tabel 3.1.1–3.1.3 A–I', () => {
  it('Tabel 3.1.1.A: target 90%, realisasi 97,64%, capaian 108,49%', () => {
    expect(value('S1.I1', 'Tabel 3.1.1.A')).toMatchObject({
      target: '90%',
      realisasi: '97,64%',
      capaian_tercetak: '108,49%',
    });
  });
  it('Tabel 3.1.1.B: realisasi 2023 91,18%', () => {
    expect(value('S1.I1', 'Tabel 3.1.1.B', '2023').realisasi).toBe('91,18%');
    expect(fromTable(nilai, 'Tabel 3.1.1.B')).toHaveLength(2);
  });
  it('Tabel 3.1.2.B: realisasi 2023 Madya, 2024 "-"', () => {
    expect(value('S2.I1', 'Tabel 3.1.2.B', '2023').realisasi).toBe('Madya');
    expect(value('S2.I1', 'Tabel 3.1.2.B', '2024')).toMatchObject({ target: 'Utama', realisasi: '-' });
  });
  it('Tabel 3.1.2.C: Renstra end target Mentor, realisasi printed Madya', () => {
    expect(value('S2.I1', 'Tabel 3.1.2.C')).toMatchObject({
      peran: 'renstra-akhir',
      target: 'Mentor',
      realisasi: 'Madya',
      capaian_tercetak: '-',
    });
  });
  it('Tabel 3.1.3.A: two indicators; KLA N/A', () => {
    expect(fromTable(nilai, 'Tabel 3.1.3.A')).toHaveLength(2);
    expect(value('S3.I2', 'Tabel 3.1.3.A')).toMatchObject({
      target: 'Utama',
      realisasi: 'N/A',
      capaian_tercetak: 'N/A',
    });
  });
  it('Tabel 3.1.3.B: four values (2 indicators × 2023, 2024)', () => {
    expect(fromTable(nilai, 'Tabel 3.1.3.B')).toHaveLength(4);
    expect(value('S3.I2', 'Tabel 3.1.3.B', '2023').realisasi).toBe('Utama');
  });
  it('Tabel 3.1.3.F: realisasi printed 100,0%', () => {
    expect(value('S3.I1', 'Tabel 3.1.3.F')).toMatchObject({
      target: '100%',
      realisasi: '100,0%',
      capaian_tercetak: '100%',
    });
  });
  it('Tabel 3.1.3.H: KLA realisasi printed Utama (contradicts 3.1.3.A)', () => {
    expect(value('S3.I2', 'Tabel 3.1.3.H').realisasi).toBe('Utama');
  });
  it('Tabel 3.1.x.D: national benchmark printed "-" for all four indicators', () => {
    expect(pembanding).toHaveLength(4);
    expect(pembanding.every((r) => r.nilai === '-')).toBe(true);
    expect(pembanding.find((r) => r.indikator === 'S3.I2')?.catatan).toContain('Belum Ada Penilaian Kota Layak Anak');
  });
  it('Tabel 3.1.1.F / 3.1.1.G: budget and efficiency as printed', () => {
    expect(fromTable(efisiensi, 'Tabel 3.1.1.F')[0]).toMatchObject({
      capaian_tercetak: '108,49%',
      pagu: '9.756.211.234',
      realisasi: '8.733.211.405',
      serapan_tercetak: '89,51%',
    });
    expect(fromTable(efisiensi, 'Tabel 3.1.1.G')[0]).toMatchObject({
      capaian_tercetak: '97,64%',
      serapan_tercetak: '89,51',
      efisiensi_tercetak: '91,67%',
    });
  });
  it('Tabel 3.1.G (sasaran 3, numbered as printed): two rows, KLA capaian "Utama" acknowledged', () => {
    const rows = fromTable(efisiensi, 'Tabel 3.1.G');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      capaian_tercetak: 'Utama',
      serapan_tercetak: '98%',
      efisiensi_tercetak: '98%',
      cacat_cetak: 'capaian_tercetak',
    });
    expect(fromTable(efisiensi, 'Tabel 3.1.3.F')).toHaveLength(2);
  });
  it('row counts of the Bab III value tables', () => {
    const counts: Record<string, number> = {
      'Tabel 3.1.1.A': 1,
      'Tabel 3.1.1.C': 1,
      'Tabel 3.1.1.D': 1,
      'Tabel 3.1.1.F': 1,
      'Tabel 3.1.1.H': 1,
      'Tabel 3.1.1.I': 1,
      'Tabel 3.1.2.A': 1,
      'Tabel 3.1.2.B': 2,
      'Tabel 3.1.2.C': 1,
      'Tabel 3.1.2.D': 1,
      'Tabel 3.1.2.F': 1,
      'Tabel 3.1.2.H': 1,
      'Tabel 3.1.2.I': 1,
      'Tabel 3.1.3.C': 2,
      'Tabel 3.1.3.D': 2,
      'Tabel 3.1.3.F': 2,
      'Tabel 3.1.3.H': 2,
      'Tabel 3.1.3.I': 2,
    };
    for (const [t, n] of Object.entries(counts)) expect(fromTable(nilai, t), t).toHaveLength(n);
    expect(nilai).toHaveLength(42);
  });
  it('Tabel 3.1.1.H / 3.1.2.H: causes as printed', () => {
    expect(fromTable(narasi, 'Tabel 3.1.2.H')[0]).toMatchObject({
      lingkup: 'S2.I1',
      jenis: 'penyebab',
      teks: 'Belum Ada Penilaian',
    });
    expect(fromTable(narasi, 'Tabel 3.1.1.H')[0]?.teks).toBe('-');
  });
});

describe('Tree, indicators, aggregates, extra tables', () => {
  it('PK / Bab II: 1 tujuan, 4 sasaran, 12 programmes, 25 kegiatan', () => {
    expect(levels(pohon)).toEqual({ tujuan: 1, sasaran: 4, program: 12, kegiatan: 25 });
    expect(indikator).toHaveLength(7);
    expect(indikator.filter((r) => r.iku === 'ya').map((r) => r.kode)).toEqual(['S1.I1', 'S2.I1', 'S3.I1', 'S3.I2']);
    expect(indikator.find((r) => r.kode === 'S3.I2')).toMatchObject({ jenis_nilai: 'ordinal', urutan: 'kla' });
  });
  it('Ikhtisar Eksekutif / Bab III 3.2: printed totals and average', () => {
    expect(fromTable(ringkasan, 'Ikhtisar Eksekutif').map((r) => r.nilai)).toEqual([
      'Rp 16.757.878.363,-',
      'Rp 15.509.525.884,-',
    ]);
    expect(ringkasan.find((r) => r.jenis === 'rata-rata-serapan')?.nilai).toBe('92,55 %');
    expect(ringkasan.find((r) => r.sumber_tabel === 'Bab IV 4.1 Kesimpulan')?.nilai).toBe('100 %');
  });
  it('Bab I 1.1.3: staffing as printed, including "12 (delapan belas)"', () => {
    const pegawai = readCsv(DIR, 'tabel/pegawai.csv');
    expect(pegawai).toHaveLength(9);
    expect(pegawai[0]?.jumlah).toBe('8 (Lima)');
    expect(pegawai[7]?.jumlah).toBe('12 (delapan belas)');
  });
  it('Tabel 3.1.x.E: allocation per sasaran as printed', () => {
    const alokasi = readCsv(DIR, 'tabel/alokasi-per-sasaran.csv');
    expect(alokasi.map((r) => r.persentase_terhadap_anggaran_perangkat_daerah)).toEqual([
      '58,22%',
      '0,94%',
      '2,80%',
      '2,89%',
    ]);
  });
});

describe('every row points at a seed line that prints its figures', () => {
  it('anggaran.csv: pagu and realisasi appear on the cited line', () => {
    for (const r of anggaran) {
      const text = line(r.sumber_baris);
      expect(text, `${r.id} line ${r.sumber_baris}`).toContain(r.pagu);
      if (r.realisasi) expect(text, r.id).toContain(r.realisasi);
      if (r.persen_tercetak) expect(text, r.id).toContain(r.persen_tercetak);
    }
  });
  it('nilai.csv / efisiensi.csv / pembanding.csv: figures appear on the cited line', () => {
    for (const r of [...nilai, ...efisiensi]) {
      const text = line(r.sumber_baris);
      for (const c of ['target', 'realisasi', 'capaian_tercetak', 'pagu', 'serapan_tercetak', 'efisiensi_tercetak']) {
        if (r[c]) expect(text, `${r.sumber_tabel} line ${r.sumber_baris} ${c}`).toContain(r[c]);
      }
    }
    for (const r of pembanding) expect(line(r.sumber_baris)).toContain(r.nilai);
  });
});
