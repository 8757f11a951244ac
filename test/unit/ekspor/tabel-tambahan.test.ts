/**
 * Extra tables typed (issue #13 item 2), on the real content: figure columns read with the report's declared
 * number format beside the printed text, columns whose printing contradicts the declaration left as text, and the
 * transcriber's line numbers published as the provenance column `sumber_baris`, never as a printed column.
 */
import { describe, expect, it } from 'vitest';
import { datasetFiles } from '../../../src/lib/ekspor/index.ts';
import { byPath, load, readBack, REAL } from './bantu.ts';

const real = load(REAL);
const files = byPath(datasetFiles(real.content, real.scored));

function table(path: string): Record<string, string>[] {
  const csv = readBack(files.get(path)?.body ?? '');
  return csv.rows.map((r) => Object.fromEntries(csv.header.map((h, i) => [h, r[i] ?? ''])));
}
function header(path: string): string[] {
  return readBack(files.get(path)?.body ?? '').header;
}

const LUMAJANG = 'unduh/laporan/dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1/tabel';
const MALANG = 'unduh/laporan/dinsos-p3ap2kb-kota-malang/2023-lkjip/tabel';
const RENJA = 'unduh/laporan/dinsos-p3a-kota-probolinggo/2021-renja/tabel';

describe('extra tables, typed', () => {
  it('reads a figure column with the declared format and keeps the printed text beside it', () => {
    const rows = table(`${LUMAJANG}/capaian-anggaran.csv`);
    expect(header(`${LUMAJANG}/capaian-anggaran.csv`)).toEqual([
      'URAIAN',
      'ANGGARAN',
      'ANGGARAN_angka',
      'REALISASI',
      '%',
      '%_angka',
      'SISA ANGGARAN',
    ]);
    expect(rows[0]).toMatchObject({
      ANGGARAN: '30.316.880.763,00',
      ANGGARAN_angka: '30316880763',
      // Printed 1,158,498,355.00 in a report declared `id`: not a number under the declaration, left as text.
      REALISASI: '1,158,498,355.00',
      '%': '3,82',
      '%_angka': '3.82',
    });
  });

  it('leaves as text a column whose thousands commas would read 1000× too small under the declared format', () => {
    const path = `${MALANG}/penduduk-kelurahan-2023.csv`;
    const row = table(path)[1];
    expect(row?.['Penduduk L']).toBe('4,587');
    expect(header(path)).not.toContain('Penduduk L_angka');
  });

  it('keeps identifiers (No, Kode …) as text and reads missing tokens as empty values', () => {
    const path = `${LUMAJANG}/aset.csv`;
    expect(header(path)).toEqual([
      'No.',
      'Kode Bidang',
      'Pembidangan Barang',
      'Jumlah Aset Tetap',
      'Jumlah Aset Tetap_angka',
      'Jumlah Aset Extra Kompatabel',
      'Jumlah Aset Extra Kompatabel_angka',
      'Total',
      'Total_angka',
      'Satuan',
    ]);
    expect(table(path)[2]).toMatchObject({
      'Jumlah Aset Tetap_angka': '724',
      Total: '1.281',
      Total_angka: '1281',
    });
    expect(table(path)[0]).toMatchObject({
      'Jumlah Aset Extra Kompatabel': '-',
      'Jumlah Aset Extra Kompatabel_angka': '',
    });
  });

  it('keeps numbering columns with a longer heading as text (No. Masalah Pokok)', () => {
    const cols = header(`${LUMAJANG}/pemetaan-permasalahan.csv`);
    expect(cols.filter((c) => c.endsWith('_angka'))).toEqual([]);
  });

  it('publishes the transcriber line numbers as the provenance column sumber_baris, last', () => {
    const path = `${RENJA}/kinerja-pelayanan.csv`;
    const cols = header(path);
    expect(cols).not.toContain('baris');
    expect(cols.at(-1)).toBe('sumber_baris');
    expect(table(path)[0]?.sumber_baris).toBe('311');
  });

  it('tabel-tambahan: one row per printed cell with nilai_angka and nilai_jenis, the line in sumber_baris', () => {
    const rows = table('unduh/tabel-tambahan.csv');
    const renja = rows.filter(
      (r) => r.laporan_id === 'dinsos-p3a-kota-probolinggo/2021-renja' && r.tabel === 'tabel/kinerja-pelayanan.csv',
    );
    expect(renja.some((r) => r.kolom === 'baris')).toBe(false);
    expect(new Set(renja.filter((r) => r.baris === '1').map((r) => r.sumber_baris))).toEqual(new Set(['311']));
    const budget = rows.find(
      (r) =>
        r.laporan_id === 'dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1' &&
        r.tabel === 'tabel/capaian-anggaran.csv' &&
        r.baris === '1',
    );
    expect(budget).toBeDefined();
    const cells = rows.filter(
      (r) => r.laporan_id === budget?.laporan_id && r.tabel === budget?.tabel && r.baris === '1',
    );
    expect(cells.map((r) => [r.kolom, r.nilai, r.nilai_angka, r.nilai_jenis])).toEqual([
      ['URAIAN', 'BELANJA DAERAH', '', ''],
      ['ANGGARAN', '30.316.880.763,00', '30316880763', 'angka'],
      ['REALISASI', '1,158,498,355.00', '', ''],
      ['%', '3,82', '3.82', 'angka'],
      ['SISA ANGGARAN', '29,158,382,408.00', '', ''],
    ]);
  });
});
