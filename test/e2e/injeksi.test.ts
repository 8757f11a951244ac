/**
 * Hostile content (test/fixtures/e2e/content/laporan/dinas-uji-keamanan): no dialog ever opens, no inline handler
 * or javascript: URL reaches the DOM, payloads read as text, the CSP is never violated (on any page), and every
 * downloadable CSV neutralises formula-leading cells with a leading `'`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hydrateAll, launch, openAllDetails } from './peramban.ts';
import { distDir, eachPath, FIXTURE, parseCsv, PAYLOADS, reportPath, sitemapPaths, url } from './situs.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const cspMessages: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
  // Report violations through the console as well, in case Chromium's own wording changes.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${page.url()}: ${d.type()} "${d.message()}"`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) cspMessages.push(`${page.url()}: ${m.text().slice(0, 200)}`);
  });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
});
afterAll(async () => {
  await browser?.close();
});

/** In-page: inline handlers, javascript: URLs, injected executable scripts or elements; then fire mouseover on everything. */
function domProblems(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const problems: string[] = [];
    const urlAttrs = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name))
          problems.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value.slice(0, 40)}">`);
        // Pagefind UI's own search form (action="javascript:void(0);", submit handled in script) is not content.
        const pagefindForm =
          el.matches('.pagefind-ui form') && attr.name === 'action' && attr.value === 'javascript:void(0);';
        if (
          !pagefindForm &&
          urlAttrs.has(attr.name.toLowerCase()) &&
          /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value)
        ) {
          problems.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value.slice(0, 40)}">`);
        }
      }
    }
    for (const s of document.scripts) {
      const type = s.type.toLowerCase();
      const executable = type === '' || type === 'module' || type.includes('javascript');
      if (executable && /alert\s*\(/.test(s.textContent ?? ''))
        problems.push(`<script> berisi alert: ${(s.textContent ?? '').slice(0, 60)}`);
    }
    // Elements the payloads would create if parsed as HTML: <img src=x>, <svg onload>, <iframe>, <b>tebal</b>, <b tebal.
    for (const el of document.querySelectorAll('img[src="x"], svg[onload], iframe, b, p[style]')) {
      const tag = el.tagName.toLowerCase();
      if ((tag !== 'b' && tag !== 'p') || el.textContent === 'tebal' || el.hasAttribute('tebal') || tag === 'p')
        problems.push(`elemen tersisip / injected element <${el.tagName.toLowerCase()}>`);
    }
    // Would an unescaped onmouseover run? (Also a CSP report if an inline handler were present and blocked.)
    for (const el of document.body.querySelectorAll('*'))
      el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    return problems;
  });
}

test('tidak ada dialog, handler, atau pelanggaran CSP di halaman mana pun / no dialog, handler or CSP violation on any page', async () => {
  const all = encodeURIComponent([FIXTURE.agencyA, FIXTURE.agencyB, FIXTURE.hostile].join(','));
  const paths = [
    ...sitemapPaths(),
    `/bandingkan/?instansi=${all}`,
    '/cari/?q=alert',
    '/cari/?q=onmouseover',
    '/cari/?q=constructor',
  ];
  const problems = await eachPath(paths, async (path) => {
    const res = await page.goto(url(path));
    if (res?.status() !== 200) return [`status ${res?.status()}`];
    if (/^(\/en)?\/cari\//.test(path)) {
      const input = page.locator('.pagefind-ui__search-input');
      await input.waitFor({ timeout: 10_000 });
      if (!path.includes('?q=')) await input.fill('alert');
      await page.locator('.pagefind-ui__result, .pagefind-ui__message').first().waitFor({ timeout: 15_000 });
      await input.press('Enter'); // submitting Pagefind's form must not trip form-action or navigate
      await page.waitForTimeout(100);
      if (page.url() !== url(path))
        return [`Enter di kotak cari pindah ke / Enter in the search box navigated to ${page.url()}`];
    }
    await hydrateAll(page);
    await openAllDetails(page);
    return domProblems(page);
  });
  // Hover what a reader would hover on the hostile report.
  await page.goto(url(reportPath(FIXTURE.hostile)));
  for (const el of (await page.getByText('onmouseover').all()).slice(0, 20))
    await el.hover({ timeout: 2_000 }).catch(() => undefined);
  await page.waitForTimeout(200);

  expect.soft(dialogs, `dialog muncul / dialogs opened:\n${dialogs.join('\n')}`).toEqual([]);
  expect.soft(problems, `\n${problems.join('\n')}`).toEqual([]);
  expect.soft(cspMessages, `pelanggaran CSP / CSP violations:\n${cspMessages.join('\n')}`).toEqual([]);
  expect.soft(pageErrors, `galat skrip / script errors:\n${pageErrors.join('\n')}`).toEqual([]);
});

