/**
 * Answer first, without JavaScript: the report page opens with the headline (a sentence and cards) in the first
 * screen at 1280 px, the largest findings are there, every part of the report is one link away on its own page,
 * `<details>` sections open by clicking their summary (no script), and /temuan/ filters by kind and agency
 * through plain links.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch } from './peramban.ts';
import { FIXTURE, reportPath, url } from './situs.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether an element lies (at least partly) inside the first screen. */
const inFirstScreen = (p: Page, selector: string) =>
  p
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
    });

test('kalimat jawaban dan kartu di layar pertama / the answer sentence and cards in the first screen', async () => {
  for (const lang of ['id', 'en'] as const) {
    await page.goto(url(reportPath(FIXTURE.agencyA, lang)));
    const sentence = (await page.locator('p.jawaban').textContent())?.trim() ?? '';
    expect(sentence, `${lang}: kalimat / sentence`).toMatch(lang === 'id' ? /^Tahun 2024: / : /^In 2024: /);
    expect(sentence).toMatch(/\d+([.,]\d+)?%/);
    expect(await inFirstScreen(page, 'p.jawaban'), `${lang}: kalimat di layar pertama`).toBe(true);
    const cards = page.locator('#ringkasan dl.kartu > div');
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    const cardText = (await page.locator('#ringkasan dl.kartu').textContent()) ?? '';
    expect(cardText).toMatch(lang === 'id' ? /Capaian keseluruhan/ : /Overall achievement/);
    expect(cardText).toMatch(lang === 'id' ? /\d+ dari \d+/ : /\d+ of \d+/);
    // Rupiah in miliar/juta, with the exact amount beside it.
    expect(cardText).toMatch(lang === 'id' ? /Rp [\d,]+ (miliar|juta)/ : /Rp [\d.]+ (billion|million)/);
    expect(cardText).toMatch(/Rp \d{1,3}([.,]\d{3})+/);
    expect(await inFirstScreen(page, '#ringkasan dl.kartu'), `${lang}: kartu di layar pertama`).toBe(true);
    // The verdict's colour always comes with its words.
    const verdict = page.locator('#ringkasan dl.kartu dd[class^="pita-"]');
    for (const dd of await verdict.all()) expect(((await dd.textContent()) ?? '').trim()).not.toBe('');
    // The largest findings: named, tiered, with a link to all of them ranked.
    const box = page.locator('#ringkasan .kotak-temuan');
    expect(await box.isVisible()).toBe(true);
    const link = box.locator('a[href$="/temuan/"]');
    expect(await link.count()).toBe(1);
  }
});

test('setiap bagian laporan di halamannya sendiri, satu klik / every part of the report one link away', async () => {
  await page.goto(url(reportPath(FIXTURE.agencyA)));
  const links = await page.locator('#rincian ul.bagian a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links).toEqual(expect.arrayContaining([`${reportPath(FIXTURE.agencyA)}indikator/`]));
  expect(links.length).toBeGreaterThanOrEqual(3);
  for (const href of links) {
    const res = await page.goto(url(href));
    expect(res?.status(), href).toBe(200);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator(`main a[href="${reportPath(FIXTURE.agencyA)}"]`).count(), href).toBeGreaterThan(0);
    // One h1 naming the part; its sections start at h2 and none repeats the title.
    const outline = await page
      .locator('main :is(h1, h2, h3, h4)')
      .evaluateAll((hs) => hs.map((h) => [Number(h.tagName[1]), (h.textContent ?? '').trim()] as const));
    expect(
      outline.filter(([level]) => level === 1),
      href,
    ).toHaveLength(1);
    const title = outline.find(([level]) => level === 1)![1];
    expect(
      outline.filter(([level, text]) => level > 1 && text === title),
      href,
    ).toEqual([]);
    outline.forEach(([level], i) =>
      expect(level - (outline[i - 1]?.[0] ?? 0), `${href}: ${outline[i]?.[1]}`).toBeLessThanOrEqual(1),
    );
  }
  // One indicator table for the report year, grouped by goal, with one header row for all of it.
  await page.goto(url(`${reportPath(FIXTURE.agencyA)}indikator/`));
  const table = page.locator('table.indikator');
  expect(await table.count()).toBe(1);
  expect(await table.locator('thead tr').count()).toBe(1);
  expect(await table.locator('tbody tr.kelompok').count()).toBeGreaterThan(0);
  expect(await table.textContent()).toContain(FIXTURE.indicator);
  const sticky = await table
    .locator('thead th')
    .first()
    .evaluate((th) => getComputedStyle(th).position);
  expect(sticky).toBe('sticky');
});

