/**
 * A reader's path through the site: home → agency → report → chart data table → CSV download → search → compare.
 * Each step is its own test so a missing page fails only its step.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chartDrawn, launch } from './peramban.ts';
import { FIXTURE, parseCsv, reportPath, url } from './situs.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('alur pembaca / reader flow', () => {
  test('beranda → halaman instansi / home → agency page', async () => {
    await page.goto(url('/'));
    const link = page.locator(`main a[href="/instansi/${FIXTURE.agencyA}/"]`).first();
    const [res] = await Promise.all([page.waitForResponse(url(`/instansi/${FIXTURE.agencyA}/`)), link.click()]);
    expect(res.status(), 'halaman instansi / agency page').toBe(200);
    await page.waitForURL(url(`/instansi/${FIXTURE.agencyA}/`));
    await expect(page.locator('h1').textContent()).resolves.toContain('Kota Contoh');
  });

  test('halaman instansi → halaman laporan / agency page → report page', async () => {
    if (!page.url().endsWith(`/instansi/${FIXTURE.agencyA}/`)) await page.goto(url(`/instansi/${FIXTURE.agencyA}/`));
    await page
      .locator(`main a[href="${reportPath(FIXTURE.agencyA)}"]`)
      .first()
      .click();
    await page.waitForURL(url(reportPath(FIXTURE.agencyA)));
    await expect(page.locator('main').textContent()).resolves.toContain(FIXTURE.indicator);
  });

  test('tombol "Tampilkan tabel data" menampilkan tabel / the chart toggle shows the data table', async () => {
    await page.goto(url(reportPath(FIXTURE.agencyA)));
    const figure = page.locator('figure.bagan').first();
    await chartDrawn(figure);
    const toggle = figure.locator('button[aria-controls]');
    // The visible text, then (for screen readers) which chart it belongs to.
    await expect(toggle.textContent()).resolves.toMatch(/^Tampilkan tabel data: \S/);
    const tableId = await toggle.getAttribute('aria-controls');
    expect(tableId).toBeTruthy();
    const table = page.locator(`[id="${tableId}"]`);
    // Once drawn, the chart hides the table behind the toggle.
    await table.waitFor({ state: 'hidden', timeout: 5_000 });
    await toggle.click();
    await table.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    await toggle.click();
    await table.waitFor({ state: 'hidden', timeout: 5_000 });
  });

  test('unduh CSV dari halaman laporan / download a CSV from the report page', async () => {
    await page.goto(url(reportPath(FIXTURE.agencyA)));
    const link = page.locator('main a[href$="/nilai.csv"]').first();
    expect(await link.count(), 'tautan nilai.csv / a nilai.csv link').toBe(1);
    const href = new URL((await link.getAttribute('href'))!, page.url()).href;
    expect(
      (await fetch(href, { method: 'HEAD' })).status,
      `${href} (berkas unduhan belum dibangun? / download file not built?)`,
    ).toBe(200);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(await download.failure(), `unduhan gagal / download failed: ${download.url()}`).toBeNull();
    const text = await readFile((await download.path())!, 'utf8');
    const rows = parseCsv(text);
    const header = rows[0] ?? [];
    expect(header.length, 'baris judul / header row').toBeGreaterThan(2);
    expect(header.every((h) => h.trim() !== '')).toBe(true);
    expect(
      header.some((h) => /indikator|indicator/i.test(h)),
      `header: ${header.join(',')}`,
    ).toBe(true);
    const row = rows.find(
      (r) => r.includes(FIXTURE.indicator) && r.some((c) => (FIXTURE.indicatorValue as readonly string[]).includes(c)),
    );
    expect(row, `baris "${FIXTURE.indicator}" dengan realisasi ${FIXTURE.indicatorValue.join(' / ')}`).toBeDefined();
  });

  test('cari nama program → halaman program / search a programme name → programme page', async () => {
    await page.goto(url(`/cari/?q=${encodeURIComponent(FIXTURE.programme)}`));
    const results = page.locator('.pagefind-ui__result-link');
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(
      hrefs.some((h) => /\/program\/[^/]+\/$/.test(new URL(h, 'http://x').pathname)),
      `hasil / results: ${hrefs.join(', ')}`,
    ).toBe(true);
    expect(await page.locator('#cari-tanpa-js').isVisible()).toBe(false);
  });

  test('/bandingkan/ memulihkan pilihan dari URL / compare restores its selection from the URL', async () => {
    const chosen = [FIXTURE.agencyA, FIXTURE.agencyB];
    const res = await page.goto(url(`/bandingkan/?instansi=${chosen.join(',')}`));
    expect(res?.status(), 'halaman bandingkan / compare page').toBe(200);
    const boxes = page.locator('main input[type="checkbox"]');
    await boxes.first().waitFor({ timeout: 5_000 });
    const state = () =>
      boxes.evaluateAll((els) => (els as HTMLInputElement[]).map((b) => ({ value: b.value, checked: b.checked })));
    await page
      .waitForFunction(
        (slugs) =>
          slugs.every(
            (s) => document.querySelector<HTMLInputElement>(`main input[type="checkbox"][value="${s}"]`)?.checked,
          ),
        chosen,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const boxesNow = await state();
    for (const slug of chosen) {
      expect(
        boxesNow.find((b) => b.value === slug)?.checked,
        `kotak ${slug} / checkbox ${slug}: ${JSON.stringify(boxesNow)}`,
      ).toBe(true);
    }
    expect(boxesNow.find((b) => b.value === FIXTURE.hostile)?.checked ?? false).toBe(false);
    const headers = (
      await page
        .locator('main table thead th')
        .evaluateAll((ths) =>
          ths
            .filter((th) => (th as HTMLElement).offsetParent !== null)
            .map((th) => (th.textContent ?? '').replace(/\s+/g, ' ').trim()),
        )
    ).join(' | ');
    expect(headers, 'kolom A / column A').toContain(FIXTURE.agencyAName);
    expect(headers, 'kolom B / column B').toContain(FIXTURE.agencyBName);
    expect(headers, 'kolom yang tidak dipilih / unselected column').not.toContain(FIXTURE.hostileName);
  });
});
