/**
 * `npm run weight` — bytes a reader downloads for one page (after `npm run build`): HTML + CSS and JavaScript,
 * raw and gzip. JavaScript follows island component/renderer URLs, script tags and their static imports.
 * Usage: node scripts/page-weight.ts [page path, default: the largest report page]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '..', process.env.KINERJA_DIST ?? 'dist');

function largestReportPage(): string {
  const reports = readdirSync(join(dist, 'instansi'), { recursive: true, withFileTypes: true })
    .filter(
      (e) => e.isFile() && e.name === 'index.html' && e.parentPath.split('/').length - dist.split('/').length === 3,
    )
    .map((e) => join(e.parentPath, e.name));
  return reports.sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0] ?? join(dist, 'index.html');
}

const arg = process.argv[2];
const page = arg ? join(dist, arg.replace(/^\//, ''), arg.endsWith('.html') ? '' : 'index.html') : largestReportPage();
const html = readFileSync(page, 'utf8');
const local = (url: string) => join(dist, url.replace(/^\//, '').split('?')[0] ?? '');

const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
  .map((m) => m[1]!)
  .filter((u) => u.startsWith('/'));
const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');

const entryJs = new Set<string>(
  [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]!),
  ].filter((u) => u.startsWith('/')),
);
const js = new Set<string>();
const queue = [...entryJs];
while (queue.length > 0) {
  const url = queue.pop()!;
  if (js.has(url) || !existsSync(local(url))) continue;
  js.add(url);
  const code = readFileSync(local(url), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const spec = m[1]!;
    queue.push(spec.startsWith('/') ? spec : new URL(spec, `http://x${url}`).pathname);
  }
}
const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1] ?? '')
  .join('');

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const cssText = css.map((u) => readFileSync(local(u), 'utf8')).join('') + inlineCss;
const jsText = [...js].map((u) => readFileSync(local(u), 'utf8')).join('') + inlineJs;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`page: ${page.slice(dist.length)}`);
console.log(`HTML: ${kb(html.length)} raw, ${kb(gz(html))} gzip`);
console.log(`CSS: ${kb(cssText.length)} raw, ${kb(gz(cssText))} gzip (${css.length} file(s))`);
console.log(`HTML+CSS gzip: ${kb(gz(html) + gz(cssText))}`);
console.log(
  `JS: ${kb(jsText.length)} raw, ${kb(gz(jsText))} gzip (${js.size} file(s), loaded when a chart is visible)`,
);
