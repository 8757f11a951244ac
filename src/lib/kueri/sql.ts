/**
 * The SQL the query page runs around what a reader writes, shared by the browser (DuckDB-WASM) and the build
 * (@duckdb/node-api), so both engines see the same views and return the same text. Pure: no engine imports.
 */

/** A table a reader can query: its name and the site paths of its Parquet partitions (`unduh/…/nilai.parquet`). */
export interface QuerySource {
  name: string;
  parquet: readonly string[];
}

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * One view per table over all its partitions, so a reader writes `FROM nilai`, never a file name. `fileName` maps a
 * site path to what the engine opens (a registered HTTP file in the browser, a local path at build time).
 */
export function viewSql(source: QuerySource, fileName: (sitePath: string) => string): string {
  const files = source.parquet.map((p) => sqlString(fileName(p))).join(', ');
  return `CREATE OR REPLACE VIEW ${ident(source.name)} AS SELECT * FROM read_parquet([${files}])`;
}

/**
 * Settings before any reader's SQL: extensions are never installed or loaded on demand (DuckDB would fetch them
 * from its extension server; everything a query needs — Parquet, SQL — is built in).
 */
export const SETUP_SQL = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];

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
