/**
 * Writers: a `Table` to CSV or JSON (the workbook is `buku.ts`). Pure and deterministic: column order is the table's,
 * row order is the table's, nothing depends on time or locale.
 *
 * Plain CSV (`toCsv`): UTF-8 without BOM, comma, header row, `\r\n` line ends (RFC 4180) including after the last
 * row, `"` quoting only where needed (papaparse `unparse`), numbers in machine format (`1234567.89`), booleans
 * `ya` / `tidak`, empty cell = no value. Text cells are neutralised against formula injection (`netral.ts`).
 *
 * No CSV "for Excel in an Indonesian locale": opened that way, LibreOffice and Excel read printed text such as
 * `4,587`, `2,23%` or `30.316.880.763,00` as numbers (docs/keputusan, the workbook decision); the `.xlsx` workbook
 * with typed cells replaces it.
 *
 * JSON (`toJson`): an array of row objects, keys in column order, 2-space indent, trailing newline; numbers are
 * JSON numbers written from the exact machine text (never through a JS float), empty cells `null`, text as printed
 * (JSON is not neutralised: it is not opened by spreadsheets).
 */
import Decimal from 'decimal.js';
import Papa from 'papaparse';
import { formatMachine } from '../angka/format.ts';
import { neutralise } from './netral.ts';
import type { Cell, Column, Table } from './tabel.ts';

export const CSV_NEWLINE = '\r\n';
const MACHINE_NUMBER = /^-?\d+(\.\d+)?$/;

function invalid(table: string, column: Column, cell: Cell): Error {
  return new Error(`ekspor: table "${table}", column "${column.name}" (${column.type}): invalid cell ${String(cell)}`);
}

/** The cell in machine form, or undefined when empty. Throws on a cell of the wrong type (a builder bug). */
function machineText(table: string, column: Column, cell: Cell): string | undefined {
  if (cell === undefined || cell === '') return undefined;
  switch (column.type) {
    case 'string':
      if (typeof cell !== 'string') throw invalid(table, column, cell);
      return cell;
    case 'number': {
      if (!Decimal.isDecimal(cell)) throw invalid(table, column, cell);
      const text = formatMachine(cell);
      if (!MACHINE_NUMBER.test(text)) throw invalid(table, column, cell);
      return text;
    }
    case 'integer':
    case 'year':
      if (typeof cell !== 'number' || !Number.isSafeInteger(cell)) throw invalid(table, column, cell);
      return String(cell);
    case 'boolean':
      if (typeof cell !== 'boolean') throw invalid(table, column, cell);
      return cell ? 'ya' : 'tidak';
  }
}

function csvCell(table: string, column: Column, cell: Cell): string {
  const text = machineText(table, column, cell);
  if (text === undefined) return '';
  return column.type === 'string' ? neutralise(text) : text;
}

/** Plain CSV: UTF-8, comma, `\r\n`, machine numbers, neutralised text cells. */
export function toCsv(table: Table): string {
  const fields = table.columns.map((c) => neutralise(c.name));
  const data = table.rows.map((row) => table.columns.map((c) => csvCell(table.name, c, row[c.name])));
  const body = Papa.unparse({ fields, data }, { delimiter: ',', newline: CSV_NEWLINE, header: true, quotes: false });
  // papaparse ends a header-only table with a line break and a table with rows without one: end both with one.
  return body.endsWith(CSV_NEWLINE) ? body : `${body}${CSV_NEWLINE}`;
}

function jsonValue(table: string, column: Column, cell: Cell): string {
  const text = machineText(table, column, cell);
  if (text === undefined) return 'null';
  switch (column.type) {
    case 'string':
      return JSON.stringify(text);
    case 'boolean':
      return cell === true ? 'true' : 'false';
    default:
      return text; // machine-format digits are valid JSON numbers as they are
  }
}

/** JSON: array of row objects, keys in column order, 2-space indent, exact numbers, `null` for empty cells. */
export function toJson(table: Table): string {
  if (table.rows.length === 0) return '[]\n';
  const rows = table.rows.map((row) => {
    const members = table.columns.map((c) => `    ${JSON.stringify(c.name)}: ${jsonValue(table.name, c, row[c.name])}`);
    return members.length === 0 ? '  {}' : `  {\n${members.join(',\n')}\n  }`;
  });
  return `[\n${rows.join(',\n')}\n]\n`;
}
