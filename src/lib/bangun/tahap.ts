/**
 * The streaming stage before Astro (`scripts/build.ts` runs it): each report is read, validated and scored on its
 * own, its bundle cached by content hash, its downloads written and its rows appended to the whole-dataset
 * partitions; only a compact digest per report stays in memory. Astro then reads the bundles (`portal.ts`)
 * instead of reading and scoring the content again.
 *
 * Two passes, because one thing is corpus-wide: indicator keys fold an abbreviation ("IDG") into a full name
 * printed elsewhere ("Indeks Pemberdayaan Gender (IDG)"), so keys need every indicator name first.
 *  1. per report: content hash → cached bundle, or read + validate + score + cache. Keeps the indicator names.
 *  2. per report: downloads from the bundle (cached per bundle and key set), appended partition rows.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { threadId } from 'node:worker_threads';
import {
  duplicateReport,
  identityKey,
  loadReport,
  loadShared,
  reportFolders,
  type ContentError,
  type ReportFolder,
  type ReportIdentity,
  type SharedContent,
} from '../data/index.ts';
import {
  buildTables,
  CSV_NEWLINE,
  DATASET_TABLES,
  KAMUS_PATH,
  kamusData,
  reportDownloadTables,
  reportWorkbook,
  reportWorkbookPath,
  scoredColumnsFromEngine,
  tableFiles,
  toCsv,
  type DatasetTableName,
} from '../ekspor/index.ts';
import { reportPageCharts } from '../grafik/semua.ts';
import { chartCsv, chartCsvPath } from '../grafik/unduh.ts';
import type { Agency, Content, Region } from '../model.ts';
import { portalEntry, withCodes, type PortalReport } from '../portal.ts';
import { indexNomenclature, type NomenclatureIndex } from '../nomenklatur/cocok.ts';
import { decodeEntry, encodeEntry } from './bundel.ts';
import { partitionedPackage } from './paket.ts';
import { partitionPath, REPORT_DOWNLOAD_PREFIX, REPORT_VARIANTS, zipPath, type Partition } from './partisi.ts';
import { tableRowCounts } from '../tampilan/unduhan.ts';
import { Penulis } from './penulis.ts';
import { assignProvinces } from './shard.ts';
import { defaultWorkers, runTasks } from './kumpulan.ts';

export interface StageOptions {
  contentRoot: string;
  /** Where published files go (paths as under dist/: `unduh/…`). Emptied first. */
  outDir: string;
  /** Bundles and per-report outputs, keyed by content hash; reused across builds (and by concurrent ones). */
  cacheDir: string;
  /** Where this build's manifest goes (KINERJA_BANGUN for Astro); default `cacheDir`. */
  runDir?: string;
  /** Public address (datapackage `homepage`). */
  site?: string;
  /** Publish only this shard's provinces' reports (cross-report data still covers every report). */
  shard?: { index: number; count: number };
  /** Worker threads for the per-report work (default: one per core, `defaultWorkers`); 1 runs it all inline. */
  workers?: number;
}

/** What Astro needs from the stage: where each report's bundle is, and the published partitions. */
export interface StageManifest {
  version: 1;
  contentRoot: string;
  /**
   * Every report of the corpus, in id order, with its bundle file and whether this build publishes it; a
   * published report lists its per-report downloads (`unduh/laporan/…`) with their sizes, for the pages to show.
   */
  reports: { id: string; bundle: string; province: string; published: boolean; files?: FileSize[] }[];
  /** Sharded builds: the shard of each province, and this build's shard. */
  shard?: { index: number; count: number; provinces: Record<string, number> };
  partitions: Partition[];
  /** The per-year zips (`unduh/zip/<year>.zip`, written by `analystFormats`, or by `npm run gabung` for shards). */
  zips: { year: number; path: string }[];
}

export interface FileSize {
  path: string;
  bytes: number;
}

export interface StageResult {
  errors: ContentError[];
  manifest: StageManifest;
  stats: { reports: number; scored: number; cached: number; written: number };
}

export const MANIFEST = 'manifest.json';