test('payload tampil sebagai teks / payloads are rendered as text', async () => {
  for (const lang of ['id', 'en'] as const) {
    const res = await page.goto(url(reportPath(FIXTURE.hostile, lang)));
    expect(res?.status()).toBe(200);
    expect(await page.title()).toContain("{{ constructor.constructor('alert(1)')() }}");
    // The report's parts (indicators, extra tables…) live on their own pages: read them all, as a reader would.
    const parts = await page
      .locator('#rincian ul.bagian a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    let text = '';
    let boldHeaders = 0;
    for (const href of [url(reportPath(FIXTURE.hostile, lang)), ...parts]) {
      expect((await page.goto(href))?.status(), href).toBe(200);
      await openAllDetails(page);
      text += await page.evaluate(() => document.body.textContent ?? '');
      // The extra table's header "Kolom <b tebal" is a header text, not the start of bold markup.
      boldHeaders += await page.locator('th', { hasText: 'Kolom <b tebal' }).count();
      expect(await domProblems(page), href).toEqual([]);
    }
    for (const payload of [...PAYLOADS.tags, ...PAYLOADS.text, '=HYPERLINK("http://x")', '@SUM(1)']) {
      expect(text, `${lang}: teks "${payload}" / text`).toContain(payload);
    }
    expect(boldHeaders).toBeGreaterThan(0);
  }
  // The source document keeps its extraction's formatting tags, shown as printed text.
  await page.goto(url('/dokumen/keamanan/'));
  const documentText = await page.evaluate(() => document.body.textContent ?? '');
  for (const payload of PAYLOADS.documentTags) expect(documentText, payload).toContain(payload);
  expect(await domProblems(page)).toEqual([]);
  expect(dialogs).toEqual([]);
});

test("CSV: sel yang diawali rumus dinetralkan dengan ' / CSV: formula-leading cells start with '", async () => {
  // Every CSV a page links to must exist, and every CSV the site publishes (dist/**/*.csv, i.e. /unduh/) is checked.
  const dist = distDir();
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const linked = new Set<string>();
  for (const e of files.filter((f) => f.name.endsWith('.html'))) {
    const html = readFileSync(join(e.parentPath, e.name), 'utf8');
    for (const m of html.matchAll(/href="([^"]+\.csv)"/g))
      linked.add(new URL(m[1]!.replace(/&amp;/g, '&'), url('/')).pathname);
  }
  const published = files
    .filter((e) => e.name.endsWith('.csv'))
    .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`);
  const hostileNilai = [`/unduh/laporan/${FIXTURE.hostile}/${FIXTURE.report}/nilai.csv`];
  expect(linked.size, 'tautan CSV di halaman / CSV links on pages').toBeGreaterThan(0);

  const problems: string[] = [];
  const cells = new Map<string, Set<string>>();
  for (const path of [...new Set([...linked, ...published, ...hostileNilai])].sort()) {
    const res = await fetch(url(path));
    if (res.status !== 200) {
      problems.push(`${path}: status ${res.status}`);
      continue;
    }
    const seen = new Set<string>();
    cells.set(path, seen);
    for (const [r, row] of parseCsv(await res.text()).entries()) {
      for (const [c, cell] of row.entries()) {
        seen.add(cell);
        const raw = PAYLOADS.formulas.some((f) => cell === f || cell === f.trim());
        const number = /^[+-]?\d[\d.,]*%?$/.test(cell) || cell === '-';
        if (raw || /^[=@\t\r]/.test(cell) || (/^[+-]/.test(cell) && !number)) {
          problems.push(`${path} baris/row ${r + 1} kolom/col ${c + 1}: ${JSON.stringify(cell)}`);
        }
      }
    }
  }
  // The payloads are there, neutralised (not dropped): in the hostile report's indicator values.
  for (const path of hostileNilai.filter((p) => cells.has(p))) {
    for (const payload of PAYLOADS.formulas) {
      const neutral = `'${payload.trim()}`;
      if (!cells.get(path)!.has(neutral)) problems.push(`${path}: tidak ada sel / no cell ${JSON.stringify(neutral)}`);
    }
  }
  expect(problems, `${cells.size} CSV diperiksa / checked\n${problems.join('\n')}`).toEqual([]);
  expect(cells.size).toBeGreaterThan(hostileNilai.length);
});
