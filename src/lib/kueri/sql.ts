/**
 * The SQL the query page runs around what a reader writes, shared by the browser (DuckDB-WASM) and the build
 * (@duckdb/node-api), so both engines see the same tables and return the same text. Pure: no engine imports.
 *
 * The build reads the Parquet partitions; the browser reads the CSV partitions typed by the same rule the
 * Parquet was written with (src/lib/bangun/tipe-sql.ts), because DuckDB-WASM reads Parquet only through an
 * extension it downloads from DuckDB's server (docs/keputusan/kueri-sql.md). Same values, same types.
 */
import { ident, sqlString, typedCsvSelect, type TypedColumn } from '../bangun/tipe-sql.ts';

/** A table a reader can query: its name, its partitions (site paths, `unduh/…/nilai.csv`) and its columns. */
export interface QuerySource {
  name: string;
  csv: readonly string[];
  parquet: readonly string[];
  columns: readonly TypedColumn[];
}

/**
 * One view per table over all its Parquet partitions, so a reader writes `FROM nilai`, never a file name.
 * `fileName` maps a site path to the file the engine opens.
 */
export function viewSql(source: QuerySource, fileName: (sitePath: string) => string): string {
  const files = source.parquet.map((p) => sqlString(fileName(p))).join(', ');
  return `CREATE OR REPLACE VIEW ${ident(source.name)} AS SELECT * FROM read_parquet([${files}])`;
}

/** The same table as {@link viewSql}, built once from its CSV partitions (`fileName` as there). */
export function csvTableSql(source: QuerySource, fileName: (sitePath: string) => string): string {
  const select = typedCsvSelect(source.columns, source.csv.map(fileName), source.name);
  return `CREATE OR REPLACE TABLE ${ident(source.name)} AS ${select}`;
}

/**
 * The tables a query may use: every name that appears in it as a whole word (over-inclusion only loads a table
 * early), so the browser downloads just those partitions.
 */
export function tablesIn(sql: string, names: readonly string[]): string[] {
  const text = sql.toLowerCase();
  return names.filter((name) => {
    const escaped = name.toLowerCase().replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    return new RegExp(`(^|[^a-z0-9_])${escaped}($|[^a-z0-9_])`).test(text);
  });
}

/** Where DuckDB would look for extensions: a path on this site that holds none (see {@link SETUP_SQL}). */
export const NO_EXTENSIONS = '/kueri/tanpa-ekstensi';

/**
 * Settings before any reader's SQL. Extensions are never installed or loaded on demand (DuckDB-WASM would fetch
 * them from DuckDB's server); an explicit `LOAD` looks on this site, where there are none, and fails; and the
 * configuration is then locked, so no query can turn this back. What the page needs (CSV, SQL) is built in.
 */
export const SETUP_SQL = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET allow_community_extensions = false',
  `SET custom_extension_repository = '${NO_EXTENSIONS}'`,
  'SET lock_configuration = true',
];

/** The reader's SQL without trailing semicolons and blank space, so it can be wrapped as a subquery. */
export function bareSql(sql: string): string {
  return sql.trim().replace(/(\s*;)+$/, '');
}

/**
 * The reader's query with every column cast to text by DuckDB itself: both engines then print numbers the same
 * way (exact DECIMAL digits, no float or BigInt conversion in JavaScript), for the table and the CSV alike. The
 * line break before `)` keeps a trailing `-- comment` from swallowing the parenthesis.
 */
export function asTextSql(sql: string): string {
  return `SELECT COLUMNS(*)::VARCHAR FROM (\n${bareSql(sql)}\n) AS hasil`;
}

/** One query's result as text: column names and rows of cells (`null` = SQL NULL). */
export interface TextResult {
  columns: string[];
  rows: (string | null)[][];
}

/** How a result cell is shown: machine numbers right-aligned like the portal's other tables, NULL marked. */
export function cellClass(cell: string | null): 'num' | 'kosong' | undefined {
  if (cell === null) return 'kosong';
  return /^-?\d+(\.\d+)?$/.test(cell) ? 'num' : undefined;
}
