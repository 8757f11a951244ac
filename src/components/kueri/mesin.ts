/**
 * DuckDB-WASM in the reader's browser, loaded only by the SQL page when a query is first run (its own chunk).
 * Everything comes from this site: the worker and the WebAssembly are copied from node_modules into the build by
 * Vite (`?url`, hashed by content); each table is loaded once, the first time a query names it, from its CSV
 * partitions under `/unduh/…` (fetched like any page asset, so a static host's gzip applies), typed as its
 * Parquet. Extensions are never installed or loaded (src/lib/kueri/sql.ts). One bundle, the exception-handling
 * one: see docs/keputusan/kueri-sql.md.
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { asTextSql, csvTableSql, SETUP_SQL, tablesIn, type QuerySource, type TextResult } from '../../lib/kueri/sql.ts';

export interface Engine {
  run(sql: string): Promise<TextResult>;
}

async function bytesOf(path: string): Promise<Uint8Array> {
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`/${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function openEngine(sources: readonly QuerySource[]): Promise<Engine> {
  const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
  await db.instantiate(wasmUrl);
  await db.open({});
  const connection = await db.connect();
  for (const sql of SETUP_SQL) await connection.query(sql);
  const loaded = new Set<string>();

  async function load(source: QuerySource): Promise<void> {
    const files = await Promise.all(source.csv.map(bytesOf));
    for (const [i, path] of source.csv.entries()) await db.registerFileBuffer(path, files[i]!);
    await connection.query(csvTableSql(source, (path) => path));
    for (const path of source.csv) await db.dropFile(path);
    loaded.add(source.name);
  }

  return {
    async run(sql) {
      const names = tablesIn(
        sql,
        sources.map((s) => s.name),
      );
      for (const source of sources) if (names.includes(source.name) && !loaded.has(source.name)) await load(source);
      const table = await connection.query(asTextSql(sql));
      const columns = table.schema.fields.map((f) => f.name);
      const vectors = columns.map((_, j) => table.getChildAt(j));
      const rows: (string | null)[][] = [];
      for (let i = 0; i < table.numRows; i++) {
        rows.push(
          vectors.map((v) => {
            const cell: unknown = v?.get(i);
            return cell === null || cell === undefined ? null : String(cell);
          }),
        );
      }
      return { columns, rows };
    },
  };
}
