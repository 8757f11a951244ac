/**
 * LKjIP 2018 Dinas Sosial Kota Probolinggo (seed 002_2c766fbc81bbc77d.txt): the transcription checked against the
 * document, cell by cell. Expected values are copied from the seed text (line numbers in the test names).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, fromTable, readCsv } from './csv.ts';

const DIR = 'dinsos-p3a-kota-probolinggo/2018-lkjip';
const SEED = readFileSync(join(CONTENT, 'dokumen', '002_2c766fbc81bbc77d.txt'), 'utf8').split('\n');

const pohon = readCsv(DIR, 'pohon-kinerja.csv');
const indikator = readCsv(DIR, 'indikator.csv');
const nilai = readCsv(DIR, 'nilai.csv');
const anggaran = readCsv(DIR, 'anggaran.csv');
const efisiensi = readCsv(DIR, 'efisiensi.csv');
const ringkasan = readCsv(DIR, 'ringkasan.csv');
const narasi = readCsv(DIR, 'narasi.csv');

const byId = (id: string) => {
  const r = anggaran.find((x) => x.id === id);
  if (!r) throw new Error(`no budget line ${id}`);
  return r;
};
const value = (table: string, tahun: string, peran: string) => {
  const rows = fromTable(nilai, table).filter((r) => r.indikator === 'S1.I1' && r.tahun === tahun && r.peran === peran);
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

describe('LKjIP 2018 Dinas Sosial Kota Probolinggo', () => {
  it('every sumber_baris points at a seed line that contains the row (name or first figure)', () => {
    const check = (rows: Record<string, string>[], key: string) => {
      for (const r of rows) {
        const line = SEED[Number(r.sumber_baris) - 1] ?? '';
        const probe = (r[key] ?? '').split(/\s+/).slice(0, 2).join(' ');
        expect(line.includes(probe), `${r.sumber_tabel} ${r.sumber_baris}: "${probe}"`).toBe(true);
      }
    };
    check(
      anggaran.filter((r) => r.tingkat !== 'total'),
      'nama',
    );
    check(anggaran, 'pagu');
    check(pohon, 'nama');
    check(indikator, 'nama');
    check(
      nilai.filter((r) => r.realisasi),
      'realisasi',
    );
  });

  it('Tabel 2.2: Perjanjian Kinerja 2018 target and the nine programme budgets as printed', () => {
    expect(value('Tabel 2.2', '2018', 'pk').target).toBe('80%');
    const pk = fromTable(anggaran, 'Tabel 2.2');
    expect(pk).toHaveLength(9);
    expect(byId('PK.P01').pagu).toBe('Rp. 1.125.802.250,-');
    expect(byId('PK.P05').pagu).toBe('Rp. 1.698.540.750,-');
    expect(byId('PK.P09').pagu).toBe('Rp. 1.198.403.500,-');
    expect(pk.every((r) => r.peran === 'pk' && r.sumber_dana === 'APBD')).toBe(true);
  });

  it('Lampiran 4 PK 2018 and Lampiran 2 PK Perubahan 2017: targets and programme budgets as printed', () => {
    expect(value('Lampiran 4 PK 2018', '2018', 'pk').target).toBe('80%');
    expect(value('Lampiran 2 PK Perubahan 2017', '2017', 'pk-perubahan').target).toBe('60%');
    expect(fromTable(anggaran, 'Lampiran 4 PK 2018')).toHaveLength(9);
    expect(fromTable(anggaran, 'Lampiran 2 PK Perubahan 2017')).toHaveLength(9);
    expect(byId('PK18.P02').pagu).toBe('Rp 543.292.500');
    expect(byId('PK18.P09').pagu).toBe('Rp 881.267.500');
    expect(byId('PKP17.P08').pagu).toBe('Rp1.204.577.622');
    expect(byId('PKP17.P08').peran).toBe('pk-perubahan');
  });

  it('Bab 2.2 Program dan Kegiatan: 9 programmes and 61 kegiatan; Matriks Renstra adds 9 kegiatan', () => {
    const list = fromTable(pohon, 'Bab 2.2 Program dan Kegiatan');
    expect(list.filter((r) => r.tingkat === 'program')).toHaveLength(9);
    expect(list.filter((r) => r.tingkat === 'kegiatan')).toHaveLength(61);
    expect(fromTable(pohon, 'Lampiran 1 Matriks Renstra')).toHaveLength(9);
    expect(pohon.find((r) => r.kode === 'P06.K02')?.nama).toBe(
      'Peningkatan Kinerja Tenaga Kesejahteraan Sosial Kecamatan (TKSK) dan Pekerja Sosial Masyarakat (PSM)',
    );
    expect(pohon.filter((r) => r.tingkat === 'program' && r.induk === 'S1').map((r) => r.kode)).toEqual([
      'P05',
      'P06',
      'P07',
      'P08',
      'P09',
    ]);
  });

  it('Lampiran 1 Matriks Renstra: 5 programme and 39 kegiatan indicators', () => {
    const m = fromTable(indikator, 'Lampiran 1 Matriks Renstra');
    expect(m.filter((r) => /^P0\d\.I1$/.test(r.kode ?? ''))).toHaveLength(5);
    expect(m).toHaveLength(44);
    expect(indikator.find((r) => r.kode === 'P08.I1')?.nama).toBe('Persentase Fakir Miskin yang berhasil diberdayakan');
    expect(indikator.find((r) => r.kode === 'P09.M01.I1')?.nama).toBe(
      'Jumlah Peserta Isbath Nikah Massal yang mendapatkan surat sah dari KUA',
    );
    expect(indikator.every((r) => r.polaritas === 'positif' && r.catatan_polaritas !== '')).toBe(true);
  });

  it('Tabel 3.1.1: target, realisation and capaian 2018 as printed', () => {
    const r = value('Tabel 3.1.1', '2018', 'capaian');
    expect([r.target, r.realisasi, r.capaian_tercetak]).toEqual(['80%', '89,63%', '112,04%']);
  });

  it('Tabel 3.1.2: 2017 target/realisation and the "Realisasi Tahun 2018" cell (112,04%) as printed', () => {
    const r17 = value('Tabel 3.1.2', '2017', 'capaian');
    expect([r17.target, r17.realisasi]).toEqual(['60%', '99,57%']);
    expect(value('Tabel 3.1.2', '2018', 'capaian').realisasi).toBe('112,04%');
  });

  it('Tabel 3.1.3: Renstra end target 2019, realisation 2017, tingkat kemajuan as printed', () => {
    const r = value('Tabel 3.1.3', '2019', 'renstra-akhir');
    expect([r.target, r.capaian_tercetak]).toEqual(['85%', '99,57%']);
    expect(value('Tabel 3.1.3', '2017', 'capaian').realisasi).toBe('99,57%');
  });

  it('Tabel 3.1.4: allocation per sasaran (Anggaran Tahun 2017) as printed', () => {
    const text = readFileSync(join(CONTENT, 'laporan', DIR, 'tabel', 'alokasi-anggaran-sasaran.csv'), 'utf8');
    expect(text).toContain('"Rp. 4.002.524.072,-","56,41 %",756');
  });

  it('Tabel 3.1.5 and 3.1.6: kinerja/anggaran 2017 and efficiency as printed', () => {
    const r = value('Tabel 3.1.5', '2017', 'capaian');
    expect([r.target, r.realisasi, r.capaian_tercetak]).toEqual(['60 %', '99,57 %', '165,95 %']);
    const e5 = fromTable(efisiensi, 'Tabel 3.1.5')[0]!;
    expect([e5.pagu, e5.realisasi, e5.serapan_tercetak]).toEqual([
      'Rp. 4.002.524.072,-',
      'Rp. 3.307.232.516,-',
      '82,63 %',
    ]);
    const e6 = fromTable(efisiensi, 'Tabel 3.1.6')[0]!;
    expect([e6.capaian_tercetak, e6.serapan_tercetak, e6.efisiensi_tercetak]).toEqual([
      '165,95 %',
      '82,63 %',
      '49,79 %',
    ]);
  });

  it('Tabel 3.1.7 and 3.1.8: values, cause and the five supporting programmes', () => {
    expect(value('Tabel 3.1.7', '2017', 'capaian').realisasi).toBe('99,57 %');
    expect(value('Tabel 3.1.8', '2017', 'capaian').target).toBe('60 %');
    expect(fromTable(narasi, 'Tabel 3.1.7')[0]!.teks).toMatch(/^Dana APBD yang ada sudah sesuai/);
    const prog = fromTable(narasi, 'Tabel 3.1.8');
    expect(prog).toHaveLength(5);
    expect(prog[4]!.teks).toContain('Lembaga Konsultasi Kesejahteraan Keluarga (LK3); Isbath Nikah Massal');
    expect(narasi.every((r) => !/<[a-z/]/.test(r.teks ?? ''))).toBe(true);
  });

  it('Bab 3.2 Realisasi Anggaran: total row as printed, 9 programmes and 64 kegiatan', () => {
    const real = fromTable(anggaran, 'Bab 3.2 Realisasi Anggaran');
    expect(real).toHaveLength(74);
    expect(real.filter((r) => r.tingkat === 'program')).toHaveLength(9);
    expect(real.filter((r) => r.tingkat === 'kegiatan')).toHaveLength(64);
    const total = byId('R.TOTAL');
    expect([total.pagu, total.realisasi, total.persen_tercetak]).toEqual([
      'Rp 7.095.515.222',
      'Rp 6.268.903.009',
      '88,35%',
    ]);
    expect(ringkasan.find((r) => r.jenis === 'total-pagu')?.nilai).toBe('Rp. 7.095.515.222,-');
    expect(ringkasan.find((r) => r.jenis === 'total-realisasi')?.nilai).toBe('Rp. 6.268.903.009,-');
  });

  it('Bab 3.2 Realisasi Anggaran: sample programme and kegiatan lines as printed', () => {
    expect([byId('R.P05').pagu, byId('R.P05').realisasi, byId('R.P05').persen_tercetak]).toEqual([
      'Rp 1.342.217.500',
      'Rp 1.055.179.415',
      '78,61%',
    ]);
    expect(byId('R.P02').nama).toBe('PROGRAM PENINGKATAN ANSARAN DAN PRASARANA APARATUR');
    expect(byId('R.P02.K09').persen_tercetak).toBe('100,00%');
    expect(byId('R.P05.K01').realisasi).toBe('Rp 12.209.000');
    expect(byId('R.P06').nama).toBe('PROGRAM PEMBERDAYAAN KELEMBAGAAN KESEJAHTERAANSOSIAL');
    expect(byId('R.P08.K06').pagu).toBe('Rp 233.170.000');
    expect(byId('R.P09.K09').nama).toBe('Isbat Nikah Massal');
    expect(byId('R.P09.K09').realisasi).toBe('Rp 96.810.000');
  });

  it('Lampiran 3 Pengukuran Kinerja 2017: indicator row and 9 programmes / 64 kegiatan, no total row', () => {
    const r = value('Lampiran 3 Pengukuran Kinerja 2017', '2017', 'capaian');
    expect([r.target, r.realisasi, r.capaian_tercetak]).toEqual(['60%', '99,57%', '165,95%']);
    const l3 = fromTable(anggaran, 'Lampiran 3 Pengukuran Kinerja 2017');
    expect(l3).toHaveLength(73);
    expect(l3.filter((x) => x.tingkat === 'program')).toHaveLength(9);
    expect(byId('L3.P09.K09').pagu).toBe('Rp. 113.225.000');
    expect(byId('L3.P07').nama).toBe('PROGRAM PENINGKATAN KEBERDAYAAN MASYARAKAT');
  });

  it('Bab 1.1.4: staffing as printed', () => {
    const t = (f: string) => readFileSync(join(CONTENT, 'laporan', DIR, 'tabel', f), 'utf8');
    expect(t('pegawai.csv')).toContain('Jumlah,52 orang,401');
    expect(t('pegawai.csv')).toContain('Tenaga magang,18 orang,400');
    expect(t('pegawai-golongan.csv')).toContain('Golongan II / c,11 Orang,413');
    expect(t('pegawai-pendidikan.csv')).toContain('SLTA,17 Orang,422');
    expect(t('pmks.csv')).toContain('JUMLAH,,68271,490');
  });

  it('printed averages: capaian 90% and serapan 88,35% as printed', () => {
    expect(ringkasan.filter((r) => r.jenis === 'rata-rata-capaian').map((r) => r.nilai)).toEqual(['90%', '90%']);
    expect(ringkasan.filter((r) => r.jenis === 'rata-rata-serapan').map((r) => r.nilai)).toEqual(['88,35%', '88,35%']);
  });
});
