import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook, templateWorkbook, TEMPLATE_ROWS } from '../../../scripts/lib/buku-kerja.ts';
import { templateColumns } from '../../../scripts/lib/kerangka.ts';
import { importWorkbook } from '../../../scripts/impor.ts';
import { REPORT, VALID_CONTENT } from '../../../scripts/lib/fixture-cases.ts';
import { csvFiles, type CsvFileName } from '../../../src/lib/data/skema.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kinerja-impor-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A template round-tripped through a file, as an agency gets it. */
async function template(): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await templateWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
  return book;
}

async function save(book: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(tmp, name);
  await book.xlsx.writeFile(path);
  return path;
}

/** Put rows (objects by column name) into a sheet from row 3 on, in the template's column order. */
function fill(book: ExcelJS.Workbook, file: CsvFileName, rows: Record<string, string | number>[]): void {
  const sheet = book.getWorksheet(file.replace('.csv', ''))!;
  const columns = templateColumns(file).map((c) => c.name);
  rows.forEach((row, r) => {
    for (const [name, value] of Object.entries(row)) sheet.getCell(3 + r, columns.indexOf(name) + 1).value = value;
  });
}

function site(name: string): { content: string; folder: string } {
  const content = join(tmp, name, 'content');
  cpSync(VALID_CONTENT, content, { recursive: true });
  return { content, folder: join(content, REPORT) };
}

describe('Excel workbook template', { timeout: 60_000 }, () => {
  it('has one sheet per CSV file with the exact column names, required ones marked, and drop-downs', async () => {
    const book = await template();
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Petunjuk',
      ...Object.keys(csvFiles).map((f) => f.replace('.csv', '')),
    ]);
    const sheet = book.getWorksheet('indikator')!;
    const header = templateColumns('indikator.csv');
    header.forEach((c, i) => {
      const cell = sheet.getCell(1, i + 1);
      expect(cell.value).toBe(c.name);
      expect(String((cell.note as string | { texts: { text: string }[] }) && JSON.stringify(cell.note))).toContain(
        c.required ? 'WAJIB / REQUIRED' : 'opsional / optional',
      );
    });
    const polarity = sheet.getCell(TEMPLATE_ROWS, header.findIndex((c) => c.name === 'polaritas') + 1);
    expect(polarity.dataValidation).toMatchObject({ type: 'list', formulae: ['"positif,negatif"'] });
    expect(polarity.numFmt).toBe('@');
    const kind = sheet.getCell(3, header.findIndex((c) => c.name === 'jenis_nilai') + 1);
    expect(kind.dataValidation.formulae).toEqual(['"angka,persen,rasio,laju,ordinal"']);
    const level = book.getWorksheet('pohon-kinerja')!.getCell(3, 2);
    expect(level.dataValidation.formulae).toEqual(['"tujuan,sasaran,program,kegiatan,subkegiatan"']);
    const role = book.getWorksheet('nilai')!.getCell(3, 3);
    expect(role.dataValidation.formulae).toEqual(['"pk,pk-perubahan,capaian,renstra,renstra-akhir,rencana"']);
  });

  it('an untouched template imports nothing', async () => {
    const read = await readWorkbook(await save(await template(), 'empty.xlsx'));
    expect(read.tables.size).toBe(0);
    expect(read.problems).toEqual([]);
  });
});

