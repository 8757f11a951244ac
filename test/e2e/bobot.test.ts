/**
 * The DOM-element budget is counted from the HTML by scripts/lib/bobot.ts (so `npm run weight` needs no
 * browser); here Chromium, with JavaScript off, confirms that count on every page of the e2e site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUDGET, countElements, measurePage, overBudget, reportPages } from '../../scripts/lib/bobot.ts';
import { launch } from './peramban.ts';
import { distDir, eachPath, embedPaths, sitemapPaths, url } from './situs.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

test('jumlah elemen dari HTML = jumlah di peramban / element count from the HTML = the browser’s', async () => {
  const problems = await eachPath(sitemapPaths(), async (path) => {
    await page.goto(url(path));
    const browserCount = await page.evaluate(() => document.querySelectorAll('*').length);
    const html = readFileSync(join(distDir(), path, 'index.html'), 'utf8');
    const counted = countElements(html);
    return counted === browserCount ? [] : [`counted ${counted}, browser ${browserCount}`];
  });
  expect(problems, problems.join('\n')).toEqual([]);
});

test('anggaran bobot situs e2e / the e2e site is within the weight budgets', () => {
  // Report pages' default views: HTML + CSS and DOM elements (and their JS, if they draw charts).
  const reports = reportPages(distDir()).map((f) => measurePage(distDir(), f));
  expect(reports.length).toBeGreaterThan(0);
  expect(overBudget(reports)).toEqual([]);
  // Chart JS, on every page that draws a chart: the measure must find the drawing chunk behind the loader's
  // dynamic import (else it would measure only the 1 KiB loader), and it stays within budget.
  const charted = [...sitemapPaths(), ...embedPaths()]
    .map((p) => join(distDir(), p, 'index.html'))
    .filter((f) => readFileSync(f, 'utf8').includes('<kt-grafik'));
  expect(charted.length).toBeGreaterThan(0);
  for (const file of charted) {
    const w = measurePage(distDir(), file);
    expect(w.jsFiles.length, w.page).toBeGreaterThanOrEqual(2);
    expect(w.jsGzip, w.page).toBeGreaterThan(30 * 1024);
    expect(w.jsGzip, w.page).toBeLessThanOrEqual(BUDGET.chartJs);
  }
});
