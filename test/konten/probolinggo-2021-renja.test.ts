/**
 * Rancangan Awal Renja 2021, Dinsos P3A Kota Probolinggo (seed 001_ee7b1d7f68578cea.txt):
 * the transcription checked against the document, cell by cell. Line numbers in test names refer to the seed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { CONTENT, fromTable, readCsv } from './csv.ts';

const DIR = 'dinsos-p3a-kota-probolinggo/2021-renja';
const T_EVAL = 'Bab II 2.1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja';
const T_PELAYANAN = 'Bab II 2.2 Pencapaian Kinerja Pelayanan';
const T_SASARAN_DAERAH = 'Bab II 2.2 Target Indikator Sasaran Kinerja Daerah';
const T_TUJUAN = 'Bab III 3.2 Tujuan dan Sasaran';
const T_PROGKEG = 'Bab III 3.3 Program dan Kegiatan';
const T_BAB4 = 'Bab IV Program dan Kegiatan Tahun 2021';

const tree = readCsv(DIR, 'pohon-kinerja.csv');
const indicators = readCsv(DIR, 'indikator.csv');
const values = readCsv(DIR, 'nilai.csv');
const budget = readCsv(DIR, 'anggaran.csv');
const plan = readCsv(DIR, 'rencana.csv');
const meta = YAML.parse(readFileSync(join(CONTENT, 'laporan', DIR, 'laporan.yaml'), 'utf8'));

const seed = readFileSync(join(CONTENT, 'dokumen', meta.dokumen.berkas), 'utf8').split('\n');

function value(indikator: string, tahun: number, peran: string, table = T_EVAL): Record<string, string> {
  const hits = values.filter(
    (v) => v.indikator === indikator && v.tahun === String(tahun) && v.peran === peran && v.sumber_tabel === table,
  );
  expect(hits, `${indikator} ${tahun} ${peran} ${table}`).toHaveLength(1);
  return hits[0]!;
}
function line(id: string, rows = budget): Record<string, string> {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
}

describe('laporan.yaml', () => {
  it('metadata as printed on the cover and signature block (lines 3–34)', () => {
    expect(meta.jenis).toBe('renja');
    expect(meta.tahun).toBe(2021);
    expect(meta.efisiensi).toBe('tidak-ada');
    expect(meta.format_angka).toBe('id');
    expect(meta.penandatangan.nama).toBe('RACHMA NURCAHYARINI, S.Sos., M.Si.');
    expect(meta.penandatangan.nip).toBe('19731110 199302 2 002');
    expect(meta.penandatangan.tanggal_tercetak).toBe('Desember 2020');
    expect(meta.tahun_data).toEqual({ dari: 2018, sampai: 2024 });
  });
  it('every value year lies within tahun_data', () => {
    for (const v of values) {
      expect(Number(v.tahun)).toBeGreaterThanOrEqual(2018);
      expect(Number(v.tahun)).toBeLessThanOrEqual(2024);
    }
  });
});

describe('sumber_baris points at the printed row', () => {
  it('pohon-kinerja, indikator and rencana names occur on their source line', () => {
    for (const r of [...tree, ...plan]) {
      // skipped: the Total row, the name joined from 'PENGARUSUTAM AAN' (line 698), the second-indicator row (line 774)
      if (r.nama === 'Total' || r.sumber_baris === '698' || r.sumber_baris === '774') continue;
      const first = (r.nama ?? '').split(' ').slice(0, 3).join(' ');
      expect(seed[Number(r.sumber_baris) - 1], `${r.kode ?? r.id} @${r.sumber_baris}`).toContain(first);
    }
    for (const r of indicators) expect(seed[Number(r.sumber_baris) - 1], r.kode).toContain((r.nama ?? '').slice(0, 30));
  });
});

describe(`${T_EVAL}: 2020 part (lines 164–214)`, () => {
  it('row counts: 27 programme/kegiatan nodes, 42 indicators, 29 budget lines', () => {
    expect(tree.filter((t) => (t.kode ?? '').startsWith('E20.'))).toHaveLength(27);
    expect(indicators.filter((i) => (i.kode ?? '').startsWith('E20.'))).toHaveLength(42);
    expect(fromTable(budget, T_EVAL)).toHaveLength(29);
    expect(
      values.filter((v) => (v.indikator ?? '').startsWith('E20.') && v.tahun === '2020' && v.sumber_tabel === T_EVAL),
    ).toHaveLength(42);
    expect(values.filter((v) => v.peran === 'renstra-akhir')).toHaveLength(23);
  });
  it('line 165: programme 01.01 totals as printed (Rp 1.890.851.874 / Rp 805.161.963 / 42,5 8%)', () => {
    const p = line('A20.U1.P01');
    expect(p.kode).toBe('110600.1106 01.01');
    expect(p.pagu).toBe('Rp 1.890.851.874');
    expect(p.realisasi).toBe('Rp 805.161.963');
    expect(p.persen_tercetak).toBe('42,58%');
    const v = value('E20.P01.I1', 2020, 'capaian');
    expect([v.target, v.realisasi, v.capaian_tercetak]).toEqual(['92', '360', '391,30%']);
    expect(value('E20.P01.I1', 2021, 'capaian').target).toBe('-');
  });
  it('line 166: Renstra 85, s.d. n-3 100, 2020 85 → 60 = 70,59%', () => {
    expect(value('E20.P01.K01.I1', 2024, 'renstra-akhir').target).toBe('85');
    expect(value('E20.P01.K01.I1', 2018, 'capaian').capaian_tercetak).toBe('100');
    const v = value('E20.P01.K01.I1', 2020, 'capaian');
    expect([v.target, v.realisasi, v.capaian_tercetak]).toEqual(['85', '60', '70,59%']);
    expect(line('A20.U1.P01.K01').pagu).toBe('Rp 62.733.100');
  });
  it('line 175: Lanjut Usia Terlantar, Renstra 15, target 120 (printed "12 0"), realisasi 68', () => {
    expect(value('E20.P02.K01.I2', 2024, 'renstra-akhir').target).toBe('15');
    const v = value('E20.P02.K01.I2', 2020, 'capaian');
    expect([v.target, v.realisasi, v.capaian_tercetak]).toEqual(['120', '68', '56,67%']);
    expect(v.catatan).toContain("'12 0'");
  });
  it('line 180: realisasi 1,253 printed in en format', () => {
    const v = value('E20.P02.K03.I2', 2020, 'capaian');
    expect([v.target, v.realisasi, v.capaian_tercetak, v.format_angka]).toEqual([
      '1300',
      '1,253',
      '96,38%',
      'realisasi:en',
    ]);
  });
  it('line 183: programme 01.06 pagu as printed (does not equal its kegiatan)', () => {
    const p = line('A20.U1.P03');
    expect([p.pagu, p.realisasi, p.persen_tercetak]).toEqual(['Rp 4.685.077.500', 'Rp 234.988.059', '5,02%']);
    expect(value('E20.P03.K02.I1', 2024, 'renstra-akhir').target).toBe('0,005522334');
  });
  it('line 189: programme 01.07 prints only realisasi Rp 300.321.500', () => {
    const p = line('A20.U1.P04');
    expect([p.pagu, p.realisasi, p.persen_tercetak]).toEqual(['', 'Rp 300.321.500', '']);
  });
  it('line 194: 100 % printed with a space', () => {
    expect(line('A20.U1.P04.K04').persen_tercetak).toBe('100 %');
    expect(value('E20.P04.K04.I1', 2020, 'capaian').capaian_tercetak).toBe('100 %');
  });
  it('line 195: programme code 121.800.110.601 as printed', () => {
    expect(line('A20.U1.P05').kode).toBe('121.800.110.601');
    expect(value('E20.P05.I1', 2020, 'capaian').capaian_tercetak).toBe('44,44 %');
  });
  it('line 201: wrong printed capaian 19,23 % kept', () => {
    const v = value('E20.P06.K01.I2', 2020, 'capaian');
    expect([v.target, v.realisasi, v.capaian_tercetak]).toEqual(['2,6', '1', '19,23 %']);
  });
  it('line 204: 41,49 % in the K column, realisasi K empty', () => {
    const v = value('E20.P07.I1', 2020, 'capaian');
    expect([v.target, v.realisasi, v.capaian_tercetak]).toEqual(['100', '', '41,49 %']);
    expect([line('A20.U2.P07').pagu, line('A20.U2.P07').realisasi]).toEqual(['Rp 356.172.375', 'Rp 147.793.500']);
  });
  it('line 213: programme 01.03 (PPPA) 287,22%', () => {
    expect(value('E20.P08.I1', 2020, 'capaian').capaian_tercetak).toBe('287,22%');
    expect(line('A20.U2.P08').persen_tercetak).toBe('79,46 %');
  });
});

describe(`${T_EVAL}: 2021 part (lines 216–298)`, () => {
  it('row counts: 66 nodes (12 programmes), 47 rows with values', () => {
    const e21 = tree.filter((t) => (t.kode ?? '').startsWith('E21.'));
    expect(e21).toHaveLength(66);
    expect(e21.filter((t) => t.tingkat === 'program')).toHaveLength(12);
    expect(values.filter((v) => (v.indikator ?? '').startsWith('E21.'))).toHaveLength(47);
  });
  it('line 219: Penyediaan Permakanan 50 Orang / 50 Orang / 100%', () => {
    const v = value('E21.P01.K01.S01.I1', 2021, 'capaian');
    expect([v.target, v.realisasi, v.capaian_tercetak]).toEqual(['50 Orang', '50 Orang', '100%']);
    // The number reader reads the unit word, so the cells need no printing-defect marker.
    expect(v.cacat_cetak).toBe('');
  });
  it('line 229: Penanganan Khusus Bagi Kelompok Rentan 470 Orang (Bab IV prints 440)', () => {
    expect(value('E21.P02.K01.S01.I1', 2021, 'capaian').target).toBe('470 Orang');
    expect(plan.find((r) => r.kode === '1.06.06.2.01.04')?.target).toBe('440');
  });
  it('line 292: 1 Forum Anak; line 295+297 name joined', () => {
    expect(value('E21.P11.K02.S02.I1', 2021, 'capaian').target).toBe('1 Forum Anak');
    expect(tree.find((t) => t.kode === 'E21.P12.K01')?.nama).toMatch(/Sama dalam Daerah Kabupaten\/Kota$/);
  });
});

describe(T_PELAYANAN, () => {
  it('5 IKK rows × 6 values; target 2024 as printed', () => {
    expect(fromTable(values, T_PELAYANAN)).toHaveLength(30);
    expect(value('E20.P02.K01.I2', 2024, 'renstra', T_PELAYANAN).target).toBe('150');
    expect(value('E20.P02.K03.I4', 2020, 'capaian', T_PELAYANAN).realisasi).toBe('100');
    expect(readCsv(DIR, 'tabel/kinerja-pelayanan.csv')).toHaveLength(5);
  });
});

describe(T_SASARAN_DAERAH, () => {
  it('lines 326–327: Persentase PMKS (negative) and IDG targets 2020–2024', () => {
    expect(fromTable(values, T_SASARAN_DAERAH)).toHaveLength(12);
    expect(indicators.find((i) => i.kode === 'SD1.I1')?.polaritas).toBe('negatif');
    expect(value('SD1.I1', 2020, 'capaian', T_SASARAN_DAERAH).realisasi).toBe('31,17');
    expect(value('SD1.I1', 2024, 'renstra', T_SASARAN_DAERAH).target).toBe('24,85');
    expect(value('SD2.I1', 2021, 'renstra', T_SASARAN_DAERAH).target).toBe('68,95');
  });
});

describe(T_TUJUAN, () => {
  it('3 tujuan and 3 sasaran (lines 651–659)', () => {
    expect(fromTable(tree, T_TUJUAN).map((t) => t.tingkat)).toEqual([
      'tujuan',
      'tujuan',
      'tujuan',
      'sasaran',
      'sasaran',
      'sasaran',
    ]);
    expect(tree.find((t) => t.kode === 'S3')?.nama).toBe('Menurunnya rasio kekerasan dalam rumah tangga');
  });
});

describe(T_PROGKEG, () => {
  it('71 rows (3 urusan, 12 programmes)', () => {
    const rows = fromTable(plan, T_PROGKEG);
    expect(rows).toHaveLength(71);
    expect(rows.filter((r) => r.tingkat === 'urusan')).toHaveLength(3);
    expect(rows.filter((r) => r.tingkat === 'program')).toHaveLength(12);
  });
  it('line 667: kegiatan pagu Rp 1.656.250.000; line 668: 265 / Rp 1.200.000.000 / DAU / 275 / Rp 1.350.000.000', () => {
    const rows = fromTable(plan, T_PROGKEG);
    expect(rows.find((r) => r.sumber_baris === '667')?.pagu_indikatif).toBe('Rp 1.656.250.000');
    const r = rows.find((x) => x.sumber_baris === '668');
    expect([r?.target, r?.pagu_indikatif, r?.sumber_dana, r?.lokasi, r?.target_berikutnya, r?.pagu_berikutnya]).toEqual(
      ['265', 'Rp 1.200.000.000', 'DAU', 'Kota Probolinggo', '275', 'Rp 1.350.000.000'],
    );
  });
  it('line 702: 0,026 / Rp 244.042.752 → Rp 284.716.544', () => {
    const r = fromTable(plan, T_PROGKEG).find((x) => x.sumber_baris === '702');
    expect([r?.target, r?.pagu_indikatif, r?.pagu_berikutnya]).toEqual(['0,026', 'Rp 244.042.752', 'Rp 284.716.544']);
  });
});

describe(T_BAB4, () => {
  it('57 rows: 3 urusan, 18 kegiatan rows (one second indicator), 35 sub kegiatan, 1 total', () => {
    const rows = fromTable(plan, T_BAB4);
    expect(rows).toHaveLength(57);
    expect(rows.filter((r) => r.tingkat === 'urusan')).toHaveLength(3);
    expect(rows.filter((r) => r.tingkat === 'kegiatan')).toHaveLength(18);
    expect(rows.filter((r) => r.tingkat === 'subkegiatan')).toHaveLength(35);
  });
  it('line 816: the Total row prints "Rp" without a figure', () => {
    const t = line('R4.TOTAL', plan);
    expect([t.tingkat, t.pagu_indikatif, t.cacat_cetak]).toEqual(['total', 'Rp', 'pagu_indikatif']);
    expect(plan.find((r) => r.kode === '1.06.04.2.02')?.pagu_indikatif).toBe('Rp');
    expect(plan.filter((r) => r.cacat_cetak === 'pagu_indikatif')).toHaveLength(5);
  });
  it('line 757: kegiatan 1.06.04.2.01 Rp 972.972.000; line 769 split "Rp | 103.061.400" joined; line 781 ".Rp"', () => {
    expect(plan.find((r) => r.kode === '1.06.04.2.01')?.pagu_indikatif).toBe('Rp 972.972.000');
    expect(plan.find((r) => r.kode === '1.06.06.2.02')?.pagu_indikatif).toBe('Rp 103.061.400');
    expect(plan.find((r) => r.kode === '1.06.07.2.01.01')?.pagu_indikatif).toBe('.Rp 14.996.250');
    expect(plan.find((r) => r.kode === '2.13.05.2.01.07')?.target).toBe('225');
  });
});

describe('tabel tambahan', () => {
  it('row counts per printed table', () => {
    expect(readCsv(DIR, 'tabel/review-rancangan-awal-rkpd-2022.csv')).toHaveLength(71);
    expect(readCsv(DIR, 'tabel/usulan-pemangku-kepentingan-2022.csv')).toHaveLength(71);
    expect(readCsv(DIR, 'tabel/permasalahan-pelayanan-program-kl.csv')).toHaveLength(8);
  });
  it('2.4 line 360 and 2.5 line 525 cells as printed', () => {
    const rev = readCsv(DIR, 'tabel/review-rancangan-awal-rkpd-2022.csv').find((r) => r.baris === '360');
    expect(rev?.['RKPD Pagu Indikatif (Rp 000)']).toBe('Rp 1.200.000.000');
    const us = readCsv(DIR, 'tabel/usulan-pemangku-kepentingan-2022.csv').find((r) => r.baris === '525');
    expect([us?.['BESARAN/ VOLUME'], us?.CATATAN]).toEqual(['250', 'Rp 145.590.000']);
  });
});
