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
import type { Column } from '../ekspor/tabel.ts';
import { sqlString, typedCsvSelect } from './tipe-sql.ts';

export { NUMBER_SCALE, PARQUET_TYPE } from './tipe-sql.ts';

/** The COPY statement that writes one partition's Parquet from its CSV (every column read as text first). */
export function parquetCopySql(columns: readonly Column[], csvFile: string, parquetFile: string): string {
  return `COPY (${typedCsvSelect(columns, [csvFile], csvFile)}) TO ${sqlString(parquetFile)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`;
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
