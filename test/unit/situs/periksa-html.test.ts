import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { batches, formatSummary, htmlFiles, parseVnuJson, summarise } from '../../../scripts/lib/periksa-html.ts';

const dist = '/site/dist';
const vnu = JSON.stringify({
  messages: [
    { type: 'error', url: 'file:/site/dist/a/index.html', lastLine: 3, message: 'Element “meta” is missing…' },
    { type: 'error', url: 'file:/site/dist/b/index.html', lastLine: 9, message: 'Element “meta” is missing…' },
    { type: 'error', url: 'file:/site/dist/b/index.html', lastLine: 12, message: 'Element “meta” is missing…' },
    { type: 'info', subType: 'warning', url: 'file:/site/dist/c/index.html', message: 'Consider …' },
    { type: 'error', url: 'file:/site/dist/c%20d/index.html', firstLine: 1, message: 'Stray end tag “div”.' },
  ],
});

describe('check:html summary', () => {
  test('errors grouped by message, most frequent first, with the first example and page counts; warnings ignored', () => {
    const summary = summarise(parseVnuJson(vnu), dist);
    expect(summary.errors).toBe(4);
    expect(summary.pagesWithErrors).toBe(3);
    expect(summary.groups).toEqual([
      { message: 'Element “meta” is missing…', count: 3, pages: 2, example: { file: 'a/index.html', line: 3 } },
      { message: 'Stray end tag “div”.', count: 1, pages: 1, example: { file: 'c d/index.html', line: 1 } },
    ]);
    const text = formatSummary(summary, 10);
    expect(text).toContain('3× on 2 page(s): Element “meta” is missing…\n    e.g. a/index.html:3');
    expect(text).toContain('10 halaman diperiksa / pages checked, 4 galat/errors on 3 halaman/pages');
  });

  test('no output or no messages is a clean run; output that is not vnu JSON is refused', () => {
    expect(parseVnuJson('')).toEqual([]);
    expect(summarise(parseVnuJson('{"messages":[]}'), dist)).toEqual({ errors: 0, pagesWithErrors: 0, groups: [] });
    expect(() => parseVnuJson('Exception in thread "main" java.lang.StackOverflowError')).toThrow();
    expect(() => parseVnuJson('{"version":"x"}')).toThrow(/messages/);
  });

  test('batches keep every file once, in order, each under the limit', () => {
    const files = Array.from({ length: 50 }, (_, i) => `/dist/page-${i}/index.html`);
    const out = batches(files, 200);
    expect(out.flat()).toEqual(files);
    expect(out.length).toBeGreaterThan(1);
    for (const b of out) expect(b.join(' ').length).toBeLessThan(200);
    expect(batches(['/a-very-long-path'], 5)).toEqual([['/a-very-long-path']]);
  });

  test('htmlFiles finds every .html file under dist, sorted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'periksa-html-'));
    mkdirSync(join(dir, 'b', 'c'), { recursive: true });
    for (const f of ['index.html', 'b/c/index.html', 'b/404.html', 'b/data.csv']) writeFileSync(join(dir, f), '');
    expect(htmlFiles(dir)).toEqual([join(dir, 'b/404.html'), join(dir, 'b/c/index.html'), join(dir, 'index.html')]);
  });
});
