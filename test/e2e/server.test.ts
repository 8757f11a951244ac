/** The test server itself: content types, directory index, redirect to the trailing slash, 404. */
import { readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentType } from './server.ts';
import { baseURL, distDir } from './situs.ts';

const get = (path: string) => fetch(new URL(path, baseURL()), { redirect: 'manual' });

describe('server statis / static server', () => {
  test('tipe isi per jenis berkas / content type per file kind', async () => {
    const files = readdirSync(distDir(), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `/${relative(distDir(), join(e.parentPath, e.name)).split(sep).join('/')}`);
    // One file of each kind the site has: html, css, js, json, csv, xml, svg, Pagefind's wasm and index chunks.
    const byKind = new Map<string, string>();
    for (const f of files) if (!byKind.has(extname(f))) byKind.set(extname(f), f);
    for (const ext of ['.html', '.css', '.js', '.json', '.xml', '.pagefind', '.pf_meta', '.pf_fragment', '.pf_index']) {
      expect(byKind.has(ext), `dist/ tanpa berkas ${ext} / no ${ext} file in dist/`).toBe(true);
    }
    for (const file of byKind.values()) {
      const res = await get(file);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type'), file).toBe(contentType(file));
      await res.arrayBuffer();
    }
    expect(contentType('a.html')).toMatch(/^text\/html/);
    expect(contentType('a.css')).toMatch(/^text\/css/);
    expect(contentType('a.js')).toMatch(/^text\/javascript/);
    expect(contentType('a.json')).toMatch(/^application\/json/);
    expect(contentType('a.csv')).toMatch(/^text\/csv/);
    expect(contentType('a.wasm')).toBe('application/wasm');
    expect(contentType('wasm.id.pagefind')).toBe('application/octet-stream');
  });

  test('direktori → index.html, /x → /x/, 404', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<html');
    const redirect = await get('/instansi?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/instansi/?x=1');
    const missing = await get('/tidak-ada/');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
    const escape = await get('/..%2f..%2fetc/passwd');
    expect(escape.status).toBe(404);
  });

  test('teks dikompresi gzip bila diminta / text gzipped when the browser asks', async () => {
    const page = await get('/');
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(await page.text()).toContain('<html');
    const plain = await fetch(new URL('/', baseURL()), { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBeGreaterThan(0);
    await plain.arrayBuffer();
  });
});
