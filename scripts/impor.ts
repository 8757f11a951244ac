/**
 * `npm run impor -- laporan.xlsx content/laporan/<instansi>/<folder>` — a filled workbook (from
 * `npm run templat-excel`) → the report folder's CSV files, one per sheet that has data (other CSVs are left as they
 * are), then the folder is validated. Every problem is located by sheet and cell (`nilai!E7`): cells are read as
 * the text they show; formulas, merged cells and numbers whose display depends on Excel's settings are refused, and
 * then nothing is written. A CSV that already holds other data rows (filled by hand, or from another workbook) is
 * not replaced unless `--timpa` is given: a sheet becomes the whole file, so mixing a hand-filled file with a sheet
 * for it would silently drop rows.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import Papa from 'papaparse';
import { formatError, loadContent, type ContentError } from '../src/lib/data/index.ts';
import { decodeUtf8, isCommentRow, readCsv } from '../src/lib/data/berkas.ts';
import type { CsvFileName } from '../src/lib/data/skema.ts';
import { formatContentWarning } from '../src/lib/data/peringatan.ts';
import { readWorkbook, sheetName } from './lib/buku-kerja.ts';
import { contentWarnings } from './validate.ts';

export interface ImportRun {
  exitCode: 0 | 1 | 2;
  output: string;
  written: string[];
}

/** The data rows of a table (not the header, `#` example rows or empty rows), each as column → trimmed text. */
function dataRows(header: readonly string[], rows: readonly (readonly string[])[]): Record<string, string>[] {
  return rows
    .filter((cells) => !isCommentRow(cells) && cells.some((c) => c.trim() !== ''))
    .map((cells) => Object.fromEntries(header.map((h, i) => [h.trim(), (cells[i] ?? '').trim()])));
}

/** Rows as comparable texts: the same data in other column order, delimiter or spacing compares equal. */
function rowKeys(rows: readonly Record<string, string>[], columns: readonly string[]): string[] {
  return rows.map((r) => JSON.stringify(columns.map((c) => r[c] ?? ''))).sort();
}

/**
 * How many data rows the CSV now holds when writing `table` would change them, else undefined (no file, no data
 * rows, or the same rows). A file that cannot be read as CSV counts as holding data: it is not silently replaced.
 */
function rowsReplaced(path: string, file: CsvFileName, table: readonly string[][]): number | undefined {
  if (!existsSync(path)) return undefined;
  const text = decodeUtf8(file, readFileSync(path)).value;
  const csv = text === undefined ? undefined : readCsv(file, text, 'free').value;
  if (csv === undefined) return text?.trim() === '' ? undefined : Number.NaN;
  // The reader already leaves out the header, `#` example rows and empty rows.
  const before = csv.records.map((r) =>
    Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k.trim(), v.trim()])),
  );
  if (before.length === 0) return undefined;
  const after = dataRows(table[0] ?? [], table.slice(1));
  const columns = [...new Set([...csv.header, ...(table[0] ?? [])].map((h) => h.trim()))];
  const a = rowKeys(before, columns);
  const b = rowKeys(after, columns);
  return a.length === b.length && a.every((k, i) => k === b[i]) ? undefined : before.length;
}

/** `nilai.csv`, row 7, column E → `nilai!E7`: sheet rows and columns are the CSV's. */
function cellOf(e: ContentError, imported: ReadonlySet<string>): string | undefined {
  const file = e.file.split('/').at(-1) ?? '';
  if (!imported.has(file) || e.row === undefined) return undefined;
  return `${sheetName(file as Parameters<typeof sheetName>[0])}!${e.columnLetter ?? 'A'}${e.row}`;
}

