/**
 * LKjIP 2023 Dinsos P3AP2KB Kota Malang (seed 003_bfa17edb1ff82b6c.txt): the transcription checked against the
 * document — printed totals, a sample of cells from every table, row counts per printed table, and that every
 * figure cell is found on the line it cites.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, fromTable, readCsv } from './csv.ts';

const DIR = 'dinsos-p3ap2kb-kota-malang/2023-lkjip';
const SEED = readFileSync(join(CONTENT, 'dokumen', '003_bfa17edb1ff82b6c.txt'), 'utf8').split('\n');
const line = (n: string | undefined): string =>
  (SEED[Number(n) - 1] ?? '').replace(/<[^>]+>/g, '').replace(/\*\*/g, '');

const pohon = readCsv(DIR, 'pohon-kinerja.csv');
const indikator = readCsv(DIR, 'indikator.csv');
const nilai = readCsv(DIR, 'nilai.csv');
const anggaran = readCsv(DIR, 'anggaran.csv');
const pembanding = readCsv(DIR, 'pembanding.csv');
const efisiensi = readCsv(DIR, 'efisiensi.csv');
const ringkasan = readCsv(DIR, 'ringkasan.csv');
const narasi = readCsv(DIR, 'narasi.csv');

const RA = 'Bab III.B Realisasi Anggaran Tahun 2023';
const PK = 'Lampiran 2 Perjanjian Kinerja Tahun 2023';
const PKP = 'Lampiran 2 Perubahan Perjanjian Kinerja Tahun 2023';
const LAMP1 = 'Lampiran 1 Tabel 2.1';

const budget = (id: string): Record<string, string> => {
  const row = anggaran.find((r) => r.id === id);
  if (!row) throw new Error(`no budget line ${id}`);
  return row;
};
const value = (ind: string, tabel: string, tahun = '2023', peran?: string): Record<string, string> => {
  const rows = nilai.filter(
    (r) =>
      r.indikator === ind &&
      r.sumber_tabel === tabel &&
      r.tahun === tahun &&
      (peran === undefined || r.peran === peran),
  );
  expect(rows, `${ind} ${tabel} ${tahun}`).toHaveLength(1);
  return rows[0] as Record<string, string>;
};
const levels = (rows: Record<string, string>[]): Record<string, number> =>
  rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.tingkat ?? '']: (acc[r.tingkat ?? ''] ?? 0) + 1 }), {});

