/**
 * Transcription check: Laporan Kinerja Triwulan I 2024, Dinsos P3A Kabupaten Lumajang (seed 004).
 * Every expected value below is copied from the seed text (line numbers in the test names).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, fromTable, readCsv } from './csv.ts';

const DIR = 'dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1';
const SEED = join(CONTENT, 'dokumen', '004_0064130732cdd05d.txt');

const tree = readCsv(DIR, 'pohon-kinerja.csv');
const indikator = readCsv(DIR, 'indikator.csv');
const nilai = readCsv(DIR, 'nilai.csv');
const anggaran = readCsv(DIR, 'anggaran.csv');
const pembanding = readCsv(DIR, 'pembanding.csv');
const efisiensi = readCsv(DIR, 'efisiensi.csv');
const ringkasan = readCsv(DIR, 'ringkasan.csv');
const narasi = readCsv(DIR, 'narasi.csv');

function one<T extends Record<string, string>>(rows: T[], where: Partial<T>): T {
  const hits = rows.filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
  if (hits.length !== 1) throw new Error(`expected one row for ${JSON.stringify(where)}, got ${hits.length}`);
  return hits[0]!;
}

function value(indicator: string, table: string, tahun = '2024'): Record<string, string> {
  return one(nilai, { indikator: indicator, sumber_tabel: table, tahun });
}

describe('Lumajang TW I 2024: structure', () => {
  it('Tabel 2.1 / 3.9: 3 tujuan, 4 sasaran, 13 programmes', () => {
    expect(tree.filter((r) => r.tingkat === 'tujuan')).toHaveLength(3);
    expect(tree.filter((r) => r.tingkat === 'sasaran')).toHaveLength(4);
    expect(tree.filter((r) => r.tingkat === 'program')).toHaveLength(13);
    expect(one(tree, { kode: 'P08' }).induk).toBe('S2');
    expect(one(tree, { kode: 'P13' }).induk).toBe('');
  });

  it('Tabel 3.1: the only negative indicator is the violence ratio', () => {
    expect(indikator.filter((r) => r.polaritas === 'negatif').map((r) => r.kode)).toEqual(['P02.I1']);
    expect(one(indikator, { kode: 'P02.I1' }).jenis_nilai).toBe('laju');
  });

  it('every row has a source line that exists in the seed', () => {
    const lines = readFileSync(SEED, 'utf8').split('\n').length;
    for (const rows of [tree, indikator, nilai, anggaran, pembanding, efisiensi, ringkasan, narasi]) {
      for (const r of rows) {
        const n = Number(r.sumber_baris);
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThanOrEqual(lines);
      }
    }
  });
});

describe('Lumajang TW I 2024: row counts per printed table', () => {
  it('nilai.csv', () => {
    expect(fromTable(nilai, 'Tabel 2.1 Tujuan')).toHaveLength(2);
    expect(fromTable(nilai, 'Tabel 2.1')).toHaveLength(2);
    expect(fromTable(nilai, 'Lampiran PK')).toHaveLength(2);
    expect(fromTable(nilai, 'Tabel 3.1')).toHaveLength(17);
    expect(fromTable(nilai, 'Tabel 3.3')).toHaveLength(49);
    expect(fromTable(nilai, 'Tabel 3.4')).toHaveLength(4);
    expect(fromTable(nilai, 'Tabel 3.5')).toHaveLength(4);
    expect(fromTable(nilai, 'Tabel 3.6')).toHaveLength(17);
    expect(fromTable(nilai, 'Tabel 3.7')).toHaveLength(17);
    expect(fromTable(nilai, 'Tabel 3.8')).toHaveLength(17);
    expect(nilai).toHaveLength(131);
  });

  it('anggaran.csv: Tabel 2.1 and Lampiran PK 13 programmes + JUMLAH, Tabel 3.10 2 + 13 + 76 lines', () => {
    expect(fromTable(anggaran, 'Tabel 2.1')).toHaveLength(14);
    expect(fromTable(anggaran, 'Lampiran PK')).toHaveLength(14);
    const t310 = fromTable(anggaran, 'Tabel 3.10');
    expect(t310).toHaveLength(91);
    expect(t310.filter((r) => r.tingkat === 'program')).toHaveLength(13);
    expect(t310.filter((r) => r.tingkat === 'subkegiatan')).toHaveLength(76);
  });

  it('Tabel 3.5, 3.6, 3.7, 3.8, 3.9', () => {
    expect(fromTable(pembanding, 'Tabel 3.5')).toHaveLength(12);
    expect(fromTable(narasi, 'Tabel 3.6')).toHaveLength(34);
    expect(fromTable(narasi, 'Tabel 3.7')).toHaveLength(17);
    expect(fromTable(narasi, 'Tabel 3.9')).toHaveLength(13);
    expect(fromTable(efisiensi, 'Tabel 3.8')).toHaveLength(13);
  });

  it('extra tables (Tabel 1.1, 1.2, 1.3, 3.10, 3.11, 3.12)', () => {
    const rows = (f: string): number => readCsv(DIR, `tabel/${f}.csv`).length;
    expect(rows('kepegawaian')).toBe(34);
    expect(rows('aset')).toBe(43);
    expect(rows('pemetaan-permasalahan')).toBe(9);
    expect(rows('capaian-anggaran')).toBe(91);
    expect(rows('bisma-kuat')).toBe(7);
    expect(rows('penanggulangan-kemiskinan')).toBe(41);
  });
});

describe('Lumajang TW I 2024: totals as printed', () => {
  it('Tabel 2.1: PK JUMLAH Rp. 30.316.880.763,- (line 374)', () => {
    expect(one(anggaran, { id: 'PK.TOTAL' }).pagu).toBe('Rp. 30.316.880.763,-');
    expect(one(anggaran, { id: 'LPK.TOTAL' }).pagu).toBe('Rp 30.316.880.763,-');
  });

  it('Tabel 3.10: BELANJA DAERAH 30.316.880.763,00 / 1,158,498,355.00 / 3,82 (line 636)', () => {
    const bd = one(anggaran, { id: 'R.BD' });
    expect([bd.pagu, bd.realisasi, bd.persen_tercetak, bd.format_angka]).toEqual([
      '30.316.880.763,00',
      '1,158,498,355.00',
      '3,82',
      'realisasi:en',
    ]);
    const bo = one(anggaran, { id: 'R.BO' });
    expect([bo.pagu, bo.realisasi, bo.persen_tercetak]).toEqual(['30.282.689.155,00', '1,158,498,355.00', '3,83']);
  });

  it('Bab 3.9 text: total Rp 30.316.880.763,- and realisasi Rp 1.158.498.355,- (line 630)', () => {
    expect(one(ringkasan, { jenis: 'total-pagu', sumber_baris: '630' }).nilai).toBe('Rp 30.316.880.763,-');
    expect(one(ringkasan, { jenis: 'total-realisasi' }).nilai).toBe('Rp 1.158.498.355,-');
  });

  it('Bab 3.1 text: 13 programmes average 59,71% (line 436)', () => {
    expect(one(ringkasan, { jenis: 'rata-rata-capaian' }).nilai).toBe('59,71%');
  });

  it('Tabel 3.11 / 3.12: printed totals', () => {
    const bisma = readCsv(DIR, 'tabel/bisma-kuat.csv');
    expect(one(bisma, { Uraian: 'TOTAL' })).toMatchObject({ 'Jumlah Mahasiswa': '612', Jumlah: '599' });
    const kemiskinan = readCsv(DIR, 'tabel/penanggulangan-kemiskinan.csv');
    expect(one(kemiskinan, { 'Program/ Kegiatan/ Sub Kegiatan': 'TOTAL' })['Kebutuhan Dana']).toBe('25,919,164,223');
  });
});

describe('Lumajang TW I 2024: sample cells', () => {
  it('Tabel 2.1 Tujuan: IPG target 89,09 (line 344)', () => {
    expect(value('T1.I1', 'Tabel 2.1 Tujuan').target).toBe('89,09');
  });

  it('Tabel 2.1: IDG target printed 59.75 (en) (line 357); Lampiran PK 59,75 (line 961)', () => {
    expect(value('S1.I1', 'Tabel 2.1')).toMatchObject({ target: '59.75', format_angka: 'target:en', peran: 'pk' });
    expect(value('S1.I1', 'Lampiran PK').target).toBe('59,75');
  });

  it('Tabel 3.1: Indeks Rasa Aman target Aman (50,01 - 75,00), realisasi N/A (line 402)', () => {
    expect(value('T2.I1', 'Tabel 3.1')).toMatchObject({
      target: 'Aman (50,01 - 75,00)',
      realisasi: 'N/A',
      capaian_tercetak: 'N/A',
      cacat_cetak: 'target',
    });
  });

  it('Tabel 3.1: PPKS 84,74% / 59% / 69,62% (line 405)', () => {
    expect(value('S2.I1', 'Tabel 3.1')).toMatchObject({
      periode: 'tw1',
      target: '84,74%',
      realisasi: '59%',
      capaian_tercetak: '69,62%',
    });
  });

  it('Tabel 3.1: IPG realisasi 89,06 (data BPS tahun 2023) (line 401)', () => {
    expect(value('T1.I1', 'Tabel 3.1')).toMatchObject({
      realisasi: '89,06 (data BPS tahun 2023)',
      capaian_tercetak: '99,97',
    });
  });

  it('Tabel 3.1: violence ratio 5,72 per 100.000 / 0,54 per 100.000 / 9,4% (line 408)', () => {
    expect(value('P02.I1', 'Tabel 3.1')).toMatchObject({
      target: '5,72 per 100.000',
      realisasi: '0,54 per 100.000',
      capaian_tercetak: '9,4%',
    });
  });

  it('Tabel 3.1: Perlindungan Khusus Anak 61,46% / 89,22% / 145,16% (line 415)', () => {
    expect(value('P06.I1', 'Tabel 3.1')).toMatchObject({
      target: '61,46%',
      realisasi: '89,22%',
      capaian_tercetak: '145,16%',
    });
  });

  it('Tabel 3.3: PPKS mandiri 2018 10,82 / 10,82 / 99,91 (line 457)', () => {
    expect(value('T3.I1', 'Tabel 3.3', '2018')).toMatchObject({
      target: '10,82',
      realisasi: '10,82',
      capaian_tercetak: '99,91',
      periode: 'tahunan',
    });
  });

  it('Tabel 3.3: PPKS kebutuhan dasar 2020 29,42 / 78,76 / 267,71 (line 461)', () => {
    expect(value('S3.I1', 'Tabel 3.3', '2020')).toMatchObject({
      target: '29,42',
      realisasi: '78,76',
      capaian_tercetak: '267,71',
    });
  });

  it('Tabel 3.3: IDG 2024 59,75 / 59,61 Data BPS tahun 2022 / 99,76 (line 460)', () => {
    expect(value('S1.I1', 'Tabel 3.3')).toMatchObject({
      periode: 'tw1',
      target: '59,75',
      realisasi: '59,61 Data BPS tahun 2022',
      capaian_tercetak: '99,76',
      cacat_cetak: '',
    });
  });

  it('Tabel 3.4: IDG end target 59,98, capaian 99,53% (line 481)', () => {
    expect(value('S1.I1', 'Tabel 3.4')).toMatchObject({
      peran: 'renstra-akhir',
      target: '59,98',
      realisasi: '59,61 (Tahun 2023 belum rilis)',
      capaian_tercetak: '99,53%',
    });
  });

  it('Tabel 3.5: IPG national 91,85, Jember 85,52 (line 494)', () => {
    expect(one(pembanding, { indikator: 'T1.I1', pembanding: 'Nasional' }).nilai).toBe('91,85 (Data BPS tahun 2023)');
    expect(one(pembanding, { indikator: 'T1.I1', pembanding: 'Kabupaten Jember' }).nilai).toBe(
      '85,52 (Data BPS tahun 2023)',
    );
    expect(one(pembanding, { indikator: 'S1.I1', pembanding: 'Provinsi Jawa Timur' }).nilai).toBe(
      '74,42 Data BPS tahun 2022',
    );
  });

  it('Tabel 3.6: capaian 99,97 Data BPS tahun 2023 and kendala joined over page break (lines 508, 511)', () => {
    expect(value('T1.I1', 'Tabel 3.6').capaian_tercetak).toBe('99,97 Data BPS tahun 2023');
    expect(one(narasi, { lingkup: 'T1.I1', jenis: 'kendala' }).teks).toMatch(/menyumbang pendapatan keluarga$/);
  });

  it('Tabel 3.8: Penunjang 3.901.186.054 / 1.002.808.355 / 25,87% / -2,46 (line 588)', () => {
    expect(one(efisiensi, { lingkup: 'P07' })).toMatchObject({
      pagu: '3.901.186.054',
      realisasi: '1.002.808.355',
      serapan_tercetak: '25,87%',
      capaian_tercetak: '23,41%',
      efisiensi_tercetak: '-2,46',
    });
  });

  it('Tabel 3.8: Data Gender realisasi not printed (line 585)', () => {
    expect(one(efisiensi, { lingkup: 'P04' })).toMatchObject({ realisasi: '', efisiensi_tercetak: '50,00' });
  });

  it('Tabel 3.10: Penyediaan Gaji dan Tunjangan ASN 2.966.685.248,00 / 867,405,932.00 / 29,24 (line 644)', () => {
    expect(one(anggaran, { nama: 'Penyediaan Gaji dan Tunjangan ASN' })).toMatchObject({
      induk: 'R.P07',
      pagu: '2.966.685.248,00',
      realisasi: '867,405,932.00',
      persen_tercetak: '29,24',
    });
  });

  it('Tabel 3.10: Perlindungan dan Jaminan Sosial 19.826.521.488,00 / 22,975,000.00 / 0,12 (line 693)', () => {
    expect(one(anggaran, { id: 'R.P12' })).toMatchObject({
      pagu: '19.826.521.488,00',
      realisasi: '22,975,000.00',
      persen_tercetak: '0,12',
      sumber_baris: '693',
    });
  });

  it('Tabel 3.10: page-break repeat on line 684 is not a budget line', () => {
    expect(anggaran.filter((r) => r.sumber_baris === '684')).toHaveLength(0);
    expect(anggaran.filter((r) => r.nama === 'Pemberian Layanan Rujukan')).toHaveLength(2);
  });

  it('Tabel 2.1: Perlindungan dan Jaminan Sosial Rp. 19.826.521.488,- DAU dan DBHCHT (line 372)', () => {
    expect(one(anggaran, { id: 'PK.P12' })).toMatchObject({
      pagu: 'Rp. 19.826.521.488,-',
      sumber_dana: 'DAU dan DBHCHT',
    });
  });

  it('Tabel 1.1 / 1.2: staffing and assets', () => {
    const pegawai = readCsv(DIR, 'tabel/kepegawaian.csv');
    expect(one(pegawai, { Uraian: 'S1' })).toMatchObject({ 'Laki-Laki': '10', Perempuan: '25', Total: '35' });
    const aset = readCsv(DIR, 'tabel/aset.csv');
    expect(one(aset, { 'Pembidangan Barang': 'Alat Kantor Dan Rumah Tangga' }).Total).toBe('1.072');
    expect(one(aset, { 'No.': 'JUMLAH' }).Total).toBe('1.319');
  });

  it('Tabel 3.11: Beasiswa 2020 200 / 16 / 3 / 181 (line 757)', () => {
    const bisma = readCsv(DIR, 'tabel/bisma-kuat.csv');
    expect(one(bisma, { Uraian: 'Beasiswa 2020' })).toMatchObject({ 'Jumlah Mahasiswa': '200', Jumlah: '181' });
  });
});
