/**
 * Without JavaScript the tables are the content: on every page of the sitemap every table is visible and has data
 * (tables inside a closed <details> are checked after opening it, as a reader would), and the report page shows its
 * indicator and budget tables.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, openAllDetails } from './peramban.ts';
import { eachPath, FIXTURE, reportPath, sitemapPaths, url } from './situs.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Problems of the tables on the current page: hidden, or without a data row. */
function tableProblems(p: Page): Promise<string[]> {
  return p.locator('table').evaluateAll((tables) =>
    tables.flatMap((table, i) => {
      const name = `tabel ${i + 1} "${(table.querySelector('caption')?.textContent ?? '').trim().slice(0, 60)}"`;
      const box = table.getBoundingClientRect();
      const style = getComputedStyle(table);
      const problems: string[] = [];
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || table.closest('[hidden]')) {
        problems.push(`${name} tidak terlihat / not visible`);
      }
      const filled = [...table.querySelectorAll('tbody tr')].filter((tr) =>
        [...tr.querySelectorAll('td, th')].some((c) => (c.textContent ?? '').trim() !== ''),
      );
      if (filled.length === 0) problems.push(`${name} kosong / empty`);
      return problems;
    }),
  );
}

test('setiap tabel di setiap halaman terlihat dan berisi / every table on every page is visible and non-empty', async () => {
  const problems = await eachPath(sitemapPaths(), async (path) => {
    const res = await page.goto(url(path));
    if (res?.status() !== 200) return [`status ${res?.status()}`];
    await openAllDetails(page);
    return tableProblems(page);
  });
  expect(problems, problems.join('\n')).toEqual([]);
});

test('halaman laporan menampilkan jawaban; tabel indikator dan anggaran di halamannya sendiri / the report page answers first; indicator and budget tables on their own pages', async () => {
  for (const lang of ['id', 'en'] as const) {
    const res = await page.goto(url(reportPath(FIXTURE.agencyA, lang)));
    expect(res?.status()).toBe(200);
    expect(await page.locator('p.jawaban').isVisible()).toBe(true);
    // The chart data tables are there too, shown (the chart script is not running).
    const chartTables = page.locator('figure.bagan table');
    for (const t of await chartTables.all()) expect(await t.isVisible()).toBe(true);
    // …and no dead control or empty chart box where the chart would be.
    for (const b of await page.locator('figure.bagan button').all()) expect(await b.isVisible()).toBe(false);
    for (const c of await page.locator('figure.bagan canvas').all()) expect(await c.isVisible()).toBe(false);
    for (const [part, text] of [
      ['indikator', FIXTURE.indicator],
      ['anggaran', FIXTURE.budgetLine],
    ] as const) {
      const sub = await page.goto(url(`${reportPath(FIXTURE.agencyA, lang)}${part}/`));
      expect(sub?.status()).toBe(200);
      const table = page.locator('table', { hasText: text }).first();
      expect(await table.isVisible(), `${lang} ${part}: tabel berisi "${text}" / table with "${text}"`).toBe(true);
    }
  }
});
