/**
 * What a reader downloads for one built page: HTML + CSS (gzip), the number of DOM elements, and the JavaScript
 * its charts load (following static and dynamic imports). Pure reads of dist/; the budgets live here too, so
 * `npm run weight` and its `--check` in `npm test` share one definition.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = {
  /** Default report view: HTML + CSS, gzip. */
  reportHtmlCss: 60 * 1024,
  /** Default report view: DOM elements. */
  reportElements: 3000,
  /** Everything the charts load, gzip. */
  chartJs: 90 * 1024,
} as const;

export interface PageWeight {
  page: string;
  htmlGzip: number;
  cssGzip: number;
  elements: number;
  /** Every script the page loads, directly or by import, gzip (charts load theirs only when visible). */
  jsGzip: number;
  jsFiles: string[];
}

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/** Tags whose content is text, not markup (a `<` inside them opens no element). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * The number of elements a browser builds from this HTML (`document.querySelectorAll('*').length`), counted by
 * a tokenizer that skips comments, declarations, closing tags, quoted attribute values and raw-text content.
 * Astro writes every element explicitly (tbody included), so no implied element is missed.
 */
export function countElements(html: string): number {
  let count = 0;
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html[i + 1] ?? '';
    if (next === '!' || next === '?' || next === '/') {
      const end = html.indexOf('>', i);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(next)) {
      i++;
      continue;
    }
    const name = /^[A-Za-z][^\s/>]*/.exec(html.slice(i + 1, i + 64))![0].toLowerCase();
    count++;
    // Skip the attributes, honouring quotes, to the end of the start tag.
    let j = i + 1 + name.length;
    let quote = '';
    for (; j < html.length; j++) {
      const c = html[j]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    i = j + 1;
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      i = end === -1 ? html.length : end;
    }
  }
  return count;
}

/** Local URLs a module imports (`import "x"`, `from "x"`, `import("x")`, with any quote), resolved against it. */
function importsOf(code: string, url: string): string[] {
  const found = [...code.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
  return found.map((spec) => (spec.startsWith('/') ? spec : new URL(spec, `http://x${url}`).pathname));
}

export function measurePage(dist: string, file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const local = (url: string) => join(dist, url.replace(/^\//, '').split('?')[0] ?? '');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((u) => u.startsWith('/'));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!).filter((u) => u.startsWith('/'));
  const inlineJs = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1] ?? '')
    .join('');
  queue.push(...importsOf(inlineJs, '/'));
  const js = new Set<string>();
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (js.has(url) || !existsSync(local(url))) continue;
    js.add(url);
    queue.push(...importsOf(readFileSync(local(url), 'utf8'), url));
  }
  const cssText = css.map((u) => readFileSync(local(u), 'utf8')).join('') + inlineCss;
  const jsText = [...js].map((u) => readFileSync(local(u), 'utf8')).join('') + inlineJs;
  return {
    page: `/${file
      .slice(dist.length + 1)
      .split(sep)
      .join('/')}`.replace(/index\.html$/, ''),
    htmlGzip: gz(html),
    cssGzip: cssText ? gz(cssText) : 0,
    elements: countElements(html),
    jsGzip: jsText ? gz(jsText) : 0,
    jsFiles: [...js].sort(),
  };
}

/** Every report page's default view: `instansi/<agency>/<report>/index.html`, both languages (not sub-pages). */
export function reportPages(dist: string): string[] {
  return ['', 'en']
    .map((lang) => join(dist, lang, 'instansi'))
    .filter(existsSync)
    .flatMap((root) =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name === 'index.html')
        .map((e) => join(e.parentPath, e.name))
        .filter((f) => f.slice(root.length + 1).split(sep).length === 3),
    )
    .sort();
}

export interface BudgetProblem {
  page: string;
  what: string;
  value: number;
  limit: number;
}

export function overBudget(weights: PageWeight[]): BudgetProblem[] {
  return weights.flatMap((w) => [
    ...(w.htmlGzip + w.cssGzip > BUDGET.reportHtmlCss
      ? [{ page: w.page, what: 'HTML+CSS gzip', value: w.htmlGzip + w.cssGzip, limit: BUDGET.reportHtmlCss }]
      : []),
    ...(w.elements > BUDGET.reportElements
      ? [{ page: w.page, what: 'DOM elements', value: w.elements, limit: BUDGET.reportElements }]
      : []),
    ...(w.jsGzip > BUDGET.chartJs ? [{ page: w.page, what: 'JS gzip', value: w.jsGzip, limit: BUDGET.chartJs }] : []),
  ]);
}