// Parts as an array, never spread into the call: at 5,000 reports the corpus's indicator names (≈ 175,000)
// overflowed the call stack as arguments.
function shaOf(parts: readonly (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/** Every file under `dir`, sorted, as `relative path` + bytes, into one hash. */
function hashTree(dir: string, h = createHash('sha256')): ReturnType<typeof createHash> {
  if (!existsSync(dir)) return h;
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of entries) h.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return h;
}

/** The code that turns content into bundles and downloads: a change to it invalidates the cache. */
function codeVersion(): string {
  const lib = join(import.meta.dirname, '..');
  return hashTree(lib).digest('hex');
}

function sharedVersion(contentRoot: string): string {
  const h = createHash('sha256');
  // The nomenclature too: scoring compares budget lines through their national codes.
  for (const dir of ['wilayah', 'instansi', 'skala', 'nomenklatur']) hashTree(join(contentRoot, dir), h.update(dir));
  return h.digest('hex');
}

/** The source document named in laporan.yaml (read loosely: a miss only means no cache hit). */
function documentOf(dir: string): string | undefined {
  const yaml = readFileSync(join(dir, 'laporan.yaml'), 'utf8');
  return /^dokumen:\s*\n(?:\s+.*\n)*?\s+berkas:\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*\.txt)/m.exec(yaml)?.[1];
}

function reportKey(base: string, contentRoot: string, folder: ReportFolder): string | undefined {
  if (!existsSync(join(folder.dir, 'laporan.yaml'))) return undefined;
  const doc = documentOf(folder.dir);
  if (!doc) return undefined;
  const docPath = join(contentRoot, 'dokumen', doc);
  const h = hashTree(folder.dir, createHash('sha256').update(base).update(`${folder.agency}/${folder.folder}`));
  h.update(doc).update(existsSync(docPath) ? readFileSync(docPath) : 'missing');
  return h.digest('hex');
}

/** The compact part of a report kept in memory for the whole build. */
export interface Digest {
  id: string;
  year: number;
  /** Agency, year, type and period: one folder per report (checked across cached and fresh digests). */
  identity: ReportIdentity;
  province: string;
  indicatorNames: string[];
  /** Rows this report adds to each whole-dataset table (checked against the tables when they are built). */
  counts: Partial<Record<DatasetTableName, number>>;
}

interface Pass1 {
  digest: Digest;
  bundle: string;
  key: string | undefined;
}

function oneReportContent(entry: PortalReport, shared: Omit<Content, 'reports'>): Content {
  return { ...shared, reports: [entry.report] };
}

/** The files one report publishes (its downloads, its workbook, report-page chart CSVs) and its partition rows. */
async function reportOutputs(
  entry: PortalReport,
  shared: Omit<Content, 'reports'>,
  indicatorNames: readonly string[],
): Promise<{
  files: { path: string; body: string | Uint8Array }[];
  rows: Partial<Record<DatasetTableName, string>>;
  counts: Partial<Record<DatasetTableName, number>>;
}> {
  const tables = buildTables(oneReportContent(entry, shared), scoredColumnsFromEngine([entry]), { indicatorNames });
  const files: { path: string; body: string | Uint8Array }[] = [];
  const downloads = reportDownloadTables(entry.report, (name) => tables[name]);
  for (const table of downloads) {
    for (const file of tableFiles(table, REPORT_VARIANTS)) files.push({ path: file.path, body: file.body });
  }
  files.push({ path: reportWorkbookPath(entry.report.id), body: await reportWorkbook(entry.report, downloads) });
  for (const { page, spec } of reportPageCharts(entry, 'id')) {
    files.push({ path: chartCsvPath(page, spec).slice(1), body: chartCsv(spec) });
  }
  const rows: Partial<Record<DatasetTableName, string>> = {};
  const counts: Partial<Record<DatasetTableName, number>> = {};
  for (const name of DATASET_TABLES) {
    const table = tables[name];
    if (table.rows.length === 0) continue;
    const csv = toCsv(table);
    rows[name] = csv.slice(csv.indexOf(CSV_NEWLINE) + CSV_NEWLINE.length);
    counts[name] = table.rows.length;
  }
  return { files, rows, counts };
}

