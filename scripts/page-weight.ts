/**
 * `npm run weight` — bytes a reader downloads (after `npm run build`): for every report page's default view,
 * HTML + CSS gzip, DOM elements and the chart JavaScript (loaded only when a chart is visible), against the
 * budgets in scripts/lib/bobot.ts. `--check` exits 1 when a page is over budget (a step of `npm test`).
 * Usage: node scripts/page-weight.ts [--check] [page path …]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUDGET, measurePage, overBudget, reportPages } from './lib/bobot.ts';

const dist = resolve(import.meta.dirname, '..', process.env.KINERJA_DIST ?? 'dist');
const args = process.argv.slice(2);
const check = args.includes('--check');
const paths = args.filter((a) => a !== '--check');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`✗ ${dist} belum dibangun / not built: npm run build`);
  process.exit(1);
}
const files = paths.length
  ? paths.map((p) => join(dist, p.replace(/^\//, ''), p.endsWith('.html') ? '' : 'index.html'))
  : reportPages(dist);
const weights = files
  .map((f) => measurePage(dist, f))
  .sort((a, b) => b.htmlGzip + b.cssGzip - (a.htmlGzip + a.cssGzip));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

console.log(
  `Budget: HTML+CSS ≤ ${kb(BUDGET.reportHtmlCss)} gzip · ≤ ${BUDGET.reportElements} DOM elements · chart JS ≤ ${kb(BUDGET.chartJs)} gzip`,
);
for (const w of weights) {
  console.log(
    `${w.page}\n  HTML ${kb(w.htmlGzip)} + CSS ${kb(w.cssGzip)} = ${kb(w.htmlGzip + w.cssGzip)} gzip · ` +
      `${w.elements} elements · JS ${kb(w.jsGzip)} gzip (${w.jsFiles.length} file(s), loaded when a chart is visible)`,
  );
}
const problems = overBudget(weights);
if (problems.length > 0) {
  const lines = problems.map(
    (p) =>
      `  ${p.page}: ${p.what} ${p.what.includes('gzip') ? kb(p.value) : p.value} > ${p.what.includes('gzip') ? kb(p.limit) : p.limit}`,
  );
  console[check ? 'error' : 'log'](`${check ? '✗' : '!'} melebihi anggaran / over budget:\n${lines.join('\n')}`);
  if (check) process.exit(1);
} else {
  console.log(`✓ ${weights.length} halaman dalam anggaran / pages within budget`);
}
