/**
 * The SQL page's examples on the real content/, through the build's own stage: each runs over the Parquet (what
 * the page shows without JavaScript) and gives the same table over the CSV typed as the browser loads it, and
 * over the whole tables written from the loaded portal (a sharded build, `astro dev`); the
 * absorption recipe gives each report page's exact pagu and realisasi, the findings count each report's findings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analystFormats } from '../../../src/lib/bangun/analis.ts';
import { pageResults, runQueries } from '../../../src/lib/bangun/kueri.ts';
import { loadPortal } from '../../../src/lib/portal.ts';
import { runStage } from '../../../src/lib/bangun/tahap.ts';
import { buildTables, DATASET_TABLES } from '../../../src/lib/ekspor/index.ts';
import { EXAMPLES } from '../../../src/lib/kueri/contoh.ts';
import type { TextResult } from '../../../src/lib/kueri/sql.ts';
import { queryTables } from '../../../src/lib/kueri/tabel.ts';
import { scoreReport } from '../../../src/lib/skor/index.ts';
import { reportHeadline } from '../../../src/lib/tampilan/laporan.ts';
import { load, REAL } from '../ekspor/bantu.ts';

const work = mkdtempSync(join(tmpdir(), 'kinerja-kueri-'));
const real = load(REAL);
let fromParquet: TextResult[];
let fromCsv: TextResult[];
let fromPortal: TextResult[];

beforeAll(async () => {
  const outDir = join(work, 'out');
  const { errors, manifest } = await runStage({ contentRoot: REAL, outDir, cacheDir: join(work, 'cache') });
  expect(errors).toEqual([]);
  await analystFormats(outDir, manifest);
  const definitions = buildTables({ regions: [], agencies: [], scales: [], reports: [] });
  const sources = queryTables(DATASET_TABLES, definitions, manifest.partitions).map((t) => t.source);
  const sql = EXAMPLES.map((e) => e.sql);
  fromParquet = await runQueries(outDir, sources, sql);
  fromCsv = await runQueries(outDir, sources, sql, 'csv');
  // What a sharded build or `astro dev` shows: the same tables written from the loaded portal.
  fromPortal = await pageResults(loadPortal(REAL), sources, sql, undefined, true);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const records = (result: TextResult) =>
  result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i] ?? null])));
const resultOf = (id: string) => fromParquet[EXAMPLES.findIndex((e) => e.id === id)]!;

describe('the SQL page’s examples on the real content', () => {
  it.each(EXAMPLES.map((e, i) => [e.id, i] as const))(
    '%s: rows, and the same table from the Parquet, the CSV and the loaded portal',
    (_, i) => {
      expect(fromParquet[i]!.rows.length).toBeGreaterThan(0);
      expect(fromCsv[i]).toEqual(fromParquet[i]);
      expect(fromPortal[i]).toEqual(fromParquet[i]);
    },
  );

  it('absorption per report = each report page’s exact pagu and realisasi', () => {
    const rows = records(resultOf('serapan-laporan'));
    const withBudget = real.content.reports
      .map((report) => ({ report, page: reportHeadline(report, scoreReport(report, real.content.scales)) }))
      .filter(({ page }) => page.pagu !== undefined);
    expect(rows.map((r) => r.laporan_id)).toEqual(withBudget.map(({ report }) => report.id).sort());
    for (const { report, page } of withBudget) {
      const row = rows.find((r) => r.laporan_id === report.id)!;
      expect(new Decimal(row.pagu!).equals(page.pagu!), report.id).toBe(true);
      expect(new Decimal(row.realisasi!).equals(page.realisasi!), report.id).toBe(true);
    }
    // The figures the Malang and Lumajang pages print (Rp 68,95 miliar; Rp 30,3 miliar of which 3,82% spent).
    expect(rows.find((r) => r.laporan_id === 'dinsos-p3ap2kb-kota-malang/2023-lkjip')).toMatchObject({
      pagu: '68946994211.00',
      realisasi: '50567636778.00',
      serapan_persen: '73.34',
    });
    expect(rows.find((r) => r.laporan_id === 'dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1')).toMatchObject({
      pagu: '30316880763.00',
      serapan_persen: '3.82',
    });
  });

  it('findings per report by severity add up to each report’s findings', () => {
    const rows = records(resultOf('temuan-keparahan'));
    expect(rows).toHaveLength(real.content.reports.length);
    for (const report of real.content.reports) {
      const findings = scoreReport(report, real.content.scales).findings;
      const row = rows.find((r) => r.laporan_id === report.id)!;
      expect(Number(row.jumlah), report.id).toBe(findings.length);
      expect(Number(row.error) + Number(row.warning) + Number(row.info), report.id).toBe(findings.length);
    }
  });

  it('gaps come largest first, the largest over 100 percentage points', () => {
    const [top] = records(resultOf('selisih-capaian'));
    expect(Number(top!.selisih_poin)).toBeGreaterThan(100);
    const gaps = records(resultOf('selisih-capaian')).map((r) => Number(r.selisih_poin));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });
});