describe('Bab III.B: realisasi anggaran 2023', () => {
  it('Realisasi Anggaran: total row as printed (line 1307)', () => {
    expect(budget('R.TOTAL')).toMatchObject({
      tingkat: 'total',
      nama: 'Total capaian Program',
      pagu: '68.946.994.211,00',
      realisasi: '50.567.636.778,00',
      persen_tercetak: '73,34%',
      sumber_baris: '1307',
    });
  });
  it('Realisasi Anggaran: 1 total, 14 programmes, 35 kegiatan, 91 sub kegiatan', () => {
    const rows = fromTable(anggaran, RA);
    expect(rows).toHaveLength(141);
    expect(levels(rows)).toEqual({ total: 1, program: 14, kegiatan: 35, subkegiatan: 91 });
  });
  it('Realisasi Anggaran: printed anomalies kept as printed', () => {
    // Administrasi Kepegawaian: pagu lost a digit (27.879.550 vs realisasi 192.513.750, 84,48%)
    expect(budget('R.P01.K04')).toMatchObject({
      pagu: '27.879.550,00',
      realisasi: '192.513.750',
      persen_tercetak: '84,48%',
      sumber_baris: '1123',
    });
    expect(budget('R.P01.K05.S06')).toMatchObject({
      pagu: '.722.543.361,00',
      realisasi: '1.397.387.754',
      cacat_cetak: 'pagu',
      sumber_baris: '1131',
    });
    expect(budget('R.P01.K05.S03')).toMatchObject({ realisasi: '131.745.025', persen_tercetak: '95,96%' });
  });
  it('Realisasi Anggaran: the only printed code (line 1158) and sample lines', () => {
    expect(budget('R.P03.K01.S01')).toMatchObject({
      kode: '1.06.07.2.01.02',
      nama: 'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota',
      pagu: '371.772.924,00',
      realisasi: '267.589.065',
      persen_tercetak: '71,98%',
    });
    expect(budget('R.P04')).toMatchObject({
      nama: 'PROGRAM REHABILITASI SOSIAL',
      pagu: '16.940.991.800,00',
      realisasi: '8.409.609.826',
      persen_tercetak: '49,64%',
    });
    expect(budget('R.P04.K02.S05')).toMatchObject({
      nama: 'Pemberian Pelayanan Reunifikasi Keluarga',
      pagu: '5.240.000,00',
      realisasi: '-',
      persen_tercetak: '0,00%',
    });
    expect(budget('R.P09')).toMatchObject({ pagu: '-', realisasi: '-', persen_tercetak: '0,00%' });
    expect(budget('R.P13.K01.S01').nama).toBe('Advokasi Program KKBPK kepada Stakeholders dan Mitra Kerja');
    expect(budget('R.P13.K03.S02')).toMatchObject({
      nama: 'Peningkatan Kesertaan Penggunaan Metode Kontrasepsi Jangka Panjang (MKJP)',
      realisasi: '535.701.678,00',
    });
  });
  it('Realisasi Anggaran: printed averages per programme and overall (ringkasan)', () => {
    const avg = (lingkup: string): string[] =>
      ringkasan.filter((r) => r.lingkup === lingkup && r.jenis === 'rata-rata-serapan').map((r) => r.nilai ?? '');
    expect(avg('R.P01')).toEqual(['89,55%', '80,57%']);
    expect(avg('R.P04')).toEqual(['57,88%', '53,18%']);
    expect(avg('R.P14')).toEqual(['89,47%', '89,93%']);
    expect(avg('laporan')).toEqual(['78,38%', '77,00%']);
    expect(fromTable(ringkasan, RA).filter((r) => r.jenis === 'rata-rata-serapan')).toHaveLength(30);
  });
});

describe('Perjanjian Kinerja 2023 (Tabel 2.4.x, Lampiran 2)', () => {
  it('Tabel 2.4.1–2.4.3: 13 programme budgets (equal to the revised PK)', () => {
    expect(fromTable(anggaran, 'Tabel 2.4.1')).toHaveLength(5);
    expect(fromTable(anggaran, 'Tabel 2.4.2')).toHaveLength(4);
    expect(fromTable(anggaran, 'Tabel 2.4.3')).toHaveLength(4);
    expect(budget('PK24.P13')).toMatchObject({
      nama: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      pagu: '15.439.173.008,00',
      peran: 'pk-perubahan',
    });
    expect(budget('PK24.P05')).toMatchObject({ pagu: '17.094.802.300,00', sumber_baris: '481' });
  });
  it('Tabel 2.4.x: 7 sasaran indicator targets', () => {
    const rows = nilai.filter((r) => r.sumber_tabel?.startsWith('Tabel 2.4.'));
    expect(rows).toHaveLength(7);
    expect(value('S2.I2', 'Tabel 2.4.2').target).toBe('1 : 27500');
    expect(value('S1.I3', 'Tabel 2.4.1').target).toBe('66,61');
  });
  it('Lampiran 2 PK (2 Januari 2023): total and figures printed without decimal comma', () => {
    const rows = fromTable(anggaran, PK);
    expect(rows).toHaveLength(15);
    expect(budget('PK.TOTAL')).toMatchObject({ pagu: '67.747.994.211.00', cacat_cetak: 'pagu' });
    expect(budget('PK.P04')).toMatchObject({
      nama: 'Program Partisipasi dan Jaminan Sosial',
      pagu: '16.000.188.888.00',
    });
    expect(value('S1.I2', PK).target).toBe('70,94%');
  });
  it('Lampiran 2 Perubahan PK (29 September 2023): total as printed, KS programme 7.953 (≠ 7.963)', () => {
    expect(fromTable(anggaran, PKP)).toHaveLength(14);
    expect(budget('PKP.TOTAL')).toMatchObject({ nama: 'JUMLAH', pagu: 'Rp 68.946.994.211,00' });
    expect(budget('PKP.P13')).toMatchObject({ pagu: 'Rp 7.953.133.537,00', sumber_baris: '1631' });
    expect(value('S1.I2', PKP).target).toBe('79,94%');
    expect(nilai.filter((r) => r.sumber_tabel === PK || r.sumber_tabel === PKP)).toHaveLength(14);
  });
});