export async function importWorkbook(
  args: readonly string[],
  env: Record<string, string | undefined>,
  cwd: string,
): Promise<ImportRun> {
  const [xlsx, folder] = args.filter((a) => !a.startsWith('--'));
  if (!xlsx || !folder) {
    return {
      exitCode: 2,
      output: 'Pakai / Usage: npm run impor -- laporan.xlsx content/laporan/<instansi>/<folder> [--timpa]\n',
      written: [],
    };
  }
  const source = resolve(cwd, xlsx);
  const dir = resolve(cwd, folder);
  if (!existsSync(source)) return { exitCode: 2, output: `✗ Berkas tidak ada / No such file: ${xlsx}\n`, written: [] };
  if (!existsSync(join(dir, 'laporan.yaml'))) {
    return {
      exitCode: 2,
      output:
        `✗ ${folder} bukan folder laporan; buat dulu dengan npm run new-report.\n` +
        `  ${folder} is not a report folder; create it first with npm run new-report.\n`,
      written: [],
    };
  }
  let book;
  try {
    book = await readWorkbook(source);
  } catch (e) {
    return {
      exitCode: 1,
      output: `✗ ${xlsx} bukan buku kerja .xlsx yang dapat dibaca / is not a readable .xlsx workbook (${(e as Error).message})\n`,
      written: [],
    };
  }
  const out: string[] = [];
  if (book.problems.length > 0) {
    for (const p of book.problems) out.push(`✗ ${p.cell}\n  ID: ${p.message.id}\n  EN: ${p.message.en}`);
    out.push(
      `\n✗ ${book.problems.length} sel perlu diperbaiki; tidak ada berkas yang ditulis. / ${book.problems.length} cell(s) to fix; no file was written.`,
    );
    return { exitCode: 1, output: `${out.join('\n')}\n`, written: [] };
  }
  if (!args.includes('--timpa')) {
    const replaced: string[] = [];
    for (const [file, rows] of book.tables) {
      const n = rowsReplaced(join(dir, file), file, rows);
      if (n === undefined) continue;
      const m = dataRows(rows[0] ?? [], rows.slice(1)).length;
      const shown = relative(cwd, join(dir, file));
      replaced.push(
        Number.isNaN(n)
          ? `✗ ${shown}: berkas yang ada tidak terbaca sebagai CSV; akan diganti ${m} baris data dari lembar ${sheetName(file)}.
  ${shown}: the existing file does not read as CSV; it would be replaced with ${m} data rows from sheet ${sheetName(file)}.`
          : `✗ ${shown}: akan mengganti ${n} baris data dengan ${m} dari lembar ${sheetName(file)}.
  ${shown}: would replace ${n} data rows with ${m} from sheet ${sheetName(file)}.`,
      );
    }
    if (replaced.length > 0) {
      out.push(
        ...replaced,
        '',
        '✗ Tidak ada berkas yang ditulis: setiap lembar menjadi seluruh isi CSV-nya, jadi baris yang tidak ada di lembar akan hilang. ' +
          'Salin baris itu ke lembarnya, kosongkan lembar untuk berkas yang diisi tangan, atau jalankan lagi dengan --timpa untuk mengganti.',
        '  No file was written: each sheet becomes the whole CSV, so rows not in the sheet would be lost. ' +
          'Copy those rows into the sheet, empty the sheet of a file filled by hand, or run again with --timpa to replace.',
      );
      return { exitCode: 1, output: `${out.join('\n')}\n`, written: [] };
    }
  }
  const written: string[] = [];
  for (const [file, rows] of book.tables) {
    writeFileSync(join(dir, file), `${Papa.unparse(rows, { newline: '\n' })}\n`);
    written.push(file);
    out.push(`✓ ${relative(cwd, join(dir, file))} ← ${sheetName(file)} (${rows.length - 1} baris/rows)`);
  }
  if (book.skipped.length > 0) out.push(`  (tidak diimpor, kosong / not imported, empty: ${book.skipped.join(', ')})`);

  // Validate what is now in the folder; errors in imported files also name their cell in the workbook.
  const contentRoot = env.KINERJA_CONTENT
    ? resolve(cwd, env.KINERJA_CONTENT)
    : resolve(import.meta.dirname, '..', 'content');
  const only = relative(dirname(contentRoot), dir);
  const { content, errors } = loadContent(contentRoot, { only });
  const imported = new Set(written);
  for (const e of errors) {
    const cell = cellOf(e, imported);
    out.push('', formatError(e) + (cell ? `\n  sel/cell: ${cell}` : ''));
  }
  // Valid but incomplete (an indicator left without figures): said, not refused.
  if (errors.length === 0) {
    for (const w of contentWarnings(content, contentRoot, true)) out.push('', formatContentWarning(w));
  }
  out.push(
    errors.length === 0
      ? '\n✓ Konten valid. / Content is valid.'
      : `\n✗ ${errors.length} kesalahan / error(s); perbaiki di buku kerja lalu impor lagi. / fix them in the workbook and import again.`,
  );
  return { exitCode: errors.length === 0 ? 0 : 1, output: `${out.join('\n')}\n`, written };
}

if (import.meta.main) {
  const run = await importWorkbook(process.argv.slice(2), process.env, process.cwd());
  (run.exitCode === 0 ? process.stdout : process.stderr).write(run.output);
  process.exitCode = run.exitCode;
}
