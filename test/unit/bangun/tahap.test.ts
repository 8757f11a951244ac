/**
 * The streaming stage on the real content/: what it writes one report at a time is what the whole-corpus export
 * writes (per-report files byte for byte; partitions hold exactly the whole-dataset rows), its datapackage.json is
 * valid, a second run comes from the cache with the same bytes, and a change to one report re-scores that report
 * only. Over worker threads it writes exactly what it writes in one thread, errors included.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runStage, type StageResult } from '../../../src/lib/bangun/tahap.ts';
import { WORKER_THRESHOLD } from '../../../src/lib/bangun/kumpulan.ts';
import { writeCorpus } from '../../../scripts/generate-korpus.ts';
import { parquetPathOf, REPORT_VARIANTS } from '../../../src/lib/bangun/partisi.ts';
import { loadPortal } from '../../../src/lib/portal.ts';
import { reportDownloadFiles } from '../../../src/lib/tampilan/unduhan.ts';
import { datasetFiles, DATASET_TABLES, reportWorkbookPath, type DownloadFile } from '../../../src/lib/ekspor/index.ts';
import { byPath, dataPackageProblems, load, readBack, REAL } from '../ekspor/bantu.ts';

const work = mkdtempSync(join(tmpdir(), 'kinerja-tahap-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    // Workbooks are binary: compared as base64, byte for byte.
    out.set(relative(dir, path).split(sep).join('/'), readFileSync(path, path.endsWith('.xlsx') ? 'base64' : 'utf8'));
  }
  return out;
}

async function stage(
  contentRoot: string,
  name: string,
  cache = join(work, `cache-${name}`),
): Promise<StageResult & { files: Map<string, string> }> {
  const outDir = join(work, `out-${name}`);
  const result = await runStage({ contentRoot, outDir, cacheDir: cache });
  return { ...result, files: filesUnder(outDir) };
}

const first = await stage(REAL, 'pertama', join(work, 'cache'));
const real = load(REAL);
const whole = byPath(datasetFiles(real.content, real.scored));

describe('the streaming stage on content/', () => {
  it('validates and scores every report, with no errors', () => {
    expect(first.errors).toEqual([]);
    expect(first.stats).toMatchObject({ reports: real.content.reports.length, scored: real.content.reports.length });
  });

  it('writes each report’s files byte for byte as the whole-corpus export does (CSV; no JSON), and its workbook', () => {
    const perReport = [...whole.values()].filter(
      (f) => f.path.startsWith('unduh/laporan/') && !f.path.endsWith('.json'),
    );
    expect(perReport.length).toBeGreaterThan(50);
    for (const file of perReport) expect(first.files.get(file.path), file.path).toBe(file.body);
    const written = [...first.files.keys()].filter((p) => p.startsWith('unduh/laporan/'));
    const workbooks = real.content.reports.map((r) => reportWorkbookPath(r.id));
    expect(written.sort()).toEqual([...perReport.map((f) => f.path), ...workbooks].sort());
    expect(REPORT_VARIANTS).not.toContain('json');
  });

  it('lists exactly the files each report publishes for its metadata (JSON-LD distribution)', () => {
    const portal = loadPortal(REAL);
    expect(portal.reports.length).toBe(real.content.reports.length);
    for (const entry of portal.reports) {
      const prefix = `unduh/laporan/${entry.report.id}/`;
      const written = [...first.files.keys()].filter((p) => p.startsWith(prefix)).sort();
      expect(
        reportDownloadFiles(portal.whole(entry))
          .map((f) => f.path.slice(1))
          .sort(),
        entry.report.id,
      ).toEqual(written);
      expect(written.length).toBeGreaterThan(REPORT_VARIANTS.length * 4 - 1);
    }
  });

  it('partitions every whole-dataset table by year and province, losing and adding no row', () => {
    for (const name of DATASET_TABLES) {
      const all = whole.get(`unduh/${name}.csv`) as DownloadFile;
      const expected = readBack(all.body);
      const parts = first.manifest.partitions.filter((p) => p.table === name);
      const rows = parts.flatMap((p) => {
        const back = readBack(first.files.get(p.path) ?? '');
        expect(back.header, p.path).toEqual(expected.header);
        expect(back.rows.length, p.path).toBe(p.rows);
        return back.rows.map((r) => JSON.stringify(r));
      });
      expect(rows.sort(), name).toEqual(expected.rows.map((r) => JSON.stringify(r)).sort());
      for (const p of parts) expect(p.path).toMatch(/^unduh\/\d{4}\/[a-z0-9-]+\/[a-z-]+\.csv$/);
    }
  });

  it('writes one valid datapackage.json listing every partition (schemas shared per table)', () => {
    const all = JSON.parse(first.files.get('unduh/datapackage.json') ?? '{}') as {
      resources: { path: string; format: string; schema: unknown }[];
    };
    // Each partition's Parquet is a resource beside its CSV (written after the stage: test/unit/bangun/parquet.test.ts).
    const parquet = all.resources.filter((r) => r.format === 'parquet');
    expect(parquet.map((r) => `unduh/${r.path}`).sort()).toEqual(
      first.manifest.partitions.map((p) => parquetPathOf(p.path)).sort(),
    );
    const pkg = { ...all, resources: all.resources.filter((r) => r.format === 'csv') };
    expect(pkg.resources.length + parquet.length).toBe(all.resources.length);
    expect(pkg.resources.map((r) => `unduh/${r.path}`).sort()).toEqual(
      first.manifest.partitions.map((p) => p.path).sort(),
    );
    for (const r of all.resources) {
      const schema = JSON.parse(first.files.get(`unduh/${String(r.schema)}`) ?? 'null') as {
        missingValues: string[];
        fields: { type: string; trueValues?: string[]; falseValues?: string[] }[];
      };
      expect(schema.missingValues).toEqual(['']);
      for (const f of schema.fields.filter((x) => x.type === 'boolean')) {
        expect([f.trueValues, f.falseValues]).toEqual([['ya'], ['tidak']]);
      }
    }
    // Inline the shared schemas, then check it like a Frictionless validator would.
    for (const r of pkg.resources) r.schema = JSON.parse(first.files.get(`unduh/${String(r.schema)}`) ?? 'null');
    const files = new Map(
      [...first.files].map(([path, body]) => [path, { path, contentType: '', body }] as [string, DownloadFile]),
    );
    files.set('unduh/datapackage.json', { path: 'unduh/datapackage.json', contentType: '', body: JSON.stringify(pkg) });
    expect(dataPackageProblems(files)).toEqual([]);
  });

  it('comes from the cache the second time, with the same bytes', async () => {
    const again = await stage(REAL, 'kedua', join(work, 'cache'));
    expect(again.stats).toMatchObject({ scored: 0, cached: again.stats.reports, written: 0 });
    expect(again.files).toEqual(first.files);
  }, 60_000);

  it('re-reads and re-scores only the report that changed, and writes what a cold build writes (workbooks too)', async () => {
    const copy = join(work, 'salinan', 'content');
    cpSync(REAL, copy, { recursive: true });
    const cache = join(work, 'cache-salinan');
    await stage(copy, 'salinan-1', cache);
    const changed = join(copy, 'laporan', 'dinsos-p3a-kota-probolinggo', '2024-lkjip', 'ringkasan.csv');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('Total anggaran Tahun 2024', 'Total anggaran 2024'));
    const warm = await stage(copy, 'salinan-2', cache);
    expect(warm.stats).toMatchObject({ scored: 1, cached: warm.stats.reports - 1, written: 1 });
    const cold = await stage(copy, 'salinan-dingin');
    expect(warm.files).toEqual(cold.files);
    expect(warm.files).not.toEqual(first.files);
  }, 120_000);
});

describe('the stage over worker threads', () => {
  const corpus = join(work, 'korpus-pekerja');
  writeCorpus(corpus, 24, 3, { agencies: 2, regionsPerProvince: 1, years: [2024], kecamatan: 0 });
  const content = join(corpus, 'content');
  /** The manifest with this run's folders written as placeholders, so two runs compare. */
  const manifestOf = (result: StageResult, name: string) =>
    JSON.parse(
      JSON.stringify(result.manifest)
        .replaceAll(join(work, `cache-${name}`), '<cache>')
        .replaceAll(join(work, `out-${name}`), '<out>'),
    ) as unknown;

  it('writes the same files, manifest and counts with two workers as in one thread', async () => {
    const one = await runStage({
      contentRoot: content,
      outDir: join(work, 'out-satu'),
      cacheDir: join(work, 'cache-satu'),
      workers: 1,
    });
    const two = await runStage({
      contentRoot: content,
      outDir: join(work, 'out-dua'),
      cacheDir: join(work, 'cache-dua'),
      workers: 2,
    });
    expect(one.errors).toEqual([]);
    expect(two.stats).toEqual(one.stats);
    expect(two.stats.scored).toBeGreaterThanOrEqual(WORKER_THRESHOLD);
    expect(filesUnder(join(work, 'out-dua'))).toEqual(filesUnder(join(work, 'out-satu')));
    expect(manifestOf(two, 'dua')).toEqual(manifestOf(one, 'satu'));
  }, 300_000);

  it('reports the same located errors, in content order, from the workers', async () => {
    const broken = join(work, 'korpus-rusak', 'content');
    cpSync(content, broken, { recursive: true });
    const reports = readdirSync(join(broken, 'laporan'), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name === 'nilai.csv')
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of [reports[1]!, reports.at(-2)!]) writeFileSync(file, 'bukan,kepala\n1,2\n');
    const run = (workers: number) =>
      runStage({
        contentRoot: broken,
        outDir: join(work, `out-rusak-${workers}`),
        cacheDir: join(work, `cache-rusak-${workers}`),
        workers,
      });
    const [one, two] = [await run(1), await run(2)];
    expect(one.errors.length).toBeGreaterThan(1);
    expect(new Set(one.errors.map((e) => e.file.split('/').slice(0, -1).join('/'))).size).toBe(2);
    expect(two.errors).toEqual(one.errors);
  }, 300_000);
});
