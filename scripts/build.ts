/**
 * `npm run build [-- --shard i/n]` — the whole publication in one step:
 *  1. the streaming stage (src/lib/bangun): every report read, validated and scored on its own, cached by content
 *     hash; its downloads and the whole-dataset partitions written outside Astro;
 *  2. astro build, reading the stage's bundles (KINERJA_BANGUN) instead of reading and scoring content again;
 *  3. the stage's files moved into dist/, the sitemap, the Pagefind index, post-build checks.
 * All or nothing: on any failure `dist/` is removed, so a half-built site can never be served as if published.
 *
 * `--shard i/n` builds part i of n of the site (see src/lib/bangun/shard.ts); `npm run gabung` (scripts/merge-shards.ts)
 * joins the parts and their Pagefind indexes into the whole site.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
// Only light modules here: this process waits beside Astro and Pagefind, so what it loads adds to their peak. The
// stage's modules (content readers, exports) are loaded after Astro, where they are used.
import { SITE } from '../src/lib/alamat-situs.ts';
import type { StageOptions } from '../src/lib/bangun/tahap.ts';
import type { StageOutcome } from './lib/tahap-anak.ts';
import { fillDownloadSizes } from '../src/lib/bangun/ukuran.ts';
import { STAGE_OUT_DIR } from '../src/lib/bangun/jalur-tahap.ts';
import { parseShard, shardEnv } from '../src/lib/bangun/shard.ts';
import { sitemapEntries, sitemapFiles, sitemapPaths } from '../src/lib/peta-situs.ts';
import { reportHistories } from '../src/lib/riwayat/git.ts';
import type { SearchIndex } from './lib/search-index.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.KINERJA_DIST ?? 'dist');
const contentRoot = resolve(process.env.KINERJA_CONTENT ?? join(root, 'content'));
const cacheDir = resolve(root, process.env.KINERJA_CACHE ?? 'node_modules/.cache/kinerja-terbuka');
const { values } = parseArgs({ options: { shard: { type: 'string' } }, allowPositionals: true });
const shard = values.shard ? parseShard(values.shard) : undefined;

function fail(message: string): never {
  rmSync(dist, { recursive: true, force: true });
  console.error(
    `\n✗ ${message}\n  dist/ dihapus agar situs setengah jadi tidak terbit. / dist/ removed so no half-built site is published.`,
  );
  process.exit(1);
}

/** The machine's memory, or the container's limit when it has one. */
const memory = Math.min(totalmem(), process.constrainedMemory() || Infinity);

/**
 * V8 flags of the build's child processes (stage, Astro, search index).
 * - Heap growth at most 30 %: V8 lets a heap grow to up to 4× what survived the last full collection while a
 *   program allocates fast, and rendering pages is allocating fast: Astro's resident size was 4× its live heap
 *   (1.63 GB for 385 MB live at 1,000 reports). At 5,000 reports Astro peaks at 2.75 GB with 30 % and 3.32 GB with
 *   60 %, for 4 % more of its time (at 1,000: 0.98 vs 1.12 GB, 9 %); 10 % cost 23 % (BENCHMARKS.md). A factor, not
 *   a cap: a larger corpus still gets the heap it needs.
 * - The heap limit at three quarters of the machine's (or container's) memory: V8's default here is 4.3 GB, and
 *   Astro's live heap is ≈ 0.35 MB per report (1.76 GB at 5,000), so a build of about 10,000 reports would otherwise
 *   stop with V8 out of memory on a machine that has the memory.
 */
const CHILD_NODE_FLAGS = ['--heap-growing-percent=30', `--max-old-space-size=${Math.floor((memory * 0.75) / 2 ** 20)}`];

/** Written into every built site, so a later build knows the folder it is about to delete is one of its own. */
const MARKER = '.kinerja-terbuka-situs';

/**
 * The output folder is deleted before building: refuse anything that is not missing, empty, or a site built here
 * (the marker, or — for sites built before the marker existed — index.html, _astro/ and pagefind/ together).
 * `KINERJA_DIST=$HOME npm run build` must not delete a home folder.
 */
function refuseForeignDist(): void {
  if (!existsSync(dist)) return;
  const st = lstatSync(dist);
  const entries = st.isDirectory() ? readdirSync(dist) : [];
  const built =
    entries.includes(MARKER) || ['index.html', '_astro', 'pagefind'].every((name) => entries.includes(name));
  if (st.isDirectory() && !st.isSymbolicLink() && (entries.length === 0 || built)) return;
  console.error(
    `\n✗ Folder keluaran ${dist} bukan folder kosong atau situs hasil build sebelumnya; tidak dihapus. ` +
      'Pilih folder lain untuk KINERJA_DIST, atau hapus sendiri bila memang tidak diperlukan.\n' +
      `  The output folder ${dist} is neither empty nor a site built here before; it was not deleted. ` +
      'Choose another folder for KINERJA_DIST, or delete it yourself if it is not needed.',
  );
  process.exit(1);
}

