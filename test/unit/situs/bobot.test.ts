import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGET, countElements, measurePage, overBudget, reportPages } from '../../../scripts/lib/bobot.ts';

describe('countElements', () => {
  it('counts start tags, void elements once, nothing in comments, closing tags or declarations', () => {
    expect(
      countElements('<!doctype html><html><head><meta charset="utf-8"></head><body><br><p>a</p></body></html>'),
    ).toBe(6);
    expect(countElements('<div><!-- <p>not</p> --><span>x</span></div>')).toBe(2);
  });

  it('skips quoted attribute values and raw-text content (script, style, textarea, title)', () => {
    expect(countElements(`<a title="<b>" data-x='>'>t</a>`)).toBe(1);
    expect(countElements('<script>if (a<b) document.write("<p>")</script><style>p>a{}</style>')).toBe(2);
    expect(countElements('<textarea><iframe src="x"></iframe></textarea><title>a <b></title>')).toBe(2);
  });

  it('a lone "<" in text opens nothing', () => {
    expect(countElements('<p>1 < 2 and 3 <= 4</p>')).toBe(1);
  });
});

describe('measurePage', () => {
  const dist = mkdtempSync(join(tmpdir(), 'bobot-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'instansi/a/2024-lkjip/indikator'), { recursive: true });
  mkdirSync(join(dist, 'en/instansi/a/2024-lkjip'), { recursive: true });
  writeFileSync(join(dist, '_astro/s.css'), 'body{color:red}');
  writeFileSync(join(dist, '_astro/a.js'), 'import{x}from"./b.js";const l=()=>import(`./c.js`);');
  writeFileSync(join(dist, '_astro/b.js'), 'export const x=1;');
  writeFileSync(join(dist, '_astro/c.js'), 'import "./b.js";export const big="' + 'y'.repeat(50) + '";');
  const html =
    '<html><head><link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/a.js"></script>' +
    '<script type="application/ld+json">{"a":1}</script></head><body><p>x</p></body></html>';
  writeFileSync(join(dist, 'instansi/a/2024-lkjip/index.html'), html);
  writeFileSync(join(dist, 'instansi/a/2024-lkjip/indikator/index.html'), html);
  writeFileSync(join(dist, 'en/instansi/a/2024-lkjip/index.html'), html);

  it('follows static and dynamic imports (any quote) to every file a chart loads', () => {
    const w = measurePage(dist, join(dist, 'instansi/a/2024-lkjip/index.html'));
    expect(w.page).toBe('/instansi/a/2024-lkjip/');
    expect(w.jsFiles).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
    expect(w.elements).toBe(7);
    expect(w.cssGzip).toBeGreaterThan(0);
    expect(w.htmlGzip).toBeGreaterThan(0);
  });

  it('report pages are the default views of both languages, not their sub-pages', () => {
    expect(reportPages(dist).map((f) => f.slice(dist.length))).toEqual([
      '/en/instansi/a/2024-lkjip/index.html',
      '/instansi/a/2024-lkjip/index.html',
    ]);
  });

  it('over budget names the page, the measure, the value and the limit', () => {
    const w = { page: '/p/', htmlGzip: BUDGET.reportHtmlCss, cssGzip: 1, elements: 3001, jsGzip: 0, jsFiles: [] };
    expect(overBudget([w])).toEqual([
      { page: '/p/', what: 'HTML+CSS gzip', value: BUDGET.reportHtmlCss + 1, limit: BUDGET.reportHtmlCss },
      { page: '/p/', what: 'DOM elements', value: 3001, limit: 3000 },
    ]);
  });
});
