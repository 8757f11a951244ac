/**
 * The download table: typed columns (each documented in Indonesian and English, with the Table Schema type and
 * constraints the data package publishes) and rows keyed by column name. Writers (`tulis.ts`), the data package
 * (`datapackage.ts`) and the data dictionary (`kamus.ts`) all read the same column list, so a column is described
 * exactly once.
 */
import type Decimal from 'decimal.js';

/** A text in both portal languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/**
 * Column types, named as in Frictionless Table Schema.
 * - `string`: text as printed; the only type whose CSV cells are neutralised against formula injection.
 * - `number`: a `Decimal`, written in machine format (`1234567.89`; a number cell in the workbook).
 * - `integer`, `year`: a JS integer (row numbers, years).
 * - `boolean`: written `ya` / `tidak` (JSON `true` / `false`).
 */
export type ColumnType = 'string' | 'number' | 'integer' | 'year' | 'boolean';

export interface ColumnConstraints {
  required?: boolean;
  enum?: readonly string[];
  pattern?: string;
}

export interface Column<N extends string = string> {
  name: N;
  type: ColumnType;
  description: Bilingual;
  constraints?: ColumnConstraints;
}

/** One cell. `undefined` (and `''`) = empty: not printed, not applicable, or not computed. */
export type Cell = string | Decimal | number | boolean | undefined;

export type Row<N extends string = string> = Readonly<Record<N, Cell>>;

export interface Table<N extends string = string> {
  /** Dataset name: the file name without extension (`nilai`, `anggaran`, `tabel/pegawai`). */
  name: string;
  title: Bilingual;
  description: Bilingual;
  columns: readonly Column<N>[];
  rows: readonly Row<N>[];
  /** Columns that identify a row (Table Schema `primaryKey`). */
  primaryKey?: readonly N[];
}

/** A column definition; `as const` friendly so the row type knows every column name. */
export function col<N extends string>(
  name: N,
  type: ColumnType,
  id: string,
  en: string,
  constraints?: ColumnConstraints,
): Column<N> {
  return { name, type, description: { id, en }, ...(constraints ? { constraints } : {}) };
}

/** The same table with only the rows that pass `keep` (partitions per report, indicator, programme). */
export function filterRows<N extends string>(table: Table<N>, name: string, keep: (row: Row<N>) => boolean): Table<N> {
  return { ...table, name, rows: table.rows.filter(keep) };
}

/** Name list of a table's columns, in order. */
export function columnNames(table: Pick<Table, 'columns'>): string[] {
  return table.columns.map((c) => c.name);
}
