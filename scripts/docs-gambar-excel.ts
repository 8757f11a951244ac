/**
 * `npm run docs:gambar` — the screenshots of the Excel template in docs/gambar/ (docs/panduan-instansi.md shows
 * them): the template from `npm run templat-excel`, with the example rows of docs/panduan-instansi.md typed in, printed
 * by LibreOffice (headless) to PDF, then each sheet's top cropped to PNG by Poppler's pdftoppm. Needs
 * libreoffice-calc and poppler-utils; not part of `npm test` (slow), rerun when the template changes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sheetName, templateWorkbook } from './lib/buku-kerja.ts';
import { templateColumns } from './lib/kerangka.ts';

const out = join(import.meta.dirname, '..', 'docs', 'gambar');
const dir = mkdtempSync(join(tmpdir(), 'kinerja-gambar-'));
const rows: Record<string, Record<string, string>[]> = {
  'pohon-kinerja.csv': [
    {
      kode: 'T1',
      tingkat: 'tujuan',
      nama: 'Meningkatnya kesejahteraan sosial',
      sumber_tabel: 'Tabel 2.1',
      sumber_baris: '9',
    },
    {
      kode: 'S1',
      tingkat: 'sasaran',
      induk: 'T1',
      nama: 'Meningkatnya pelayanan PMKS',
      sumber_tabel: 'Tabel 3.1',
      sumber_baris: '10',
    },
  ],
  'nilai.csv': [
    {
      indikator: 'S1.I1',
      tahun: '2024',
      peran: 'capaian',
      target: '85%',
      realisasi: '87,5%',
      capaian_tercetak: '102,94%',
      sumber_tabel: 'Tabel 3.1',
      sumber_baris: '12',
      sumber_halaman: '2',
    },
    {
      indikator: 'S1.I2',
      tahun: '2024',
      peran: 'capaian',
      target: '90%',
      realisasi: '81%',
      capaian_tercetak: '90%',
      sumber_tabel: 'Tabel 3.1',
      sumber_baris: '13',
      sumber_halaman: '2',
    },
  ],
};
try {
  const book = templateWorkbook();
  for (const [file, list] of Object.entries(rows)) {
    const name = file as Parameters<typeof templateColumns>[0];
    const sheet = book.getWorksheet(sheetName(name))!;
    const columns = templateColumns(name).map((c) => c.name);
    list.forEach((row, r) => {
      for (const [column, value] of Object.entries(row))
        sheet.getCell(3 + r, columns.indexOf(column) + 1).value = value;
    });
  }
  // Only the sheets the guide shows, so the PDF pages are known.
  for (const sheet of [...book.worksheets]) {
    if (!['Petunjuk', 'pohon-kinerja', 'indikator', 'nilai'].includes(sheet.name)) book.removeWorksheet(sheet.id);
  }
  const xlsx = join(dir, 'templat.xlsx');
  await book.xlsx.writeFile(xlsx);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
    env: { ...process.env, HOME: dir },
    stdio: 'ignore',
  });
  mkdirSync(out, { recursive: true });
  const names = ['petunjuk', 'pohon-kinerja', 'indikator', 'nilai'];
  names.forEach((name, i) => {
    // The printed area starts about 75 px down and 70 px in at 110 dpi; data sheets need only their top rows.
    const height = name === 'petunjuk' ? '320' : '90';
    const page = String(i + 1);
    const args = ['-png', '-r', '110', '-f', page, '-l', page, '-x', '70', '-y', '75', '-W', '1100', '-H', height];
    execFileSync('pdftoppm', [...args, '-singlefile', join(dir, 'templat.pdf'), join(out, `excel-${name}`)]);
  });
  console.log(`✓ ${names.length} gambar / images → docs/gambar/`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
