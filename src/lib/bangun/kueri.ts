/**
 * The SQL page's example results, computed at build time by DuckDB (@duckdb/node-api) over the Parquet the stage
 * wrote — the files the site publishes — with the same views and the same text cast as the browser
 * (src/lib/kueri/sql.ts), so the page without JavaScript shows what "run" shows with it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { currentShard } from './shard.ts';
import { STAGE_OUT_DIR } from './unduhan.ts';
import { asTextSql, csvTableSql, SETUP_SQL, viewSql, type QuerySource, type TextResult } from '../kueri/sql.ts';

/**
 * Run each query over `sources` (site paths under `root`), in order, on one single-threaded connection: over
 * views of the Parquet (what the page shows), or over tables loaded from the CSV as the browser loads them (to
 * check that both give the same answer). A query that fails fails the build: the page would otherwise show an
 * example that does not work.
 */
export async function runQueries(
  root: string,
  sources: readonly QuerySource[],
  queries: readonly string[],
  from: 'parquet' | 'csv' = 'parquet',
): Promise<TextResult[]> {
  const missing = sources.flatMap((s) => s[from]).filter((p) => !existsSync(join(root, p)));
  if (missing.length > 0) throw new Error(`kueri: Parquet missing under ${root}: ${missing.join(', ')}`);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    for (const sql of SETUP_SQL) await connection.run(sql);
    const load = from === 'parquet' ? viewSql : csvTableSql;
    for (const source of sources) await connection.run(load(source, (p) => join(root, p)));
    const results: TextResult[] = [];
    for (const sql of queries) {
      const reader = await connection.runAndReadAll(asTextSql(sql));
      results.push({
        columns: reader.columnNames(),
        rows: reader.getRows().map((row) => row.map((cell) => (cell === null ? null : String(cell)))),
      });
    }
    return results;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const cached = new Map<string, Promise<TextResult[]>>();

/**
 * The queries' results over the Parquet of this build's stage (`KINERJA_BANGUN`), run once per build for both
 * languages' pages; undefined without a stage (`astro dev`) or in a sharded build, whose stage holds only its own
 * provinces' partitions (the results would silently cover part of the country).
 */
export function stageResults(
  sources: readonly QuerySource[],
  queries: readonly string[],
  stageDir = process.env.KINERJA_BANGUN,
  sharded = currentShard() !== undefined,
): Promise<TextResult[]> | undefined {
  if (!stageDir || sharded) return undefined;
  const key = JSON.stringify([stageDir, sources, queries]);
  if (!cached.has(key)) cached.set(key, runQueries(join(stageDir, STAGE_OUT_DIR), sources, queries));
  return cached.get(key);
}
