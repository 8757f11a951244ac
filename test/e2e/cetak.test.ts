/** Printing a report: navigation and the search form are hidden, the chart data tables are printed instead of charts. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hydrateAll, launch } from './peramban.ts';
import { FIXTURE, reportPath, url } from './situs.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

test('cetak halaman laporan / print the report page', async () => {
  await page.goto(url(reportPath(FIXTURE.agencyA)));
  await hydrateAll(page); // drawn charts hide their tables on screen; print must show them again
  await page.emulateMedia({ media: 'print' });

  const shown = async (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0)
          .map((el) => el.outerHTML.slice(0, 80)),
      );
  expect(await page.locator('nav').count(), 'halaman punya navigasi / page has navigation').toBeGreaterThan(0);
  expect(await shown('nav'), 'navigasi tercetak / navigation printed').toEqual([]);
  expect(
    await shown('[role="search"], form.search-form, input[type="search"]'),
    'form pencarian tercetak / search form printed',
  ).toEqual([]);
  expect(await shown('.skip-link'), 'skip link').toEqual([]);

  // The content stays: the indicator table, and each chart's data table (the chart itself is not printed).
  expect(await page.locator('table', { hasText: FIXTURE.indicator }).first().isVisible()).toBe(true);
  const chartTables = await page.locator('figure.bagan table').all();
  expect(chartTables.length, 'grafik di halaman laporan / charts on the report page').toBeGreaterThan(0);
  for (const t of chartTables)
    expect(await t.isVisible(), 'tabel data grafik tercetak / chart data table printed').toBe(true);
  expect(await shown('figure.bagan canvas'), 'grafik tidak tercetak / charts not printed').toEqual([]);
});
