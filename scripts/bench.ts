/**
 * `npm run bench` — performance figures (printed, never asserted in tests):
 *  1. validate (load + check) and scoring on the bundled content, median of 5 runs;
 *  2. the same on synthetic content scaled up from the bundled reports (copies of every report under
 *     new agencies), to see how validation and scoring grow.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../src/lib/data/index.ts';
import { scoreReport } from '../src/lib/skor/index.ts';

const root = resolve(import.meta.dirname, '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function measure(contentRoot: string, runs: number) {
  const load: number[] = [];
  const score: number[] = [];
  let rows = 0;
  let reports = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { content, errors } = loadContent(contentRoot);
    const t1 = performance.now();
    if (errors.length > 0) throw new Error(`${errors.length} content errors in ${contentRoot}`);
    for (const report of content.reports) scoreReport(report, content.scales);
    const t2 = performance.now();
    load.push(t1 - t0);
    score.push(t2 - t1);
    reports = content.reports.length;
    rows = content.reports.reduce((n, r) => n + Object.values(r.rowCounts).reduce((a, b) => a + b, 0), 0);
  }
  return { reports, rows, loadMs: median(load), scoreMs: median(score) };
}

function scaled(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-bench-'));
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const agencies = readdirSync(join(content, 'laporan'));
  for (let c = 1; c < copies; c++) {
    for (const agency of agencies) {
      const clone = `${agency}-salinan-${c}`;
      const yaml = readdirSync(join(content, 'instansi')).find((f) => f === `${agency}.yaml`);
      if (yaml) cpSync(join(content, 'instansi', yaml), join(content, 'instansi', `${clone}.yaml`));
      mkdirSync(join(content, 'laporan', clone), { recursive: true });
      for (const folder of readdirSync(join(content, 'laporan', agency))) {
        const target = join(content, 'laporan', clone, folder);
        cpSync(join(content, 'laporan', agency, folder), target, { recursive: true });
        const metaPath = join(target, 'laporan.yaml');
        const meta = readFileSync(metaPath, 'utf8').replace(/^instansi: .*$/m, `instansi: ${clone}`);
        writeFileSync(metaPath, meta);
      }
    }
  }
  return dir;
}

const bundled = measure(join(root, 'content'), 5);
console.log(
  `bundled content: ${bundled.reports} reports, ${bundled.rows} rows — validate ${bundled.loadMs.toFixed(0)} ms, score ${bundled.scoreMs.toFixed(0)} ms (median of 5)`,
);
for (const copies of [10, 40]) {
  const dir = scaled(copies);
  try {
    const r = measure(join(dir, 'content'), 3);
    console.log(
      `×${copies}: ${r.reports} reports, ${r.rows} rows — validate ${r.loadMs.toFixed(0)} ms, score ${r.scoreMs.toFixed(0)} ms (${((r.loadMs + r.scoreMs) / r.reports).toFixed(1)} ms/report, median of 3)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
