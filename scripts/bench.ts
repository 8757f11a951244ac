/**
 * `npm run bench [-- --laporan 100,1000,5000 --batas-menit 30 --ulang 1]` — performance figures, printed, never
 * asserted in tests. For each corpus size N (a synthetic corpus from scripts/generate-korpus.ts):
 *  - the full `npm run build` (scripts/build.ts, cold cache): wall time, peak RSS of the whole process tree (sum of
 *    every descendant's RSS, sampled every 100 ms), pages, files, dist/ bytes with and without document text;
 *  - a bare Astro project rendering the same number of pages of the same sizes (no reading, scoring or exports),
 *    run alternately with the real build, and the ratio;
 *  - per report: time and memory as N grows.
 * At the largest N that ran: the Pagefind index size and the bytes a browser fetches for a typical query
 * (Chromium through playwright-core), and an incremental rebuild after changing one report.
 * A size whose projected time exceeds the budget is skipped and said so. Results also go to .tmp/bench/hasil.json.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './generate-korpus.ts';

const root = resolve(import.meta.dirname, '..');
const work = resolve(root, '.tmp', 'bench');
const { values } = parseArgs({
  options: {
    laporan: { type: 'string', default: '100,1000,5000' },
    'batas-menit': { type: 'string', default: '30' },
    ulang: { type: 'string', default: '1' },
    kueri: { type: 'string', default: 'anggaran pendidikan' },
  },
});
const sizes = values.laporan.split(',').map(Number);
const budgetMs = Number(values['batas-menit']) * 60_000;
const repeats = Number(values.ulang);

interface Run {
  wallMs: number;
  peakRssBytes: number;
}

/** Sum of RSS over `pid` and all its descendants, from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function run(command: string, args: string[], env: Record<string, string>, cwd = root): Promise<Run> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn('nice', ['-n', '10', command, ...args], {
      cwd,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr}`));
      else done({ wallMs: performance.now() - started, peakRssBytes: peak });
    });
  });
}

interface DistFacts {
  pages: number;
  files: number;
  bytes: number;
  documentBytes: number;
  pagefindBytes: number;
  /** Every page's path and size, for the bare project. */
  pageSizes: [string, number][];
}

function distFacts(dist: string): DistFacts {
  const facts: DistFacts = { pages: 0, files: 0, bytes: 0, documentBytes: 0, pagefindBytes: 0, pageSizes: [] };
  for (const e of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const rel = relative(dist, path).split(sep).join('/');
    const size = statSync(path).size;
    facts.files++;
    facts.bytes += size;
    if (rel.startsWith('dokumen/')) facts.documentBytes += size;
    if (rel.startsWith('pagefind/')) facts.pagefindBytes += size;
    if (e.name === 'index.html' && !rel.startsWith('pagefind/')) {
      facts.pages++;
      facts.pageSizes.push([rel.slice(0, -'index.html'.length), size]);
    }
  }
  facts.pageSizes.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return facts;
}

/** A bare Astro project: one dynamic route rendering every page path with filler of the same byte size. */
function bareProject(dir: string, pageSizes: [string, number][]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'pages.json'), JSON.stringify(pageSizes));
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare-astro", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...path].astro'),
    [
      '---',
      "import { readFileSync } from 'node:fs';",
      'export function getStaticPaths() {',
      "  const pages = JSON.parse(readFileSync(process.cwd() + '/pages.json', 'utf8'));",
      '  return pages.map(([path, size]) => ({ params: { path: path.replace(/\\/$/, "") || undefined }, props: { size } }));',
      '}',
      'const { size } = Astro.props;',
      "const filler = 'Kinerja terbuka untuk semua. '.repeat(Math.max(0, Math.ceil((size - 200) / 29)));",
      '---',
      '<html lang="id"><head><meta charset="utf-8" /><title>Halaman</title></head><body><main><p>{filler}</p></main></body></html>',
      '',
    ].join('\n'),
  );
  // The bare project uses this repository's Astro.
  const modules = join(dir, 'node_modules');
  if (!existsSync(modules)) {
    mkdirSync(modules);
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (name === '.cache') continue;
      // Symlinks keep the bare project's set-up instant.
      symlinkSync(join(root, 'node_modules', name), join(modules, name));
    }
  }
}