describe('Bab II: Renstra and IKU targets', () => {
  it('Tabel 2.1: 10 indicators × (kondisi awal + 5 targets)', () => {
    expect(fromTable(nilai, 'Tabel 2.1')).toHaveLength(60);
    expect(value('T1.I1', 'Tabel 2.1', '2018').realisasi).toBe('2,23%');
    expect(value('S2.I2', 'Tabel 2.1', '2021').target).toBe('1:27000');
    expect(value('S1.I3', 'Tabel 2.1', '2023').target).toBe('66,61 %');
  });
  it('Tabel 2.3: 10 IKU × 5 years, mixed decimal marks', () => {
    expect(fromTable(nilai, 'Tabel 2.3')).toHaveLength(50);
    expect(value('S1.I1', 'Tabel 2.3', '2019')).toMatchObject({ target: '16.10%', format_angka: 'en' });
    expect(value('T2.I1', 'Tabel 2.3', '2019').target).toBe('96,76');
  });
  it('Lampiran 1 Tabel 2.1: 24 rows, LPP row shifted (no 2023 target printed)', () => {
    expect(fromTable(nilai, LAMP1)).toHaveLength(23 * 6 + 5);
    expect(value('T3.I1', LAMP1, '2022').target).toBe('0.64');
    expect(nilai.filter((r) => r.indikator === 'T3.I1' && r.sumber_tabel === LAMP1 && r.tahun === '2023')).toHaveLength(
      0,
    );
    expect(value('S3.I1', LAMP1, '2019').target).toBe('1.85');
    expect(value('S2.P2.I1', LAMP1, '2019').target).toBe('-');
  });
});

