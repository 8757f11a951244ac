import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed, feedDates } from '../../../src/lib/umpan.ts';
import {
  lastModifiedIn,
  mergeSitemaps,
  parseSitemap,
  readSitemap,
  SITEMAP_LIMITS,
  sitemapEntries,
  sitemapFiles,
  sitemapPaths,
  sitemapXml,
} from '../../../src/lib/peta-situs.ts';
import { newestChange } from '../../../src/lib/riwayat/index.ts';
import { findBrokenLinks } from '../../../scripts/lib/periksa-tautan.ts';
import { localPath, splitLangPath } from '../../../src/i18n/teks.ts';

const site = new URL('https://contoh.example/');

const commit = (date: string) => ({ hash: date, date, files: [] });
const histories = new Map([
  ['dinas-a/2023-lkjip', { first: commit('2026-01-05'), last: commit('2026-03-01'), commits: 2 }],
  ['dinas-a/2024-lkjip', { first: commit('2026-02-10'), last: commit('2026-02-10'), commits: 1 }],
  ['dinas-b/2024-renja', { first: commit('2026-01-05'), last: commit('2026-04-20'), commits: 3 }],
]);

describe('sitemap', () => {
  it('sorted, unique, escaped; no lastmod without a history (no git)', () => {
    expect(sitemapXml(site, ['/b/', '/a/', '/a/', '/c&d/'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://contoh.example/a/</loc></url>\n' +
        '  <url><loc>https://contoh.example/b/</loc></url>\n' +
        '  <url><loc>https://contoh.example/c&amp;d/</loc></url>\n</urlset>\n',
    );
  });

  it('lastmod: a report’s pages its last change, an agency page its newest report, other pages the portal’s newest', () => {
    const lastModified = (path: string, h: typeof histories) => lastModifiedIn(h)(path);
    expect(lastModified('/instansi/dinas-a/2023-lkjip/', histories)).toBe('2026-03-01');
    expect(lastModified('/en/instansi/dinas-a/2023-lkjip/anggaran/', histories)).toBe('2026-03-01');
    expect(lastModified('/instansi/dinas-a/2024-lkjip/', histories)).toBe('2026-02-10');
    expect(lastModified('/instansi/dinas-a/', histories)).toBe('2026-03-01');
    expect(lastModified('/en/instansi/dinas-b/', histories)).toBe('2026-04-20');
    expect(lastModified('/program/x/', histories)).toBe('2026-04-20');
    expect(lastModified('/', histories)).toBe('2026-04-20');
    // An agency with no report in the history (not yet committed) falls back to the portal's newest change.
    expect(lastModified('/instansi/dinas-c/', histories)).toBe('2026-04-20');
    expect(newestChange(histories, ['dinas-a/2024-lkjip'])).toBe('2026-02-10');
    expect(newestChange(new Map())).toBeUndefined();
    const xml = sitemapXml(site, ['/instansi/dinas-a/2024-lkjip/', '/'], histories);
    expect(xml).toContain('<url><loc>https://contoh.example/</loc><lastmod>2026-04-20</lastmod></url>');
    expect(xml).toContain(
      '<url><loc>https://contoh.example/instansi/dinas-a/2024-lkjip/</loc><lastmod>2026-02-10</lastmod></url>',
    );
  });

  it('pages are the index.html files, without Pagefind bundles and embed pages', () => {
    expect(
      sitemapPaths([
        'index.html',
        'en/index.html',
        'instansi/a/index.html',
        'unduh/nilai.csv',
        'pagefind/index.html',
        'pagefind-bagian-2/x/index.html',
        'sematkan/grafik/a/index.html',
        'en/sematkan/grafik/a/index.html',
        '404.html',
      ]),
    ).toEqual(['/', '/en/', '/instansi/a/']);
  });

  it('shards’ sitemaps merge into the whole site’s; a page dated differently by two shards is refused', () => {
    const one = sitemapEntries(site, ['/', '/instansi/dinas-a/2023-lkjip/'], histories);
    const two = sitemapEntries(site, ['/', '/instansi/dinas-b/2024-renja/', '/c&d/'], histories);
    const whole = sitemapXml(
      site,
      ['/', '/instansi/dinas-a/2023-lkjip/', '/instansi/dinas-b/2024-renja/', '/c&d/'],
      histories,
    );
    expect(sitemapFiles(site, mergeSitemaps([one, two]))).toEqual(new Map([['sitemap.xml', whole]]));
    expect(parseSitemap(whole)).toContainEqual({ loc: 'https://contoh.example/c&d/', lastmod: '2026-04-20' });
    expect(() => mergeSitemaps([one, sitemapEntries(site, ['/'])])).toThrow(/lastmod/);
  });

  it('a site over one sitemap’s 50,000 URLs gets a sitemap index of parts, each within the limits', () => {
    const paths = Array.from({ length: SITEMAP_LIMITS.urls * 2 + 1 }, (_, i) => `/program/p-${i}/`);
    const dated = new Map([
      ...histories,
      ['dinas-z/2025-lkjip', { first: commit('2026-05-01'), last: commit('2026-05-01'), commits: 1 }],
    ]);
    const entries = [
      ...sitemapEntries(site, paths),
      ...sitemapEntries(site, ['/instansi/dinas-a/2024-lkjip/', '/instansi/dinas-z/2025-lkjip/'], dated),
    ];
    const files = sitemapFiles(site, entries);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    const index = files.get('sitemap.xml')!;
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    // Each part is dated by its newest page: the report pages sort first ("/instansi" < "/program").
    expect(index).toContain(
      '<sitemap><loc>https://contoh.example/sitemap-1.xml</loc><lastmod>2026-05-01</lastmod></sitemap>',
    );
    expect(index).toContain('<sitemap><loc>https://contoh.example/sitemap-3.xml</loc></sitemap>');
    for (const [name, xml] of files) {
      if (name === 'sitemap.xml') continue;
      expect(parseSitemap(xml).length).toBeLessThanOrEqual(SITEMAP_LIMITS.urls);
      expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(SITEMAP_LIMITS.bytes);
    }
    // Read back through the index: every page once, in URL order.
    const read = readSitemap((name) => files.get(name)!);
    expect(read.length).toBe(entries.length);
    expect(read.map((e) => e.loc)).toEqual(entries.map((e) => e.loc).sort());
    expect(sitemapFiles(site, mergeSitemaps([read]))).toEqual(files);
    // A site whose address has a path: the parts are still read from beside sitemap.xml.
    const sub = sitemapFiles(new URL('https://contoh.example/portal/'), entries);
    expect(sub.get('sitemap.xml')).toContain('<loc>https://contoh.example/portal/sitemap-2.xml</loc>');
    expect(readSitemap((name) => sub.get(name)!).length).toBe(entries.length);
  });
});

describe('Atom feed', () => {
  it('dates from the portal’s history (entered, last changed), newest change first, text escaped', () => {
    expect(atomDate('2025')).toBe('2025-01-01T00:00:00Z');
    expect(atomDate('2024-04-05')).toBe('2024-04-05T00:00:00Z');
    const xml = atomFeed(site, [
      {
        id: 'a',
        title: 'LKjIP <2023>',
        url: '/instansi/a/',
        ...feedDates(histories.get('dinas-a/2023-lkjip'), '2024-02-11'),
        summary: 's & t',
      },
      {
        id: 'b',
        title: 'TW I',
        url: '/instansi/b/',
        ...feedDates(histories.get('dinas-b/2024-renja'), '2024-04-05'),
        summary: 'u',
      },
    ]);
    expect(xml).toContain('<updated>2026-04-20T00:00:00Z</updated>\n  <author>');
    expect(xml).toContain(
      '<published>2026-01-05T00:00:00Z</published>\n    <updated>2026-03-01T00:00:00Z</updated>\n    <summary>s &amp; t',
    );
    expect(xml).not.toContain('2024-02-11');
    expect(xml.indexOf('/instansi/b/')).toBeLessThan(xml.indexOf('/instansi/a/'));
    expect(xml).toContain('<title>LKjIP &lt;2023&gt;</title>');
  });

  it('without git the document’s date is the update and there is no published date', () => {
    expect(feedDates(undefined, '2024-04-05')).toEqual({ updated: '2024-04-05' });
    const xml = atomFeed(site, [{ id: 'a', title: 't', url: '/a/', ...feedDates(undefined, '2024'), summary: 's' }]);
    expect(xml).toContain('<updated>2024-01-01T00:00:00Z</updated>\n    <summary>');
    expect(xml).not.toContain('<published>');
  });
});

describe('language paths', () => {
  it('maps between / and /en/', () => {
    expect(localPath('en', '/instansi/')).toBe('/en/instansi/');
    expect(localPath('id', '/instansi/')).toBe('/instansi/');
    expect(splitLangPath('/en/instansi/x/')).toEqual({ lang: 'en', path: '/instansi/x/' });
    expect(splitLangPath('/en/')).toEqual({ lang: 'en', path: '/' });
    expect(splitLangPath('/temuan/')).toEqual({ lang: 'id', path: '/temuan/' });
  });
});

describe('link crawl', () => {
  it('finds missing targets and fragments, accepts files, directories and same-page anchors', () => {
    const dist = mkdtempSync(join(tmpdir(), 'kt-links-'));
    mkdirSync(join(dist, 'a'));
    writeFileSync(
      join(dist, 'index.html'),
      '<a href="/a/">a</a><a href="/a/#x">x</a><a href="/a/#nope">n</a><a href="/hilang/">m</a><a href="#top">t</a><a href="https://x.org/">e</a><link href="/s.css"><p id="top"></p>',
    );
    writeFileSync(
      join(dist, 'a', 'index.html'),
      '<h2 id="x">x</h2><a href="../index.html">up</a><a href="data.csv?v=1">d</a>',
    );
    writeFileSync(join(dist, 'a', 'data.csv'), 'a,b');
    writeFileSync(join(dist, 's.css'), '');
    const result = findBrokenLinks(dist);
    expect(result.pages).toBe(2);
    expect(result.broken).toEqual([
      { page: '/index.html', href: '/a/#nope', reason: 'no element with id "nope"' },
      { page: '/index.html', href: '/hilang/', reason: 'target not found' },
    ]);
  });
});
