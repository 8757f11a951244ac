/**
 * The analyst formats on the real content/: every Parquet partition, read back with DuckDB, holds exactly the
 * cells of its CSV (typed as its Table Schema says: exact decimals, ya/tidak booleans, NULL for empty); the
 * dictionary's DuckDB recipe, run as published, reproduces each report page's count of indicators and findings;
 * the same content gives the same Parquet and zip bytes; each year's zip holds that year's partitions and the
 * package.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import Decimal from 'decimal.js';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analystFormats } from '../../../src/lib/bangun/analis.ts';
import { parquetPathOf } from '../../../src/lib/bangun/partisi.ts';
import { PARQUET_TYPE } from '../../../src/lib/bangun/parquet.ts';
import { runStage, type StageManifest } from '../../../src/lib/bangun/tahap.ts';
import { yearZipEntries } from '../../../src/lib/bangun/zip.ts';
import { buildTables, DUCKDB_RECIPE, kamusData, type DatasetTableName } from '../../../src/lib/ekspor/index.ts';
import { reportParts } from '../../../src/lib/tampilan/bagian.ts';
import { scoreReport } from '../../../src/lib/skor/index.ts';
import { load, REAL } from '../ekspor/bantu.ts';

const work = mkdtempSync(join(tmpdir(), 'kinerja-parquet-'));
const empty = buildTables({ regions: [], agencies: [], scales: [], reports: [] });
let instance: DuckDBInstance;
let db: DuckDBConnection;

async function build(name: string): Promise<{ outDir: string; manifest: StageManifest }> {
  const outDir = join(work, `out-${name}`);
  const runDir = join(work, `run-${name}`);
  const { errors, manifest } = await runStage({ contentRoot: REAL, outDir, cacheDir: join(work, 'cache'), runDir });
  expect(errors).toEqual([]);
  await analystFormats(outDir, manifest);
  return { outDir, manifest };
}

let first: Awaited<ReturnType<typeof build>>;

beforeAll(async () => {
  first = await build('pertama');
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
}, 120_000);

afterAll(() => {
  db.closeSync();
  instance.closeSync();
  rmSync(work, { recursive: true, force: true });
});

/** CSV cells exactly as written (formula protection kept: the Parquet holds the same text). */
function csvCells(path: string): { header: string[]; rows: string[][] } {
  const text = readFileSync(path, 'utf8');
  const parsed = Papa.parse<string[]>(text.slice(0, -2), { delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

describe('Parquet partitions', () => {
  it('sit beside every CSV partition, with the schema’s column types', async () => {
    expect(first.manifest.partitions.length).toBeGreaterThan(30);
    for (const p of first.manifest.partitions) {
      const file = join(first.outDir, parquetPathOf(p.path)).replace(/'/g, "''");
      const described = (await db.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).getRowObjectsJS();
      const columns = empty[p.table as DatasetTableName].columns;
      expect(
        described.map((d) => [d.column_name, d.column_type]),
        p.path,
      ).toEqual(columns.map((c) => [c.name, PARQUET_TYPE[c.type]]));
    }
  });

  it('hold every cell of their CSV: same rows, same order, same values', async () => {
    let cells = 0;
    let numbers = 0;
    for (const p of first.manifest.partitions) {
      const columns = empty[p.table as DatasetTableName].columns;
      const csv = csvCells(join(first.outDir, p.path));
      expect(csv.header, p.path).toEqual(columns.map((c) => c.name));
      const file = join(first.outDir, parquetPathOf(p.path)).replace(/'/g, "''");
      // Decimals as text: DuckDB's exact rendering (no float on the way), compared as decimal numbers.
      const select = columns
        .map((c) => (c.type === 'number' ? `CAST("${c.name}" AS VARCHAR) AS "${c.name}"` : `"${c.name}"`))
        .join(', ');
      const rows = (await db.runAndReadAll(`SELECT ${select} FROM read_parquet('${file}')`)).getRowsJS();
      expect(rows.length, p.path).toBe(csv.rows.length);
      expect(rows.length, p.path).toBe(p.rows);
      rows.forEach((row, r) => {
        columns.forEach((column, c) => {
          const want = csv.rows[r]?.[c] ?? '';
          const got = row[c];
          const where = `${p.path} row ${r + 1} ${column.name}`;
          cells++;
          if (want === '') return expect(got, where).toBeNull();
          if (column.type === 'number') {
            numbers++;
            return expect(
              new Decimal(String(got)).equals(new Decimal(want)),
              `${where}: ${String(got)} ≠ ${want}`,
            ).toBe(true);
          }
          if (column.type === 'boolean') return expect(got ? 'ya' : 'tidak', where).toBe(want);
          expect(String(got), where).toBe(want);
        });
      });
    }
    expect(cells).toBeGreaterThan(100_000);
    expect(numbers).toBeGreaterThan(4_000);
  }, 120_000);

  it('keep a Rupiah amount exact beyond what a double holds', async () => {
    const sql = `SELECT CAST(CAST('1234567890123456789.25' AS ${PARQUET_TYPE.number}) AS VARCHAR) AS v`;
    expect((await db.runAndReadAll(sql)).getRowsJS()[0]?.[0]).toBe('1234567890123456789.2500000000');
  });

  it('are the same bytes from the same content, and so are the zips', async () => {
    const again = await build('kedua');
    for (const p of first.manifest.partitions) {
      const path = parquetPathOf(p.path);
      expect(readFileSync(join(again.outDir, path)).equals(readFileSync(join(first.outDir, path))), path).toBe(true);
    }
    for (const zip of first.manifest.zips) {
      expect(readFileSync(join(again.outDir, zip.path)).equals(readFileSync(join(first.outDir, zip.path)))).toBe(true);
    }
    expect(again.manifest.partitions).toEqual(first.manifest.partitions);
    expect(again.manifest.zips).toEqual(first.manifest.zips);
  }, 120_000);
});

describe('the dictionary’s DuckDB recipe', () => {
  it('runs as published over the Parquet partitions and reproduces each report page’s counts of indicators and findings', async () => {
    const { content } = load(REAL);
    await db.run(`SET file_search_path = '${first.outDir.replace(/'/g, "''")}'`);
    const rows = (await db.runAndReadAll(DUCKDB_RECIPE)).getRowObjectsJS();
    await db.run(`RESET file_search_path`);
    const expected = [...content.reports]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((report) => {
        const parts = new Map(
          reportParts({ report, scored: scoreReport(report, content.scales) }).map((p) => [p.part, p.count]),
        );
        return {
          laporan_id: report.id,
          indikator: parts.get('indikator'),
          nilai: report.rowCounts['nilai.csv'] ?? 0,
          temuan: parts.get('temuan'),
        };
      });
    const counts = rows.map((r) => ({
      ...r,
      indikator: Number(r.indikator),
      nilai: Number(r.nilai),
      temuan: Number(r.temuan),
    }));
    expect(counts).toEqual(expected);
    expect(expected.every((e) => (e.indikator ?? 0) > 0)).toBe(true);
  });
});

describe('the dictionary’s file list', () => {
  /** Every file the stage published, as paths under the site root. */
  const published = () =>
    readdirSync(first.outDir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => relative(first.outDir, join(e.parentPath, e.name)).split(sep).join('/'));

  it('names only path patterns that match files of a real build, and every kind of file it writes', () => {
    const text = kamusData();
    const patterns = [...new Set([...text.matchAll(/`(unduh\/[^`\s]+)`/g)].map((m) => m[1] ?? ''))];
    expect(patterns.length).toBeGreaterThan(20);
    const files = published();
    const regex = (pattern: string) =>
      new RegExp(
        `^${pattern
          .split(/(<[a-z_]+>)/)
          // A page path may have several segments (instansi/<agency>/<report>); every other placeholder is one.
          .map((part) =>
            part === '<halaman>'
              ? '.+'
              : /^<[a-z_]+>$/.test(part)
                ? '[^/]+'
                : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('')}$`,
      );
    for (const pattern of patterns) {
      expect(
        files.some((f) => regex(pattern).test(f)),
        `${pattern} matches no published file`,
      ).toBe(true);
    }
    // And the other way round: every published file is described by a pattern of the Files table.
    const table = text.slice(text.indexOf('## Berkas / Files'), text.indexOf('## Konvensi'));
    const listed = [...table.matchAll(/^\| `(unduh\/[^`]+)`/gm)].map((m) => regex(m[1] ?? ''));
    const undescribed = files.filter((f) => !listed.some((r) => r.test(f)));
    expect(undescribed).toEqual([]);
  });
});

describe('per-year zips', () => {
  it('hold every partition file of their year (CSV and Parquet), the package, schemas and dictionary', () => {
    const years = [...new Set(first.manifest.partitions.map((p) => p.year))].sort();
    expect(first.manifest.zips.map((z) => z.year)).toEqual(years);
    for (const zip of first.manifest.zips) {
      const body = readFileSync(join(first.outDir, zip.path));
      const entries = unzipSync(body);
      const names = Object.keys(entries).sort();
      expect(names).toEqual(yearZipEntries(first.outDir, zip.year));
      const own = first.manifest.partitions.filter((p) => p.year === zip.year);
      for (const p of own) {
        for (const path of [p.path, parquetPathOf(p.path)]) {
          const inside = path.slice('unduh/'.length);
          expect(Buffer.from(entries[inside] ?? []).equals(readFileSync(join(first.outDir, path))), inside).toBe(true);
        }
      }
      expect(names.filter((n) => /^\d{4}\//.test(n)).every((n) => n.startsWith(`${zip.year}/`))).toBe(true);
      for (const n of ['datapackage.json', 'kamus-data.md', 'skema/nilai.json']) expect(names).toContain(n);
      // The zip's package describes exactly the partition files the zip holds.
      const pkg = JSON.parse(Buffer.from(entries['datapackage.json'] ?? []).toString('utf8')) as {
        resources: { path: string }[];
      };
      expect(pkg.resources.map((r) => r.path).sort()).toEqual(names.filter((n) => /^\d{4}\//.test(n)));
    }
  });
});
