/**
 * DuckDB-WASM in the reader's browser, loaded only by the SQL page when a query is first run (its own chunk; the
 * engine is ±8 MB over the wire). Everything comes from this site: the worker and the WebAssembly are copied from
 * node_modules into the build by Vite (`?url`, hashed by content), the Parquet partitions are read from
 * `/unduh/…` with HTTP range requests, and extensions are never installed or loaded (src/lib/kueri/sql.ts).
 * One bundle, the exception-handling one: see docs/keputusan/kueri-sql.md.
 */
import { AsyncDuckDB, DuckDBDataProtocol, VoidLogger } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { asTextSql, SETUP_SQL, viewSql, type QuerySource, type TextResult } from '../../lib/kueri/sql.ts';

export interface Engine {
  run(sql: string): Promise<TextResult>;
}

export async function openEngine(sources: readonly QuerySource[]): Promise<Engine> {
  const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
  await db.instantiate(wasmUrl);
  // A static host that ignores Range must not make the engine download whole partitions behind the reader's back.
  await db.open({ filesystem: { allowFullHTTPReads: false } });
  const connection = await db.connect();
  for (const sql of SETUP_SQL) await connection.query(sql);
  for (const path of sources.flatMap((s) => s.parquet)) {
    await db.registerFileURL(path, new URL(`/${path}`, location.href).href, DuckDBDataProtocol.HTTP, false);
  }
  for (const source of sources) await connection.query(viewSql(source, (path) => path));
  return {
    async run(sql) {
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