describe('Bab III.A: capaian kinerja', () => {
  it('Tabel 3.1: 10 IKU, targets/realisations/capaian as printed', () => {
    expect(fromTable(nilai, 'Tabel 3.1')).toHaveLength(10);
    expect(value('T3.I1', 'Tabel 3.1')).toMatchObject({
      target: '0.63',
      realisasi: '0.12',
      capaian_tercetak: '19.05%',
      format_angka: 'en',
    });
    expect(value('S2.I2', 'Tabel 3.1')).toMatchObject({
      target: '1 :27500',
      realisasi: '1 : 36317',
      capaian_tercetak: '132,06%',
    });
    expect(value('T1.I1', 'Tabel 3.1')).toMatchObject({
      target: '5%',
      realisasi: '13,75%',
      capaian_tercetak: '274,98%',
    });
    expect(value('T2.I1', 'Tabel 3.1')).toMatchObject({
      capaian_tercetak: '99.52%',
      format_angka: 'capaian_tercetak:en',
    });
  });
  it('Tabel 3.1: printed average 106,22%', () => {
    expect(ringkasan.find((r) => r.sumber_tabel === 'Tabel 3.1')).toMatchObject({
      lingkup: 'laporan',
      jenis: 'rata-rata-capaian',
      nilai: '106,22%',
      sumber_baris: '590',
    });
  });
  it('Tabel 3.2: 10 indicators × 2018–2023', () => {
    expect(fromTable(nilai, 'Tabel 3.2')).toHaveLength(60);
    expect(value('S2.I2', 'Tabel 3.2', '2019')).toMatchObject({ realisasi: '1 : 25675', capaian_tercetak: '809,7' });
    expect(value('T3.I1', 'Tabel 3.2', '2022')).toMatchObject({
      realisasi: '0.133',
      capaian_tercetak: '20.78',
      format_angka: 'en',
    });
    expect(value('T1.I1', 'Tabel 3.2', '2018').realisasi).toBe('- 22.23');
    expect(value('T1.I1', 'Tabel 3.2', '2021')).toMatchObject({ realisasi: '-0.42', capaian_tercetak: '-8.40' });
  });
  it('Tabel 3.3: target jangka menengah + realisasi 2019–2023', () => {
    expect(fromTable(nilai, 'Tabel 3.3')).toHaveLength(60);
    expect(value('S4.I1', 'Tabel 3.3', '2023', 'renstra-akhir').target).toBe('80,8');
    expect(value('S3.I1', 'Tabel 3.3', '2019').realisasi).toBe('1,72');
    expect(value('S4.I1', 'Tabel 3.3', '2021').realisasi).toBe('85,78');
  });
  it('Tabel 3.4: 5 SPM indicators with national standard', () => {
    expect(fromTable(nilai, 'Tabel 3.4')).toHaveLength(5);
    expect(fromTable(pembanding, 'Tabel 3.4')).toHaveLength(5);
  });
  it('Tabel 3.6: efficiency rows as printed', () => {
    expect(fromTable(efisiensi, 'Tabel 3.6')).toHaveLength(8);
    expect(efisiensi.find((r) => r.lingkup === 'S1.I3')).toMatchObject({
      capaian_tercetak: '142.59',
      pagu: '17,094,802,300.00',
      realisasi: '8,409,609,826.00',
      serapan_tercetak: '67.31',
      efisiensi_tercetak: '211.83',
    });
    expect(efisiensi.find((r) => r.lingkup === 'laporan')).toMatchObject({
      capaian_tercetak: '106,22',
      pagu: '68,946,994,211.00',
      efisiensi_tercetak: '123,97',
    });
    expect(fromTable(nilai, 'Tabel 3.6')).toHaveLength(7);
  });
  it('Tabel 3.7: 7 sasaran capaian + 15 programme indicators', () => {
    expect(fromTable(nilai, 'Tabel 3.7')).toHaveLength(22);
    expect(value('S2.P2.I1', 'Tabel 3.7')).toMatchObject({
      target: '0.06',
      realisasi: '1.00',
      capaian_tercetak: '1673%',
    });
    expect(value('S2.P3.I1', 'Tabel 3.7')).toMatchObject({ realisasi: '94.', cacat_cetak: 'realisasi' });
    expect(value('S3.P3.I2', 'Tabel 3.7').capaian_tercetak).toBe('97.54');
  });
  it('Tabel 3.8: 15 programme rows and 35 kegiatan rows', () => {
    expect(fromTable(nilai, 'Tabel 3.8')).toHaveLength(50);
    expect(fromTable(pohon, 'Tabel 3.8')).toHaveLength(35);
    expect(value('S1.P5.K1.I1', 'Tabel 3.8')).toMatchObject({
      target: '10',
      realisasi: '52',
      capaian_tercetak: '520,00%',
    });
    expect(value('S3.P3.I2', 'Tabel 3.8').capaian_tercetak).toBe('97,55');
    expect(pohon.find((r) => r.kode === 'S3.P2.K2')?.nama).toBe(
      'Pendayagunaan Tenaga Penyuluh KB/Petugas Lapangan KB (PKB/PLKB)',
    );
    expect(indikator.find((r) => r.kode === 'S3.P3.K2.I1')).toMatchObject({
      satuan: 'Organisasi',
      nama: 'Jumlah Organisasi yang aktif dan ikut dalam kegiatan',
    });
  });
  it('Bab III.A.7: printed predicates', () => {
    expect(value('S2.I1', 'Bab III.A.7 Penjelasan Program/Kegiatan').predikat_tercetak).toBe('Cukup berhasil');
    expect(value('S1.I1', 'Bab III.A.7 Penjelasan Program/Kegiatan').predikat_tercetak).toBe('kurang berhasil');
  });
});

