/**
 * Search over an index written in several Pagefind bundles (a large site: scripts/lib/search-index.ts): the search
 * page merges them in the browser, so a page indexed in a later bundle is found like one in the first. The e2e
 * site is copied and indexed again in bundles of a few pages, then searched in Chromium.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';
import { indexedPages } from '../unit/bangun/bantu-cari.ts';
import { launch } from './peramban.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { distDir, FIXTURE } from './situs.ts';

let site: string;
let server: StaticServer;
let browser: Browser;
let bundles: string[];

/** The URLs a bundle folder indexes. */
const indexedUrls = (folder: string) => indexedPages(join(site, folder)).map((p) => p.url);

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'kt-cari-bundel-'));
  cpSync(distDir(), site, { recursive: true });
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  ({ bundles } = await buildSearchIndex(site, { pagesPerBundle: 4 }));
  server = await serveStatic(site);
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

describe('pencarian atas beberapa bundel / search over several bundles', () => {
  test('a programme page indexed in a later bundle is found, its result read from that bundle', async () => {
    const programmePages = (folder: string) => indexedUrls(folder).filter((u) => /^\/program\/[^/]+\/$/.test(u));
    // Not vacuous: the index is split, and the programme pages are not in the first bundle.
    expect(bundles.length).toBeGreaterThan(2);
    expect(programmePages('pagefind')).toEqual([]);
    const laterBundles = bundles.map((b) => b.slice(1, -1)).filter((b) => programmePages(b).length > 0);
    expect(laterBundles.length).toBeGreaterThan(0);

    const page = await browser.newPage();
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/fragment/')) fragments.push(new URL(r.url()).pathname);
    });
    await page.goto(new URL(`/cari/?q=${encodeURIComponent(FIXTURE.programme)}`, server.url).href);
    const results = page.locator('.pagefind-ui__result-link');
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(
      hrefs.some((h) => /^\/program\/[^/]+\/$/.test(new URL(h, 'http://x').pathname)),
      `hasil / results: ${hrefs.join(', ')}`,
    ).toBe(true);
    expect(
      fragments.some((f) => laterBundles.some((b) => f.startsWith(`/${b}/fragment/`))),
      fragments.join(', '),
    ).toBe(true);
    await page.close();
  });
});
