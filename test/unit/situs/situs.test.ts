import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed } from '../../../src/lib/umpan.ts';
import { sitemapXml } from '../../../src/lib/peta-situs.ts';
import { findBrokenLinks } from '../../../scripts/lib/periksa-tautan.ts';
import { localPath, splitLangPath } from '../../../src/i18n/teks.ts';

const site = new URL('https://contoh.example/');

describe('sitemap', () => {
  it('sorted, unique, escaped, no dates', () => {
    expect(sitemapXml(site, ['/b/', '/a/', '/a/', '/c&d/'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://contoh.example/a/</loc></url>\n' +
        '  <url><loc>https://contoh.example/b/</loc></url>\n' +
        '  <url><loc>https://contoh.example/c&amp;d/</loc></url>\n</urlset>\n',
    );
  });
});

describe('Atom feed', () => {
  it('dates come from the documents, newest first, text escaped', () => {
    expect(atomDate('2025')).toBe('2025-01-01T00:00:00Z');
    expect(atomDate('2024-04-05')).toBe('2024-04-05T00:00:00Z');
    const xml = atomFeed(site, [
      { id: 'a', title: 'LKjIP <2023>', url: '/instansi/a/', date: '2024-02', summary: 's & t' },
      { id: 'b', title: 'TW I', url: '/instansi/b/', date: '2024-04-05', summary: 'u' },
    ]);
    expect(xml).toContain('<updated>2024-04-05T00:00:00Z</updated>\n  <author>');
    expect(xml.indexOf('/instansi/b/')).toBeLessThan(xml.indexOf('/instansi/a/'));
    expect(xml).toContain('<title>LKjIP &lt;2023&gt;</title>');
    expect(xml).toContain('<summary>s &amp; t</summary>');
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
