/**
 * Embed pages: the snippet a chart's page offers is pasted into a page of another site (another origin, with its
 * own strict Content-Security-Policy); the chart must draw inside the iframe with no CSP violation, its links
 * must open in the top window, and the embed page must work without JavaScript (its data table shows).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch } from './peramban.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { baseURL, FIXTURE, reportPath, sitemapPaths, url } from './situs.ts';

let browser: Browser;
let host: StaticServer;
let hostDir: string;

beforeAll(async () => {
  browser = await launch();
  hostDir = await mkdtemp(join(tmpdir(), 'kinerja-host-'));
  host = await serveStatic(hostDir);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

/** The snippet offered under the report page's first chart, pointed at the local server instead of the site. */
async function snippetFromReportPage(): Promise<{ snippet: string; src: string }> {
  const page = await browser.newPage();
  await page.goto(url(reportPath(FIXTURE.agencyA)));
  const details = page.locator('figure.bagan details.sematan-kode').first();
  await details.locator('summary').click();
  const snippet = await details.locator('textarea').inputValue();
  await page.close();
  const src = /src="([^"]+)"/.exec(snippet)?.[1];
  if (!src) throw new Error(`tanpa src / no src in ${snippet}`);
  const local = new URL(new URL(src).pathname, baseURL()).href;
  return { snippet: snippet.replace(src, local), src: local };
}

test('potongan kode: satu iframe, tanpa gaya sebaris / the snippet is one iframe, no inline style or script', async () => {
  const { snippet } = await snippetFromReportPage();
  expect(snippet).toMatch(/^<iframe src="[^"]+\/sematkan\/laporan\/dinas-contoh\/2024-lkjip\/[a-z-]+\/" title="[^"]+"/);
  expect(snippet).toMatch(/loading="lazy"/);
  expect(snippet).not.toMatch(/style=|<script/);
});

test('grafik tergambar di situs lain dengan CSP ketat / the chart draws on another site with a strict CSP', async () => {
  const { snippet, src } = await snippetFromReportPage();
  const embedOrigin = new URL(src).origin;
  expect(new URL(host.url).origin, 'asal berbeda / different origin').not.toBe(embedOrigin);
  await writeFile(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Berita</title>` +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; frame-src ${embedOrigin}">` +
      `</head><body><h1>Berita daerah</h1>${snippet}</body></html>`,
  );
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${host.url}/`);
  const frame = page.frameLocator('iframe');
  await frame.locator('kt-grafik[data-siap] canvas').waitFor({ state: 'visible', timeout: 15_000 });
  const box = await frame.locator('kt-grafik canvas').boundingBox();
  expect(box!.width).toBeGreaterThan(300);
  expect(box!.height).toBeGreaterThan(100);
  // Something was drawn: the canvas is not blank.
  const inked = await frame.locator('kt-grafik canvas').evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
  expect(inked).toBeGreaterThan(1000);
  // The summary is there for screen readers, and the table behind the toggle.
  await expect(frame.locator('.ringkasan-grafik').textContent()).resolves.toMatch(/\d/);
  await frame.locator('button[aria-controls]').click();
  expect(await frame.locator('table tbody tr').count()).toBeGreaterThan(0);
  // Links leave the frame for the portal itself.
  expect(await frame.locator('base').getAttribute('target')).toBe('_top');
  expect(violations).toEqual([]);
  await context.close();
});

test('halaman sematan tanpa JavaScript: tabelnya tampil / the embed page without JavaScript shows its table', async () => {
  const { src } = await snippetFromReportPage();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const res = await page.goto(src);
  expect(res?.status()).toBe(200);
  expect(await page.locator('figure.bagan table').isVisible()).toBe(true);
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The full page it belongs to is linked, and the embed pages stay out of the sitemap.
  expect(await page.locator(`a[href="${reportPath(FIXTURE.agencyA)}"]`).count()).toBeGreaterThan(0);
  expect(sitemapPaths().some((p) => p.includes('/sematkan/'))).toBe(false);
  await context.close();
});
