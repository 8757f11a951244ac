/**
 * `npm run audit:lighthouse` — Lighthouse (npm, pinned) on Debian's Chromium, mobile, all four categories, for
 * the home page, the largest report page, a programme page and an indicator page (the one with a ranked
 * comparison) of the built site, served on 127.0.0.1. Prints the scores and the failing audits; writes the full
 * reports to .tmp/lighthouse/. Exits 1 when a score is below the target (100) with --strict.
 * Usage: node scripts/lighthouse.ts [--strict] [page path …]   (KINERJA_DIST: the built site, default dist/)
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../test/e2e/server.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/e2e/peramban.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.KINERJA_DIST ?? 'dist');
const out = join(root, '.tmp', 'lighthouse');
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET = 100;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`✗ ${dist} belum dibangun / not built: npm run build`);
  process.exit(1);
}

const pagesUnder = (dir: string): string[] =>
  existsSync(join(dist, dir))
    ? readdirSync(join(dist, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name === 'index.html')
        .map((e) => `/${relative(dist, e.parentPath).split(sep).join('/')}/`)
        .sort()
    : [];
const size = (path: string) => statSync(join(dist, path, 'index.html')).size;
const largest = (paths: string[]) => [...paths].sort((a, b) => size(b) - size(a) || a.localeCompare(b))[0];

/** The pages issue #11 names: home, report (the largest), programme (the largest), indicator (with a ranking). */
function defaultPages(): string[] {
  const reports = pagesUnder('instansi').filter((p) => p.split('/').length === 5);
  const programmes = pagesUnder('program').filter((p) => p !== '/program/');
  const ranked = pagesUnder('sematkan/indikator')
    .filter((p) => p.includes('/peringkat-'))
    .map((p) => p.replace(/^\/sematkan/, '').replace(/[^/]+\/$/, ''));
  const indicators = ranked.length ? ranked : pagesUnder('indikator').filter((p) => p !== '/indikator/');
  return ['/', largest(reports), largest(programmes), largest(indicators)].filter((p): p is string => !!p);
}

const paths = args.filter((a) => !a.startsWith('--'));
const pages = paths.length ? paths : defaultPages();
mkdirSync(out, { recursive: true });

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: CHROMIUM_FLAGS,
});
const below: string[] = [];
try {
  for (const path of pages) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse tanpa hasil / no result for ${path}`);
    const { lhr } = result;
    const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'beranda';
    writeFileSync(join(out, `${name}.json`), typeof result.report === 'string' ? result.report : JSON.stringify(lhr));
    const scores = CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)] as const);
    console.log(`${path}\n  ${scores.map(([c, s]) => `${c} ${s}`).join(' · ')}`);
    for (const [c, s] of scores) {
      if (s >= TARGET) continue;
      below.push(`${path} ${c} ${s}`);
      const failing = (lhr.categories[c]?.auditRefs ?? [])
        .filter((r) => r.weight > 0)
        .map((r) => lhr.audits[r.id]!)
        .filter((a) => a.score !== null && a.score < 1)
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      console.log(`    ${c}: ${failing.join(', ')}`);
    }
    const m = (id: string) => lhr.audits[id]?.displayValue ?? '—';
    console.log(
      `    FCP ${m('first-contentful-paint')} · LCP ${m('largest-contentful-paint')} · TBT ${m('total-blocking-time')} · CLS ${m('cumulative-layout-shift')} · DOM ${m('dom-size')}`,
    );
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(`Laporan lengkap / full reports: ${relative(root, out)}/`);
if (below.length > 0) {
  console.log(`! di bawah target ${TARGET} / below the target:\n  ${below.join('\n  ')}`);
  if (strict) process.exit(1);
}
