/**
 * The DOM-element budget is counted from the HTML by scripts/lib/bobot.ts (so `npm run weight` needs no
 * browser); here Chromium, with JavaScript off, confirms that count on every page of the e2e site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { countElements, measurePage, overBudget, reportPages } from '../../scripts/lib/bobot.ts';
import { launch } from './peramban.ts';
import { distDir, eachPath, sitemapPaths, url } from './situs.ts';

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

test('anggaran bobot halaman laporan situs e2e / the e2e site’s report pages are within the weight budgets', () => {
  const weights = reportPages(distDir()).map((f) => measurePage(distDir(), f));
  expect(weights.length).toBeGreaterThan(0);
  for (const w of weights) {
    // The chart code is found (the measure follows the loader's dynamic import), and it is within budget.
    expect(w.jsFiles.length, w.page).toBeGreaterThanOrEqual(2);
    expect(w.jsGzip, w.page).toBeGreaterThan(30 * 1024);
  }
  expect(overBudget(weights)).toEqual([]);
});