function fmtBytes(n: number): string {
  return n >= 1e9
    ? `${(n / 1e9).toFixed(2)} GB`
    : n >= 1e6
      ? `${(n / 1e6).toFixed(1)} MB`
      : `${(n / 1e3).toFixed(0)} kB`;
}
const fmtS = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface SizeResult {
  reports: number;
  build: Run;
  bare: Run;
  facts: Omit<DistFacts, 'pageSizes'>;
  load: string;
}

async function buildOnce(content: string, dist: string, cache: string): Promise<Run> {
  rmSync(cache, { recursive: true, force: true });
  return run(process.execPath, [join(root, 'scripts', 'build.ts')], {
    KINERJA_CONTENT: content,
    KINERJA_DIST: dist,
    KINERJA_CACHE: cache,
  });
}

async function queryBytes(dist: string, query: string): Promise<{ bytes: number; requests: number; results: number }> {
  const { serveStatic } = await import('../test/e2e/server.ts');
  const { launch } = await import('../test/e2e/peramban.ts');
  const server = await serveStatic(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let requests = 0;
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      requests++;
      bytes += Number(
        response.headers()['content-length'] ?? (await response.body().catch(() => Buffer.alloc(0))).length,
      );
    });
    await page.goto(`${server.url}/cari/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('.pagefind-ui__result, .pagefind-ui__message', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('.pagefind-ui__result').count();
    return { bytes, requests, results };
  } finally {
    await browser.close();
    await server.close();
  }
}

const started = performance.now();
const results: SizeResult[] = [];
const skipped: { reports: number; reason: string }[] = [];
let last: { n: number; content: string; dist: string; cache: string } | undefined;

for (const n of sizes) {
  const prev = results.at(-1);
  if (prev) {
    // Two builds (real and bare) per repeat, projected linearly from the previous size.
    const projected = ((prev.build.wallMs + prev.bare.wallMs) * repeats * n) / prev.reports;
    const left = budgetMs - (performance.now() - started);
    if (projected > left) {
      skipped.push({ reports: n, reason: `projected ${fmtS(projected)} > ${fmtS(left)} left of the budget` });
      continue;
    }
  }
  const dir = join(work, `korpus-${n}`);
  const content = join(dir, 'content');
  if (!existsSync(join(dir, 'selesai'))) {
    writeCorpus(dir, n);
    writeFileSync(join(dir, 'selesai'), '');
  }
  const dist = join(work, `dist-${n}`);
  const cache = join(work, `cache-${n}`);
  const bareDir = join(work, `bare-${n}`);
  let best: { build?: Run; bare?: Run; facts?: DistFacts } = {};
  for (let r = 0; r < repeats; r++) {
    const build = await buildOnce(content, dist, cache);
    const facts = distFacts(dist);
    bareProject(bareDir, facts.pageSizes);
    const bare = await run(
      process.execPath,
      [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
      {},
      bareDir,
    );
    rmSync(join(bareDir, 'dist'), { recursive: true, force: true });
    if (!best.build || build.wallMs < best.build.wallMs) best = { ...best, build, facts };
    if (!best.bare || bare.wallMs < best.bare.wallMs) best = { ...best, bare };
  }
  const { pageSizes: _ignored, ...facts } = best.facts!;
  void _ignored;
  results.push({
    reports: n,
    build: best.build!,
    bare: best.bare!,
    facts,
    load: loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
  });
  last = { n, content, dist, cache };
  console.log(`… ${n} reports: build ${fmtS(best.build!.wallMs)}, bare ${fmtS(best.bare!.wallMs)}`);
}

let search: Awaited<ReturnType<typeof queryBytes>> | undefined;
let incremental: { wallMs: number; peakRssBytes: number; stage: string } | undefined;
if (last) {
  search = await queryBytes(last.dist, values.kueri);
  // Incremental: the cache from the last build is warm; change one report and build again.
  const one = readdirSync(join(last.content, 'laporan')).sort()[0]!;
  const folder = readdirSync(join(last.content, 'laporan', one)).sort()[0]!;
  const ringkasan = join(last.content, 'laporan', one, folder, 'ringkasan.csv');
  const target = existsSync(ringkasan) ? ringkasan : join(last.content, 'laporan', one, folder, 'narasi.csv');
  writeFileSync(target, readFileSync(target, 'utf8').replace('Ikhtisar Eksekutif', 'Ikhtisar  Eksekutif'));
  const stageLog = join(work, 'inkremental.log');
  // The Node running the bench, not whatever `node` is on PATH (outside `npm run`, an older one may be).
  const r = await run('sh', ['-c', `"${process.execPath}" scripts/build.ts > "${stageLog}" 2>&1`], {
    KINERJA_CONTENT: last.content,
    KINERJA_DIST: last.dist,
    KINERJA_CACHE: last.cache,
  });
  incremental = { ...r, stage: /Tahap\/stage: (.*)/.exec(readFileSync(stageLog, 'utf8'))?.[1] ?? '' };
  writeFileSync(target, readFileSync(target, 'utf8').replace('Ikhtisar  Eksekutif', 'Ikhtisar Eksekutif'));
}

const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${fmtBytes(totalmem())} RAM, Node ${process.version}; load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; builds run under nice -n 10.`,
  '',
  '| reports | build wall | peak RSS (tree) | pages | files | dist | dist/report excl. documents | bare Astro wall | bare peak RSS | ratio | s/report | MB RSS/report | load (1/5/15 min) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...results.map((r) =>
    [
      r.reports,
      fmtS(r.build.wallMs),
      fmtBytes(r.build.peakRssBytes),
      r.facts.pages,
      r.facts.files,
      fmtBytes(r.facts.bytes),
      fmtBytes((r.facts.bytes - r.facts.documentBytes) / r.reports),
      fmtS(r.bare.wallMs),
      fmtBytes(r.bare.peakRssBytes),
      `${(r.build.wallMs / r.bare.wallMs).toFixed(2)}×`,
      (r.build.wallMs / 1000 / r.reports).toFixed(3),
      (r.build.peakRssBytes / 1e6 / r.reports).toFixed(2),
      r.load,
    ]
      .join(' | ')
      .replace(/^/, '| ')
      .replace(/$/, ' |'),
  ),
  ...skipped.map((s) => `| ${s.reports} | not run: ${s.reason} |`),
];
if (results.length > 1) {
  const a = results[0]!;
  const b = results.at(-1)!;
  lines.push(
    '',
    `Scaling ${a.reports} → ${b.reports} reports (${(b.reports / a.reports).toFixed(0)}×): time ×${(b.build.wallMs / a.build.wallMs).toFixed(2)}, peak RSS ×${(b.build.peakRssBytes / a.build.peakRssBytes).toFixed(2)}.`,
  );
}
if (last && search) {
  const r = results.at(-1)!;
  lines.push(
    '',
    `Pagefind at ${last.n} reports: index ${fmtBytes(r.facts.pagefindBytes)}; query "${values.kueri}" fetched ${fmtBytes(search.bytes)} in ${search.requests} requests (${search.results} results shown).`,
  );
}
if (last && incremental) {
  lines.push(
    `Incremental rebuild at ${last.n} reports after changing one report: ${fmtS(incremental.wallMs)}, peak RSS ${fmtBytes(incremental.peakRssBytes)} (stage: ${incremental.stage}).`,
  );
}
console.log(`\n${lines.join('\n')}`);
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'hasil.json'), JSON.stringify({ results, skipped, search, incremental }, null, 2));