/** What scoring a report and writing its outputs need: the shared content, read once per thread. */
export interface ScoringContext {
  shared: SharedContent;
  sharedData: Omit<Content, 'reports'>;
  agencies: Map<string, Agency>;
  regions: Map<string, Region>;
  index: NomenclatureIndex | undefined;
}

export function scoringContext(contentRoot: string): ScoringContext {
  const shared = loadShared(contentRoot);
  const sharedData = {
    regions: shared.regions,
    agencies: shared.agencies,
    scales: shared.scales,
    ...(shared.nomenclature ? { nomenclature: shared.nomenclature } : {}),
  };
  return {
    shared,
    sharedData,
    agencies: new Map(shared.agencies.map((a) => [a.slug, a])),
    regions: new Map(shared.regions.map((r) => [r.slug, r])),
    index: shared.nomenclature ? indexNomenclature(shared.nomenclature) : undefined,
  };
}

/** The worker threads' data (`pekerja.ts`): which pass, and what it needs besides the content. */
export type WorkerData =
  { kind: 'nilai'; contentRoot: string } | { kind: 'unduhan'; contentRoot: string; indicatorNames: readonly string[] };

export interface ScoreTask {
  folder: ReportFolder;
  /** The cache folder its bundle and digest are written to. */
  target: string;
}

export interface ScoreResult {
  errors: ContentError[];
  /** Present when the report is valid: its bundle and digest are then in `target`. */
  digest?: Digest;
}

/** Pass 1 for one report not in the cache: read, validate, score, and write its bundle and digest. */
export function scoreFolder(context: ScoringContext, { folder, target }: ScoreTask): ScoreResult {
  const loaded = loadReport(context.shared, folder);
  if (!loaded.report || loaded.errors.length > 0) return { errors: loaded.errors };
  const entry = portalEntry(loaded.report, context.sharedData, context.agencies, context.regions, context.index);
  const digest: Digest = {
    id: entry.report.id,
    year: entry.report.meta.year,
    identity: {
      agency: entry.report.meta.agency,
      year: entry.report.meta.year,
      type: entry.report.meta.type,
      period: entry.report.meta.period,
    },
    province: entry.region.provinsi,
    indicatorNames: entry.report.indicators.map((i) => i.nama),
    counts: tableRowCounts(entry),
  };
  mkdirSync(target, { recursive: true });
  writeAtomic(join(target, 'bundle.json'), encodeEntry(entry));
  writeAtomic(join(target, 'digest.json'), JSON.stringify(digest));
  return { errors: [], digest };
}

/** A report's published files and partition rows, cached beside its bundle (`daftar.json` lists them). */
interface OutputListing {
  files: string[];
  rows: Partial<Record<DatasetTableName, number>>;
}

export interface OutputTask {
  bundle: string;
  /** The cache folder its outputs are written to. */
  outCache: string;
}

