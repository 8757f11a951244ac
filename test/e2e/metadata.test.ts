/**
 * Machine-readable metadata of the built fixture site, read as consumers read it: every JSON-LD block parses as
 * JSON; each report page's Dataset lists files that exist in dist/ — all of the report's downloads; the catalogue on
 * /unduh/ is a DataCatalog; feed.xml and sitemap.xml are well-formed XML for a browser's XML parser (as feed
 * readers parse them), with the portal's history dates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './peramban.ts';
import { distDir, sitemapPaths, url } from './situs.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function ldBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

const pageFile = (path: string) => join(distDir(), path, 'index.html');

describe('JSON-LD', () => {
  test('every block on every page parses; report pages carry a Dataset whose files are all the report’s downloads', () => {
    let reports = 0;
    for (const path of sitemapPaths()) {
      const blocks = ldBlocks(readFileSync(pageFile(path), 'utf8'));
      const m = /^\/(?:en\/)?instansi\/([^/]+\/[^/]+)\/$/.exec(path);
      if (!m) continue;
      const dataset = blocks.find((b) => (b as { '@type'?: string })['@type'] === 'Dataset') as
        { identifier: string; creator: { name: string }; distribution: { contentUrl: string }[] } | undefined;
      expect(dataset, path).toBeDefined();
      expect(dataset!.identifier).toBe(m[1]);
      expect(dataset!.creator.name.length).toBeGreaterThan(0);
      const listed = dataset!.distribution.map((d) => new URL(d.contentUrl).pathname.slice(1)).sort();
      for (const file of listed) expect(existsSync(join(distDir(), file)), `${path}: ${file}`).toBe(true);
      const folder = join(distDir(), 'unduh', 'laporan', m[1]!);
      const written = readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(distDir(), join(e.parentPath, e.name)).split(sep).join('/'))
        .sort();
      expect(listed, path).toEqual(written);
      reports++;
    }
    expect(reports).toBeGreaterThan(1);
  });

  test('the downloads page is a DataCatalog of Datasets, each with its distributions', () => {
    const [catalog] = ldBlocks(readFileSync(pageFile('/unduh/'), 'utf8')) as {
      '@type': string;
      temporalCoverage: string;
      creator: unknown;
      dataset: { '@type': string; distribution?: { contentUrl: string }[] }[];
    }[];
    expect(catalog!['@type']).toBe('DataCatalog');
    expect(catalog!.creator).toBeDefined();
    expect(catalog!.temporalCoverage).toMatch(/^\d{4}(\/\d{4})?$/);
    const withFiles = catalog!.dataset.filter((d) => d.distribution);
    expect(withFiles.length).toBeGreaterThan(3);
    for (const d of withFiles) {
      for (const file of d.distribution!) {
        expect(existsSync(join(distDir(), new URL(file.contentUrl).pathname)), file.contentUrl).toBe(true);
      }
    }
  });
});

describe('feed and sitemap', () => {
  test('feed.xml and sitemap.xml are well-formed XML; entries and pages carry history dates', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(url('/'));
      for (const file of ['/feed.xml', '/sitemap.xml']) {
        const text = readFileSync(join(distDir(), file), 'utf8');
        const parsed = await page.evaluate((xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          const error = doc.querySelector('parsererror');
          return {
            error: error?.textContent ?? null,
            root: doc.documentElement.localName,
            entries: [...doc.getElementsByTagName('entry')].map((e) => ({
              published: e.getElementsByTagName('published')[0]?.textContent ?? null,
              updated: e.getElementsByTagName('updated')[0]?.textContent ?? null,
            })),
            lastmods: doc.getElementsByTagName('lastmod').length,
            urls: doc.getElementsByTagName('url').length,
          };
        }, text);
        expect(parsed.error, file).toBeNull();
        if (file === '/feed.xml') {
          expect(parsed.root).toBe('feed');
          expect(parsed.entries.length).toBeGreaterThan(1);
          for (const e of parsed.entries) {
            expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
            // The fixture content is committed, so git knows when each report entered the portal.
            expect(e.published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
            expect(e.published! <= e.updated!).toBe(true);
          }
        } else {
          expect(parsed.root).toBe('urlset');
          expect(parsed.lastmods).toBe(parsed.urls);
        }
      }
    } finally {
      await page.close();
    }
  });
});