refuseForeignDist();
rmSync(dist, { recursive: true, force: true });
// The stage's cache is per content folder, so test builds of fixture sites never evict the real site's entries.
const stageCache = join(cacheDir, Buffer.from(contentRoot).toString('base64url').slice(-48));
// Per output folder: builds of the same content into different folders (shards) can run at once.
const runDir = join(stageCache, 'jalan', createHash('sha256').update(dist).digest('hex').slice(0, 16));
const stageOut = join(runDir, STAGE_OUT_DIR);
const started = performance.now();
const stageResult = join(runDir, 'tahap-hasil.json');
rmSync(stageResult, { force: true });
const stageOptions: StageOptions = {
  contentRoot,
  outDir: stageOut,
  cacheDir: stageCache,
  runDir,
  site: SITE,
  ...(shard ? { shard } : {}),
};
// In a child process, so the stage's memory is gone before Astro and Pagefind start (see tahap-anak.ts).
spawnSync(
  process.execPath,
  [...CHILD_NODE_FLAGS, resolve(root, 'scripts/lib/tahap-anak.ts'), JSON.stringify(stageOptions), stageResult],
  { cwd: root, stdio: 'inherit', env: process.env },
);
if (!existsSync(stageResult)) fail('tahap gagal / the stage failed (lihat di atas / see above)');
const outcome = JSON.parse(readFileSync(stageResult, 'utf8')) as StageOutcome;
if (outcome.errors > 0) {
  fail(`Konten tidak valid / invalid content: ${outcome.errors} kesalahan/errors (lihat di atas / see above)`);
}
if (outcome.failure !== undefined || !outcome.stats) fail(`Parquet/zip gagal / failed: ${outcome.failure ?? '?'}`);
const { reports, scored, cached, written } = outcome.stats;
console.log(
  `Tahap/stage: ${reports} laporan/reports (${scored} dinilai/scored, ${cached} dari cache/cached; ${written} unduhan ditulis/downloads written) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const astro = spawnSync(
  process.execPath,
  [...CHILD_NODE_FLAGS, resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      TZ: 'UTC',
      KINERJA_CONTENT: contentRoot,
      KINERJA_BANGUN: runDir,
      ...(shard ? shardEnv(shard) : {}),
    },
  },
);
if (astro.status !== 0) fail('astro build gagal / failed');
// At once: a build stopped in a later step leaves a folder the next build knows it may delete.
writeFileSync(join(dist, MARKER), 'Situs Kinerja Terbuka hasil npm run build / built by npm run build\n');

const { publishStage } = await import('../src/lib/bangun/tahap.ts');
try {
  publishStage(stageOut, dist);
  // A shard has only its own files: `npm run gabung` fills the downloads page's sizes after merging.
  if (!shard) fillDownloadSizes(dist);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

// Before the steps below, so the Pagefind process runs beside a build process that holds nothing of the site.
// Shards after the first leave the one-off pages (home, lists, findings) to shard 1's index.
const indexing = spawnSync(
  process.execPath,
  [
    ...CHILD_NODE_FLAGS,
    resolve(root, 'scripts/lib/search-index.ts'),
    dist,
    ...(shard && shard.index > 1 ? ['--sharded-only'] : []),
  ],
  // Only the result comes back on stdout; Pagefind's messages go to the terminal like every other step's.
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: process.env },
);
if (indexing.status !== 0) {
  fail(`Pagefind gagal / failed (${indexing.error?.message ?? `exit ${indexing.status}`}; lihat di atas / see above)`);
}
const search = JSON.parse(indexing.stdout.trim().split('\n').at(-1)!) as SearchIndex;
console.log(
  `Pagefind: ${search.pages} halaman diindeks dalam / pages indexed in ${search.bundles.length + 1} bundel/bundles`,
);

const { measureOutputs, outputBudget, overBudget } = await import('../src/lib/bangun/keluaran.ts');
const { formatError } = await import('../src/lib/data/index.ts');
const outputs = measureOutputs(dist, contentRoot);
const overspent = overBudget(outputs);
if (overspent.length > 0) {
  console.error(overspent.map(formatError).join('\n\n'));
  fail(`Anggaran keluaran terlampaui / output budget exceeded: ${overspent.length} laporan/reports`);
}
const largest = [...outputs].sort((a, b) => b.outputBytes - a.outputBytes)[0];
if (largest) {
  console.log(
    `Keluaran/output: ${outputs.length} laporan/reports, terbesar/largest ${largest.id} ${largest.outputBytes} bita/bytes (anggaran/budget ${outputBudget(largest.tableBytes)})`,
  );
}

const builtFiles = readdirSync(dist, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile())
  .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'));
const site = new URL(SITE);
const pages = sitemapEntries(site, sitemapPaths(builtFiles), reportHistories(contentRoot));
for (const [name, xml] of sitemapFiles(site, pages)) writeFileSync(join(dist, name), xml);
console.log(`✓ Situs siap di / site ready in ${dist}`);