describe('Indicators and polarity', () => {
  it('10 IKU; LPP and TFR negative as the text says', () => {
    expect(indikator.filter((r) => r.iku === 'ya')).toHaveLength(10);
    expect(indikator.find((r) => r.kode === 'T3.I1')).toMatchObject({ polaritas: 'negatif', jenis_nilai: 'persen' });
    expect(indikator.find((r) => r.kode === 'S3.I1')?.polaritas).toBe('negatif');
    expect(indikator.find((r) => r.kode === 'S2.I2')?.jenis_nilai).toBe('rasio');
  });
  it('tree: 3 tujuan, 4 sasaran, 14 programmes, 35 kegiatan', () => {
    expect(levels(pohon)).toEqual({ tujuan: 3, sasaran: 4, program: 14, kegiatan: 35 });
  });
});

describe('Lampiran 3: benchmarks and measurement sheets', () => {
  it('IPG 2022: Jawa Timur and Indonesia as printed', () => {
    const ipg = pembanding.filter((r) => r.indikator === 'T2.I1');
    expect(ipg).toHaveLength(39);
    expect(ipg.find((r) => r.pembanding === 'Provinsi Jawa Timur')?.nilai).toBe('92.08');
    expect(ipg.find((r) => r.pembanding === 'Nasional')?.nilai).toBe('91.63');
  });
  it('IDG 2021–2022: 38 regions × 2 years', () => {
    const idg = pembanding.filter((r) => r.indikator === 'S2.I1');
    expect(idg).toHaveLength(76);
    expect(idg.find((r) => r.pembanding === 'Kabupaten Jombang' && r.tahun === '2022')?.nilai).toBe('72.24');
  });
  it('Ratio KDRT sheet: 1 : 36317 against 1:27500', () => {
    expect(value('S2.I2', 'Lampiran 3 Realisasi Ratio KDRT Tahun 2023')).toMatchObject({
      target: '1:27500',
      realisasi: '1 : 36317',
      capaian_tercetak: '132.06%',
    });
  });
});

describe('every figure is on the line it cites', () => {
  const norm = (s: string): string => s.replace(/\s+/g, ' ');
  it('nilai.csv (tables whose row is one printed line)', () => {
    for (const r of nilai) {
      if (r.sumber_tabel?.startsWith('Lampiran 3') || r.sumber_tabel?.startsWith('Lampiran Berita')) continue;
      const text = norm(line(r.sumber_baris));
      for (const c of ['target', 'realisasi', 'capaian_tercetak'] as const) {
        const v = r[c] ?? '';
        if (v !== '') expect(text, `${r.indikator} ${r.sumber_tabel} ${r.tahun} ${c}`).toContain(norm(v));
      }
    }
  });
  it('anggaran.csv', () => {
    for (const r of anggaran) {
      const text = line(r.sumber_baris);
      for (const c of ['pagu', 'realisasi', 'persen_tercetak'] as const) {
        const v = r[c] ?? '';
        if (v !== '') expect(text, `${r.id} ${c}`).toContain(v);
      }
    }
  });
  it('pembanding.csv, efisiensi.csv, ringkasan.csv', () => {
    for (const r of pembanding) expect(line(r.sumber_baris), `${r.indikator} ${r.pembanding}`).toContain(r.nilai);
    for (const r of efisiensi)
      for (const c of ['pagu', 'realisasi', 'efisiensi_tercetak'] as const)
        expect(line(r.sumber_baris)).toContain(r[c]);
    for (const r of ringkasan) expect(line(r.sumber_baris)).toContain(r.nilai);
  });
  it('narasi.csv starts with the text of its line', () => {
    for (const r of narasi) {
      const start = (r.teks ?? '').split('\n')[0]?.slice(0, 40) ?? '';
      expect(line(r.sumber_baris).replace(/\*/g, ''), `${r.lingkup} ${r.sumber_baris}`).toContain(
        start.replace(/\*/g, ''),
      );
    }
  });
});