describe('npm run impor', { timeout: 60_000 }, () => {
  it('writes the CSV of each filled sheet (cell text as shown, the # example kept as a note) and validates', async () => {
    const { content, folder } = site('ok');
    const before = readFileSync(join(folder, 'indikator.csv'), 'utf8');
    const book = await template();
    fill(book, 'nilai.csv', [
      {
        indikator: 'S1.I1',
        tahun: 2024,
        peran: 'capaian',
        target: '89 %',
        realisasi: '97,64%',
        sumber_tabel: 'Tabel 3.1',
        sumber_baris: 30,
      },
      {
        indikator: 'S1.I1',
        tahun: '2023',
        peran: 'capaian',
        target: '85%',
        realisasi: '87,5%',
        sumber_tabel: 'Tabel 3.1',
        capaian_tercetak: '102,94%',
      },
    ]);
    const run = await importWorkbook(
      [await save(book, 'ok.xlsx'), folder, '--timpa'],
      { KINERJA_CONTENT: content },
      tmp,
    );
    expect(run.written).toEqual(['nilai.csv']);
    const csv = readFileSync(join(folder, 'nilai.csv'), 'utf8').split('\n');
    const columns = templateColumns('nilai.csv').map((c) => c.name);
    expect(csv[0]).toBe(columns.join(','));
    expect(csv[1]).toMatch(/^#T1\.I1,/);
    const line = (row: Record<string, string>) =>
      columns.map((c) => (/[,"]/.test(row[c] ?? '') ? `"${row[c]}"` : (row[c] ?? ''))).join(',');
    expect(csv[2]).toBe(
      line({
        indikator: 'S1.I1',
        tahun: '2024',
        peran: 'capaian',
        target: '89 %',
        realisasi: '97,64%',
        sumber_tabel: 'Tabel 3.1',
        sumber_baris: '30',
      }),
    );
    expect(csv[3]).toBe(
      line({
        indikator: 'S1.I1',
        tahun: '2023',
        peran: 'capaian',
        target: '85%',
        realisasi: '87,5%',
        sumber_tabel: 'Tabel 3.1',
        capaian_tercetak: '102,94%',
      }),
    );
    expect(readFileSync(join(folder, 'indikator.csv'), 'utf8')).toBe(before);
    expect(run.output).toContain('✓ Konten valid.');
    expect(run.exitCode).toBe(0);
  });

  it('locates a content error by sheet and cell', async () => {
    const { content, folder } = site('bad-value');
    const book = await template();
    fill(book, 'nilai.csv', [
      { indikator: 'S1.I1', tahun: 2024, peran: 'capaian', target: '85%', realisasi: '87,5%', sumber_tabel: 'T' },
      { indikator: 'S1.I1', tahun: 2024, peran: 'pk', target: 'delapan', realisasi: '', sumber_tabel: 'T' },
    ]);
    const run = await importWorkbook(
      [await save(book, 'bad.xlsx'), folder, '--timpa'],
      { KINERJA_CONTENT: content },
      tmp,
    );
    expect(run.exitCode).toBe(1);
    expect(run.output).toMatch(/nilai\.csv, baris\/row 4, kolom\/column target \(D\)[\s\S]*sel\/cell: nilai!D4/);
  });

  it('refuses formulas, merged cells and numbers whose display depends on Excel, writing nothing', async () => {
    const { content, folder } = site('refused');
    const before = readFileSync(join(folder, 'nilai.csv'), 'utf8');
    const book = await template();
    fill(book, 'nilai.csv', [{ indikator: 'S1.I1', tahun: 2024, peran: 'capaian', target: 0.85, sumber_tabel: 'T' }]);
    book.getWorksheet('nilai')!.getCell('E3').value = { formula: 'D3*1.1', result: 0.935 };
    const tree = book.getWorksheet('pohon-kinerja')!;
    tree.getCell('A3').value = 'S1';
    tree.mergeCells('D3:D4');
    const run = await importWorkbook([await save(book, 'refused.xlsx'), folder], { KINERJA_CONTENT: content }, tmp);
    expect(run.exitCode).toBe(1);
    expect(run.written).toEqual([]);
    expect(run.output).toContain('✗ nilai!D3\n  ID: Sel kolom target berisi bilangan 0.85');
    expect(run.output).toContain('✗ nilai!E3\n  ID: Sel berisi rumus.');
    expect(run.output).toContain('✗ pohon-kinerja!D3:D4');
    expect(readFileSync(join(folder, 'nilai.csv'), 'utf8')).toBe(before);
  });

  it('refuses to replace a CSV holding other data rows unless --timpa is given', async () => {
    const { content, folder } = site('mixed');
    const before = readFileSync(join(folder, 'nilai.csv'), 'utf8');
    const rowsBefore = before.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length - 1;
    const book = await template();
    fill(book, 'nilai.csv', [
      { indikator: 'S1.I1', tahun: '2024', peran: 'pk', target: '89 %', sumber_tabel: 'Tabel 2.3', sumber_baris: '30' },
    ]);
    const path = await save(book, 'mixed.xlsx');
    const refused = await importWorkbook([path, folder], { KINERJA_CONTENT: content }, tmp);
    expect(refused.exitCode).toBe(1);
    expect(refused.written).toEqual([]);
    expect(refused.output).toContain(`akan mengganti ${rowsBefore} baris data dengan 1 dari lembar nilai`);
    expect(refused.output).toContain(`would replace ${rowsBefore} data rows with 1 from sheet nilai`);
    expect(refused.output).toContain('--timpa');
    expect(readFileSync(join(folder, 'nilai.csv'), 'utf8')).toBe(before);
    const forced = await importWorkbook([path, folder, '--timpa'], { KINERJA_CONTENT: content }, tmp);
    expect(forced.written).toEqual(['nilai.csv']);
    // The indicators left without figures are named (a warning: the report is still valid).
    expect(forced.output).toMatch(/⚠ .*indikator\.csv:[\d–, ]+ "[^"]*"\n {2}(\d+ )?[Ii]ndikator tanpa baris nilai/);
  });

  it('re-importing the same rows into a CSV is not a replacement', async () => {
    const { content, folder } = site('same');
    const book = await template();
    fill(book, 'narasi.csv', [{ lingkup: 'S1.I1', jenis: 'penyebab', teks: 'x', sumber_tabel: 'T' }]);
    const path = await save(book, 'same.xlsx');
    expect((await importWorkbook([path, folder, '--timpa'], { KINERJA_CONTENT: content }, tmp)).written).toEqual([
      'narasi.csv',
    ]);
    const again = await importWorkbook([path, folder], { KINERJA_CONTENT: content }, tmp);
    expect(again.output).not.toContain('akan mengganti');
    expect(again.written).toEqual(['narasi.csv']);
  });

  it('refuses a number in a printed-figure column, even a whole one, naming the cell', async () => {
    const { content, folder } = site('number-figure');
    const book = await template();
    fill(book, 'anggaran.csv', [{ realisasi: 1100000000 }]);
    const column = templateColumns('anggaran.csv').findIndex((c) => c.name === 'realisasi');
    const letter = book.getWorksheet('anggaran')!.getColumn(column + 1).letter;
    const run = await importWorkbook([await save(book, 'number.xlsx'), folder], { KINERJA_CONTENT: content }, tmp);
    expect(run.exitCode).toBe(1);
    expect(run.written).toEqual([]);
    expect(run.output).toContain(`✗ anggaran!${letter}3\n  ID: Sel kolom realisasi berisi bilangan 1100000000`);
    expect(run.output).toContain('Format the column as Text');
  });

  it('the template formats every printed-figure column as Text', async () => {
    const book = await template();
    for (const file of Object.keys(csvFiles) as CsvFileName[]) {
      const columns = templateColumns(file).map((c) => c.name);
      for (const figure of csvFiles[file].figures) {
        const sheet = book.getWorksheet(file.replace('.csv', ''))!;
        expect(sheet.getCell(TEMPLATE_ROWS, columns.indexOf(figure) + 1).numFmt, `${file} ${figure}`).toBe('@');
      }
    }
  });

  it('reports data typed outside the named columns instead of dropping it', async () => {
    const { content, folder } = site('outside');
    const book = await template();
    fill(book, 'narasi.csv', [{ lingkup: 'S1.I1', jenis: 'penyebab', teks: 'x', sumber_tabel: 'T' }]);
    book.getWorksheet('narasi')!.getCell('H3').value = 'lupa';
    const run = await importWorkbook(
      [await save(book, 'outside.xlsx'), folder, '--timpa'],
      { KINERJA_CONTENT: content },
      tmp,
    );
    expect(run.output).toContain('✗ narasi!H3');
  });

  it('explains a file that is not a workbook', async () => {
    const { content, folder } = site('not-xlsx');
    writeFileSync(join(tmp, 'x.xlsx'), 'not a zip');
    const run = await importWorkbook([join(tmp, 'x.xlsx'), folder], { KINERJA_CONTENT: content }, tmp);
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain('bukan buku kerja .xlsx');
  });
});
