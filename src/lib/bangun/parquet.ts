/**
 * Parquet beside each whole-dataset CSV partition (`unduh/<year>/<province>/<table>.parquet`), written by DuckDB
 * from the finished CSV with the column types of the table's Table Schema, so analysts get typed columns without
 * guessing: `number` → DECIMAL(38,10) (exact: Rupiah amounts and printed decimals never pass through a float; a
 * value with more than 10 decimals fails the build instead of being rounded), `integer` → BIGINT, `year` →
 * INTEGER, `boolean` → BOOLEAN from `ya`/`tidak`, `string` → VARCHAR exactly as the CSV cell (formula protection
 * included, so both files hold the same text). Empty cells are NULL (`missingValues: [""]`).
 *
 * One thread, insertion order kept, fixed row-group size: the same CSV gives the same bytes.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { Column, ColumnType } from '../ekspor/tabel.ts';

export const NUMBER_SCALE = 10;
export const PARQUET_TYPE: Record<ColumnType, string> = {
  string: 'VARCHAR',
  number: `DECIMAL(38,${NUMBER_SCALE})`,
  integer: 'BIGINT',
  year: 'INTEGER',
  boolean: 'BOOLEAN',
};

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** One column of the SELECT that types a CSV column (read as text) the way its schema says. */
function typed(column: Column, file: string): string {
  const c = ident(column.name);
  const where = sqlString(`${file}: ${column.name}`);
  switch (column.type) {
    case 'string':
      return c;
    case 'boolean':
      return `CASE WHEN ${c} IS NULL THEN NULL WHEN ${c} = 'ya' THEN true WHEN ${c} = 'tidak' THEN false ELSE error(${where} || ': not ya/tidak: ' || ${c}) END AS ${c}`;
    case 'number':
      // DuckDB would round a longer fraction silently; the file must hold exactly what the CSV says.
      return `CASE WHEN length(regexp_extract(${c}, '\\.([0-9]*)$', 1)) > ${NUMBER_SCALE} THEN error(${where} || ': more than ${NUMBER_SCALE} decimals: ' || ${c}) ELSE CAST(${c} AS ${PARQUET_TYPE.number}) END AS ${c}`;
    default:
      return `CAST(${c} AS ${PARQUET_TYPE[column.type]}) AS ${c}`;
  }
}

/** The COPY statement that writes one partition's Parquet from its CSV (every column read as text first). */
export function parquetCopySql(columns: readonly Column[], csvFile: string, parquetFile: string): string {
  const asText = columns.map((c) => `${sqlString(c.name)}: 'VARCHAR'`).join(', ');
  const read = `read_csv(${sqlString(csvFile)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${asText}})`;
  const select = columns.map((c) => typed(c, csvFile)).join(', ');
  return `COPY (SELECT ${select} FROM ${read}) TO ${sqlString(parquetFile)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`;
}

/** Write the Parquet of each `[columns, csv file, parquet file]`, in order, on one DuckDB connection. */
export async function writeParquetFiles(jobs: readonly [readonly Column[], string, string][]): Promise<void> {
  if (jobs.length === 0) return;
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    await connection.run('SET preserve_insertion_order = true');
    for (const [columns, csv, parquet] of jobs) await connection.run(parquetCopySql(columns, csv, parquet));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
