/**
 * The SQL page's example results, computed at build time by DuckDB (@duckdb/node-api) over the Parquet the stage
 * wrote — the files the site publishes — with the same tables and the same text cast as the browser
 * (src/lib/kueri/sql.ts), so the page without JavaScript shows what "run" shows with it.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildTables, CSV_NEWLINE, scoredColumnsFromEngine, toCsv, type DatasetTableName } from '../ekspor/index.ts';
import type { Portal } from '../portal.ts';
import { currentShard } from './shard.ts';
import { STAGE_OUT_DIR } from './jalur-tahap.ts';
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
 * The queries' results for the page, once per build for both languages. A whole build runs them over the Parquet
 * its stage wrote (`KINERJA_BANGUN`). A sharded build's stage holds only its own provinces' partitions, and
 * `astro dev` has no stage: both run them over the whole dataset's tables written from the loaded portal, the
 * same rows the stage writes, loaded from CSV as the browser loads them — so a merged sharded site's page is
 * byte-identical to the single build's (test/unit/bangun/shard.test.ts).
 */
export function pageResults(
  portal: Portal,
  sources: readonly QuerySource[],
  queries: readonly string[],
  stageDir = process.env.KINERJA_BANGUN,
  sharded = currentShard() !== undefined,
): Promise<TextResult[]> {
  const key = JSON.stringify([stageDir ?? '', sharded, queries]);
  if (!cached.has(key)) {
    cached.set(
      key,
      stageDir && !sharded
        ? runQueries(join(stageDir, STAGE_OUT_DIR), sources, queries)
        : portalResults(portal, sources, queries),
    );
  }
  return cached.get(key)!;
}

/** Each table of the whole dataset as one CSV (the rows of every report, as the stage writes its partitions). */
function wholeTables(portal: Portal, names: readonly string[]): Map<string, string> {
  const indicatorNames = portal.reports.flatMap((e) => e.report.indicators.map((i) => i.nama));
  const csv = new Map<string, string>();
  for (const resident of portal.reports) {
    // The tables hold every row the report prints; the resident entry leaves some out.
    const entry = portal.whole(resident);
    const one = { ...portal.content, reports: [entry.report] };
    const tables = buildTables(one, scoredColumnsFromEngine([entry]), { indicatorNames });
    for (const name of names) {
      const table = tables[name as DatasetTableName];
      if (!table || table.rows.length === 0) continue;
      const text = toCsv(table);
      const previous = csv.get(name);
      csv.set(
        name,
        previous === undefined ? text : previous + text.slice(text.indexOf(CSV_NEWLINE) + CSV_NEWLINE.length),
      );
    }
  }
  return csv;
}

async function portalResults(
  portal: Portal,
  sources: readonly QuerySource[],
  queries: readonly string[],
): Promise<TextResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-kueri-'));
  try {
    const tables = wholeTables(
      portal,
      sources.map((s) => s.name),
    );
    const whole = sources.map((source) => {
      const file = `${source.name}.csv`;
      writeFileSync(join(dir, file), tables.get(source.name) ?? '');
      return { ...source, csv: [file] };
    });
    return await runQueries(dir, whole, queries, 'csv');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