test('<details> terbuka tanpa JavaScript dan punya tautan tetap / details open without JavaScript and have permalinks', async () => {
  await page.goto(url(`${reportPath(FIXTURE.agencyA)}indikator/`));
  // The chart's embed-code disclosure is a control, not a part of the report: it is left out.
  const details = page.locator('main details:not(.sematan-kode)');
  expect(await details.count()).toBeGreaterThan(0);
  for (const d of await details.all()) {
    const id = await d.getAttribute('id');
    expect(id, 'setiap <details> punya id / every <details> has an id').toBeTruthy();
    expect(await d.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await d.locator(':scope > summary').click();
    expect(await d.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await d.locator('table').first().isVisible()).toBe(true);
  }
});

test('/temuan/ disaring menurut jenis dan instansi tanpa JavaScript / findings filter by kind and agency without JavaScript', async () => {
  await page.goto(url('/temuan/'));
  const total = await page.locator('table.temuan tbody tr:not(.kelompok)').count();
  expect(total).toBeGreaterThan(0);
  // By kind: a plain link to a pre-rendered page listing only that kind.
  const kindLink = page.locator('nav.saring a[href^="/temuan/jenis/"]').first();
  const kindLabel = ((await kindLink.textContent()) ?? '').replace(/\s*\(\d+\)\s*$/, '').trim();
  const kindCount = Number(/\((\d+)\)/.exec((await kindLink.textContent()) ?? '')?.[1]);
  await kindLink.click();
  await page.waitForLoadState();
  expect(page.url()).toMatch(/\/temuan\/jenis\/[a-z-]+\/$/);
  const kinds = await page.locator('table.temuan tbody tr:not(.kelompok) > th').allTextContents();
  expect(kinds.length).toBe(kindCount);
  expect(new Set(kinds.map((k) => k.trim()))).toEqual(new Set([kindLabel]));
  expect(await page.locator('nav.saring a[aria-current="page"]').count()).toBe(1);
  // By agency.
  await page.goto(url('/temuan/'));
  await page.locator(`nav.saring a[href="/temuan/instansi/${FIXTURE.agencyA}/"]`).click();
  await page.waitForLoadState();
  const reports = await page
    .locator('table.temuan tbody tr:not(.kelompok) td small a[href^="/instansi/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(reports.every((href) => href.startsWith(`/instansi/${FIXTURE.agencyA}/`))).toBe(true);
  // Each kind is explained in a line, with a worked example from the data.
  await page.goto(url('/temuan/'));
  const explained = page.locator('#jenis dl.jenis-temuan dd');
  expect(await explained.count()).toBeGreaterThan(0);
  expect((await explained.first().textContent()) ?? '').toMatch(/Contoh dari data: /);
});

test('beranda: kartu skor, temuan pilihan, istilah / home: scorecards, featured finding, terms explained', async () => {
  for (const lang of ['id', 'en'] as const) {
    await page.goto(url(lang === 'id' ? '/' : '/en/'));
    const cards = page.locator('ul.kartu-skor > li');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    expect(
      await cards
        .first()
        .locator('a[href^="' + (lang === 'en' ? '/en' : '') + '/instansi/"]')
        .count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('dl.istilah dt', { hasText: 'SAKIP' }).count()).toBe(1);
    expect(await page.locator('.kotak-temuan').count()).toBeGreaterThan(0);
  }
});

test('tautan ke bagian tertutup membukanya / a link to a collapsed section opens it', async () => {
  const withJs = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await withJs.newPage();
  try {
    const base = url(`${reportPath(FIXTURE.agencyA)}indikator/`);
    await p.goto(`${base}#semua-nilai`);
    const open = (id: string) => p.locator(`details#${id}`).evaluate((el) => (el as HTMLDetailsElement).open);
    expect(await open('semua-nilai')).toBe(true);
    expect(await open('definisi')).toBe(false);
    // Following a link on the same page (a hash change, no reload) opens that one too.
    await p.evaluate(() => {
      location.hash = 'definisi';
    });
    await p.waitForFunction(() => (document.getElementById('definisi') as HTMLDetailsElement).open);
    // …and it is on screen (the page may end before it can reach the top).
    const onScreen = await p
      .locator('details#definisi')
      .evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight);
    expect(onScreen).toBe(true);
  } finally {
    await withJs.close();
  }
});