/** Pass 2 for one report whose outputs are not in the cache: its downloads, workbook, chart CSVs, partition rows. */
export async function writeReportOutputs(
  context: ScoringContext,
  indicatorNames: readonly string[],
  { bundle, outCache }: OutputTask,
): Promise<null> {
  const entry = withCodes(decodeEntry(readFileSync(bundle, 'utf8')), context.index);
  const made = await reportOutputs(entry, context.sharedData, indicatorNames);
  // Written aside, then renamed: a concurrent build (another shard) never sees a half-written entry.
  const tmp = `${outCache}.${process.pid}.${threadId}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'berkas'), { recursive: true });
  const listing: OutputListing = { files: made.files.map((f) => f.path), rows: made.counts };
  made.files.forEach((f, i) => writeFileSync(join(tmp, 'berkas', String(i)), f.body));
  for (const name of DATASET_TABLES) {
    const rows = made.rows[name];
    if (rows !== undefined) writeFileSync(join(tmp, `baris-${name}.csv`), rows);
  }
  writeFileSync(join(tmp, 'daftar.json'), JSON.stringify(listing));
  if (existsSync(outCache) && !existsSync(join(outCache, 'daftar.json'))) rmSync(outCache, { recursive: true });
  try {
    renameSync(tmp, outCache);
  } catch {
    // Another build renamed the same entry in first: same content, keep theirs.
    rmSync(tmp, { recursive: true, force: true });
  }
  return null;
}

export async function runStage(options: StageOptions): Promise<StageResult> {
  const { contentRoot, outDir, cacheDir } = options;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const bundles = join(cacheDir, 'laporan');
  mkdirSync(bundles, { recursive: true });

  const context = scoringContext(contentRoot);
  const { shared } = context;
  const errors: ContentError[] = [...shared.errors];
  const folders = reportFolders(shared).sort((a, b) => {
    const x = `${a.agency}/${a.folder}`;
    const y = `${b.agency}/${b.folder}`;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const base = shaOf([codeVersion(), sharedVersion(contentRoot)]);
  const stats = { reports: folders.length, scored: 0, cached: 0, written: 0 };
  const workers = options.workers ?? defaultWorkers();

  // Pass 1: bundles. Reports not in the cache are scored first (in worker threads when there are enough), each
  // writing its bundle; then every report is taken in order, so the errors and the digests keep content order.
  const planned = folders.map((folder) => {
    const key = reportKey(base, contentRoot, folder);
    const dir = key ? join(bundles, key.slice(0, 2), key) : undefined;
    const cached = dir !== undefined && existsSync(join(dir, 'digest.json'));
    // Without a key (no readable laporan.yaml) there is an error below; a bundle is only kept with a key.
    return { folder, key, cached, target: dir ?? join(bundles, 'tanpa-kunci', shaOf([folder.dir])) };
  });
  const toScore = planned.filter((p) => !p.cached);
  const scoredResults = await runTasks<ScoreTask, ScoreResult>(
    workers,
    { kind: 'nilai', contentRoot },
    toScore.map((p) => ({ folder: p.folder, target: p.target })),
    (task) => scoreFolder(context, task),
  );
  const scoredOf = new Map(toScore.map((p, i) => [p.target, scoredResults[i]!]));
  const pass1: Pass1[] = [];
  for (const { key, cached, target } of planned) {
    if (cached) {
      stats.cached++;
      pass1.push({
        digest: JSON.parse(readFileSync(join(target, 'digest.json'), 'utf8')) as Digest,
        bundle: join(target, 'bundle.json'),
        key,
      });
      continue;
    }
    const result = scoredOf.get(target)!;
    for (const error of result.errors) errors.push(error);
    if (!result.digest) continue;
    stats.scored++;
    pass1.push({ digest: result.digest, bundle: join(target, 'bundle.json'), key });
  }

  const firstFolder = new Map<string, string>();
  for (const { digest } of pass1) {
    const key = identityKey(digest.identity);
    const first = firstFolder.get(key);
    if (first === undefined) firstFolder.set(key, digest.id);
    else errors.push(duplicateReport(digest.id, digest.identity, first));
  }

  const manifest: StageManifest = {
    version: 1,
    contentRoot,
    reports: [],
    partitions: [],
    zips: [],
  };
  if (errors.length > 0) return { errors, manifest, stats };

  const indicatorNames = pass1.flatMap((p) => p.digest.indicatorNames);
  const namesKey = shaOf([...indicatorNames, options.site ?? '']);
  let include = (_province: string) => true;
  if (options.shard) {
    // Every province of content/wilayah has a shard, those without reports too: their regions' and agencies' pages
    // are published by the single build, so one shard must publish them.
    const perProvince = new Map<string, number>(context.shared.regions.map((r) => [r.provinsi, 0]));
    for (const p of pass1) perProvince.set(p.digest.province, (perProvince.get(p.digest.province) ?? 0) + 1);
    const provinces = assignProvinces(perProvince, options.shard.count);
    const own = options.shard.index;
    include = (province) => provinces.get(province) === own;
    manifest.shard = { ...options.shard, provinces: Object.fromEntries([...provinces].sort()) };
  }
  const out = new Penulis(outDir);
  const partitions = new Map<string, Partition>();
  const empty = buildTables({ regions: [], agencies: [], scales: [], reports: [] });
  const header = (name: DatasetTableName) => toCsv(empty[name]);

  // Every partition of the corpus (a shard writes its own; the package and the downloads page list them all).
  for (const p of pass1) {
    for (const [name, rows] of Object.entries(p.digest.counts) as [DatasetTableName, number][]) {
      const { year, province } = p.digest;
      const path = partitionPath(name, year, province);
      const part = partitions.get(path) ?? { table: name, year, province, path, rows: 0 };
      part.rows += rows;
      partitions.set(path, part);
    }
  }

  // Pass 2: downloads and partition rows, for the reports this build publishes. Outputs not in the cache are
  // written first (in worker threads when there are enough), then every report is taken in order from the cache.
  const outCacheOf = (p: Pass1) => join(p.bundle, '..', `unduh-${namesKey.slice(0, 16)}`);
  const toWrite = pass1.filter(
    (p) => include(p.digest.province) && !(p.key && existsSync(join(outCacheOf(p), 'daftar.json'))),
  );
  await runTasks<OutputTask, null>(
    workers,
    { kind: 'unduhan', contentRoot, indicatorNames },
    toWrite.map((p) => ({ bundle: p.bundle, outCache: outCacheOf(p) })),
    (task) => writeReportOutputs(context, indicatorNames, task),
  );
  stats.written += toWrite.length;
  for (const p of pass1) {
    const published = include(p.digest.province);
    const report: StageManifest['reports'][number] = {
      id: p.digest.id,
      bundle: p.bundle,
      province: p.digest.province,
      published,
    };
    manifest.reports.push(report);
    if (!published) continue;
    const outCache = outCacheOf(p);
    const listing = JSON.parse(readFileSync(join(outCache, 'daftar.json'), 'utf8')) as OutputListing;
    report.files = [];
    listing.files.forEach((path, i) => {
      const source = join(outCache, 'berkas', String(i));
      out.copyFrom(path, source);
      if (path.startsWith(REPORT_DOWNLOAD_PREFIX)) report.files?.push({ path, bytes: statSync(source).size });
    });
    for (const name of Object.keys(p.digest.counts) as DatasetTableName[]) {
      if (listing.rows[name] === undefined) throw new Error(`bangun: ${p.digest.id} ${name}: counted rows, built none`);
    }
    for (const name of DATASET_TABLES) {
      const count = listing.rows[name];
      if (count === undefined) continue;
      if (count !== p.digest.counts[name]) {
        throw new Error(`bangun: ${p.digest.id} ${name}: ${count} rows built, ${p.digest.counts[name] ?? 0} counted`);
      }
      const path = partitionPath(name, p.digest.year, p.digest.province);
      if (!out.has(path)) out.append(path, header(name));
      out.append(path, readFileSync(join(outCache, `baris-${name}.csv`), 'utf8'));
    }
  }

  manifest.partitions = [...partitions.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  manifest.zips = [...new Set(manifest.partitions.map((p) => p.year))]
    .sort()
    .map((year) => ({ year, path: zipPath(year) }));
  for (const file of partitionedPackage(empty, manifest.partitions, options.site ? { homepage: options.site } : {})) {
    out.write(file.path, file.body);
  }
  out.write(KAMUS_PATH, kamusData());
  writeManifest(options.runDir ?? cacheDir, manifest);
  return { errors, manifest, stats };
}

export function writeManifest(runDir: string, manifest: StageManifest): void {
  mkdirSync(runDir, { recursive: true });
  writeFileSync(join(runDir, MANIFEST), `${JSON.stringify(manifest)}\n`);
}

/** Write via a temporary name, so an interrupted build never leaves a half-written cache entry. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Move every file of the stage's output into `dist` (after Astro wrote it); a path Astro also wrote is an error. */
export function publishStage(outDir: string, dist: string): number {
  let moved = 0;
  for (const e of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const from = join(e.parentPath, e.name);
    const rel = relative(outDir, from);
    const to = join(dist, rel);
    if (existsSync(to)) throw new Error(`bangun: ${rel.split(sep).join('/')} is written by both Astro and the stage`);
    mkdirSync(join(to, '..'), { recursive: true });
    renameSync(from, to);
    moved++;
  }
  return moved;
}

export function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
