/**
 * `npm run impor -- laporan.xlsx content/laporan/<instansi>/<folder>` — a filled workbook (from
 * `npm run templat-excel`) → the report folder's CSV files, one per sheet that has data (other CSVs are left as they
 * are), then the folder is validated. Every problem is located by sheet and cell (`nilai!E7`): cells are read as
 * the text they show; formulas, merged cells and numbers whose display depends on Excel's settings are refused, and
 * then nothing is written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import Papa from 'papaparse';
import { formatError, loadContent, type ContentError } from '../src/lib/data/index.ts';
import { readWorkbook, sheetName } from './lib/buku-kerja.ts';

export interface ImportRun {
  exitCode: 0 | 1 | 2;
  output: string;
  written: string[];
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
      output: 'Pakai / Usage: npm run impor -- laporan.xlsx content/laporan/<instansi>/<folder>\n',
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
  const { errors } = loadContent(contentRoot, { only });
  const imported = new Set(written);
  for (const e of errors) {
    const cell = cellOf(e, imported);
    out.push('', formatError(e) + (cell ? `\n  sel/cell: ${cell}` : ''));
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
