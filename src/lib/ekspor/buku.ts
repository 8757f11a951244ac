/**
 * One Excel workbook (`.xlsx`) per report: a sheet per table of the report's downloads and a README sheet with the
 * data dictionary of those tables, written with exceljs. Typed cells, so no spreadsheet locale can change a value:
 * - `string` columns are text cells: a printed `1.000.000,00`, `4,587` or `=HYPERLINK(…)` stays exactly that text
 *   (a text cell is never evaluated, so no apostrophe is added as in the CSV);
 * - `number` columns are number cells written from the exact machine text; a value a spreadsheet number (IEEE
 *   double) cannot hold exactly is written as its machine text instead, never rounded silently;
 * - `integer` and `year` columns are number cells;
 * - `boolean` columns are the text `ya` / `tidak`, as in the CSV and the dictionary: a real boolean shows as
 *   TRUE/FALSE or BENAR/SALAH depending on the reader's language and reads back as 1/0 in some tools.
 * No formulas; frozen header row; column widths from the content; an autofilter on the header.
 *
 * Deterministic bytes: the workbook's created/modified dates are fixed (`WORKBOOK_DATE`) and the zip is rebuilt
 * with a fixed date for every entry (exceljs stamps entries with the current time).
 */
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { formatMachine } from '../angka/format.ts';
import type { Cell, Column, Table } from './tabel.ts';
import { fixedZip } from './zip-tetap.ts';

/** The date stamped in every workbook (document properties and zip entries): fixed, so bytes depend on content only. */
export const WORKBOOK_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** Excel's limits: sheet names of at most 31 characters without `: \ / ? * [ ]`; 32,767 characters per cell. */
const SHEET_NAME_MAX = 31;
const CELL_TEXT_MAX = 32767;
const WIDTH_MIN = 6;
const WIDTH_MAX = 60;

export const README_SHEET = 'README';

export interface WorkbookSheet {
  /** The download file this sheet mirrors, e.g. `unduh/laporan/<agency>/<report>/nilai.csv`. */
  file: string;
  table: Table;
}

export interface WorkbookInfo {
  /** Shown at the top of the README sheet, e.g. the report's title and agency. */
  title: string;
  /** Lines under the title (source, licence, conventions), in both languages. */
  notes: readonly string[];
}

/** A sheet name Excel accepts, unique (case-insensitively) among `taken`. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[:\\/?*[\]]/g, '-').replace(/^'+|'+$/g, '') || 'tabel';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `~${n}`;
    const name = `${clean.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase()) && name.toLowerCase() !== README_SHEET.toLowerCase()) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/**
 * Text as OOXML stores it: XML turns a carriage return into a line feed when read, so CR is written as the escape
 * `_x000D_` (ECMA-376 ST_Xstring), and text that already looks like such an escape gets its `_` escaped
 * (`_x005F_`), so every reader gets the exact text back. exceljs writes the string as given.
 */
function ooxmlText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(/\r/g, '_x000D_');
}

function invalid(table: string, column: Column, cell: Cell): Error {
  return new Error(`ekspor: xlsx "${table}", column "${column.name}" (${column.type}): invalid cell ${String(cell)}`);
}

/** The spreadsheet value of a cell: text, number, or undefined (empty). Throws on a cell of the wrong type. */
export function workbookValue(table: string, column: Column, cell: Cell): string | number | undefined {
  if (cell === undefined || cell === '') return undefined;
  switch (column.type) {
    case 'string':
      if (typeof cell !== 'string') throw invalid(table, column, cell);
      if (cell.length > CELL_TEXT_MAX) throw invalid(table, column, `${cell.slice(0, 40)}… (${cell.length} chars)`);
      return ooxmlText(cell);
    case 'number': {
      if (!Decimal.isDecimal(cell)) throw invalid(table, column, cell);
      const text = formatMachine(cell);
      const value = Number(text);
      // A double that does not read back as the same decimal would change the figure: keep the exact text.
      return Number.isFinite(value) && new Decimal(value).eq(cell) ? value : text;
    }
    case 'integer':
    case 'year':
      if (typeof cell !== 'number' || !Number.isSafeInteger(cell)) throw invalid(table, column, cell);
      return cell;
    case 'boolean':
      if (typeof cell !== 'boolean') throw invalid(table, column, cell);
      return cell ? 'ya' : 'tidak';
  }
}

function displayLength(value: string | number | undefined): number {
  if (value === undefined) return 0;
  const text = String(value);
  // The widest line of a multi-line cell.
  return Math.max(...text.split('\n').map((l) => l.length));
}

function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  rows: (string | number | undefined)[][],
): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  header.forEach((heading, i) => {
    const widest = rows.reduce((w, r) => Math.max(w, displayLength(r[i])), displayLength(heading));
    sheet.getColumn(i + 1).width = Math.min(WIDTH_MAX, Math.max(WIDTH_MIN, widest + 2));
  });
  if (header.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

/** The README sheet: what the workbook is, then one line per sheet and one per column (the data dictionary). */
function readmeRows(info: WorkbookInfo, sheets: readonly { name: string; sheet: WorkbookSheet }[]) {
  const rows: (string | undefined)[][] = [[info.title], ...info.notes.map((n) => [n]), []];
  for (const { name, sheet } of sheets) {
    const t = sheet.table;
    rows.push([
      name,
      undefined,
      undefined,
      `${t.title.id}. ${t.description.id}`,
      `${t.title.en}. ${t.description.en}`,
      sheet.file,
    ]);
    for (const c of t.columns) rows.push([name, c.name, c.type, c.description.id, c.description.en]);
  }
  return rows;
}

export const README_HEADER = [
  'lembar / sheet',
  'kolom / column',
  'tipe / type',
  'keterangan',
  'description',
  'berkas / file',
];

/** The workbook as bytes: README first, then one sheet per table in the given order. */
export async function toXlsx(info: WorkbookInfo, sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kinerja Terbuka';
  book.lastModifiedBy = 'Kinerja Terbuka';
  book.created = WORKBOOK_DATE;
  book.modified = WORKBOOK_DATE;
  const taken = new Set<string>();
  const named = sheets.map((sheet) => ({
    name: sheetName(sheet.table.name.replace(/^tabel\//, 'tabel-'), taken),
    sheet,
  }));
  addSheet(book, README_SHEET, README_HEADER, readmeRows(info, named));
  for (const { name, sheet } of named) {
    const { table } = sheet;
    addSheet(
      book,
      name,
      table.columns.map((c) => c.name),
      table.rows.map((row) => table.columns.map((c) => workbookValue(table.name, c, row[c.name]))),
    );
  }
  // Stored, not compressed: the zip is rebuilt below with a fixed date on every entry (in exceljs's entry order) and
  // compressed once there; deflating here too cost a sixth of the stage's time.
  const written = await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const entries = Object.entries(unzipSync(new Uint8Array(written as ArrayBuffer)));
  return fixedZip(entries.filter(([name]) => !name.endsWith('/')));
}
