/**
 * The SQL page (/kueri/) in Chromium, on the built e2e site: every example run in DuckDB-WASM gives exactly the
 * table the build computed for it (shown without JavaScript), the absorption recipe gives the report pages' own
 * totals, the result downloads as a CSV equal to the table, an error is shown in the alert region, no extension
 * can be fetched, and every request — the engine, its worker, the CSV partitions — goes to the site itself (it
 * works offline). The build computes from the Parquet, the browser from the CSV: equal tables check both.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXAMPLES } from '../../src/lib/kueri/contoh.ts';
import { launch } from './peramban.ts';
import { baseURL, parseCsv, url } from './situs.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ acceptDownloads: true });
  // Context-wide, so the DuckDB worker's requests (the WebAssembly, the Parquet range reads) are seen too.
  context.on('request', (r) => requests.push(r.url()));
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

type Grid = string[][];

/** A table's header and body cells as text. */
function grid(table: string): Promise<Grid> {
  return page
    .locator(table)
    .evaluate((t: HTMLTableElement) =>
      [...t.querySelectorAll('tr')].map((tr) => [...tr.cells].map((c) => c.textContent ?? '')),
    );
}

/** Run `trigger` and wait until the console has finished one more run. */
async function finishedRun(trigger: () => Promise<void>): Promise<void> {
  const console = page.locator('kt-kueri');
  const before = Number((await console.getAttribute('data-selesai-jalan')) ?? 0);
  await trigger();
  await page.waitForFunction(
    (n) => Number(document.querySelector('kt-kueri')?.getAttribute('data-selesai-jalan') ?? 0) > n,
    before,
    { timeout: 60_000 },
  );
}

/** `1000000.00` → `1.000.000` (the report page's "exact figures" line, Indonesian grouping, whole Rupiah). */
const rupiah = (machine: string) => {
  const [whole, cents] = machine.split('.');
  expect(cents ?? '00', machine).toMatch(/^0*$/);
  return whole!.replace(/\B(?=(\d{3})+$)/g, '.');
};

test('setiap contoh di peramban = tabel build; serapan = halaman laporan / each example in the browser = its build table; absorption = the report pages', async () => {
  await page.goto(url('/kueri/'));
  const built = new Map<string, Grid>();
  for (const example of EXAMPLES) built.set(example.id, await grid(`table[data-contoh="${example.id}"]`));

  for (const example of EXAMPLES) {
    await finishedRun(() => page.locator(`button[data-kueri-contoh="sql-${example.id}"]`).click());
    expect(await page.locator('[data-kueri-galat]').textContent(), example.id).toBe('');
    const ran = await grid('[data-kueri-hasil] table');
    const expected = built.get(example.id)!;
    expect(ran.length, example.id).toBeGreaterThan(1);
    expect(ran, example.id).toEqual(expected);
    expect(await page.locator('textarea#sql').inputValue()).toBe(example.sql);

    // The CSV download (a blob: URL) holds the same cells.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-kueri-hasil] a[download]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('kueri.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv), example.id).toEqual(expected);
  }

  // The data dictionary's recipe (jumlah_utama = ya, summed) is the report page's "exact figures".
  const absorption = built.get('serapan-laporan')!;
  const [header, ...rows] = absorption;
  expect(header).toEqual(['laporan_id', 'instansi_nama', 'pagu', 'realisasi', 'serapan_persen']);
  expect(rows.length).toBe(3);
  for (const [id, , pagu, realisasi, serapan] of rows) {
    const report = await context.newPage();
    await report.goto(url(`/instansi/${id}/`));
    const text = (await report.locator('main').textContent()) ?? '';
    expect(text, id).toContain(`Angka persis: Rp ${rupiah(realisasi!)} / Rp ${rupiah(pagu!)}`);
    expect(text, id).toContain(`${serapan!.replace('.', ',')}%`);
    await report.close();
  }
});

test('galat DuckDB di wilayah alert; semua permintaan ke situs sendiri / DuckDB errors in the alert region; every request same-origin', async () => {
  await page.goto(url('/en/kueri/'));
  await page.locator('textarea#sql').fill('SELECT nama FROM tabel_tidak_ada');
  await finishedRun(() => page.locator('form[data-kueri-form] button[type=submit]').click());
  const alert = page.locator('[role=alert][data-kueri-galat]');
  expect(await alert.textContent()).toMatch(/^The query failed: .*tabel_tidak_ada/s);
  expect(await page.locator('[data-kueri-hasil] table').count()).toBe(0);

  // An extension cannot be fetched: LOAD looks on this site (which has none), and the setting is locked.
  for (const sql of ['LOAD parquet', "SET custom_extension_repository = 'http://example.org'"]) {
    await page.locator('textarea#sql').fill(sql);
    await finishedRun(() => page.locator('form[data-kueri-form] button[type=submit]').click());
    expect(await alert.textContent(), sql).toMatch(/^The query failed: ./);
  }

  // Then a good query still runs on the same engine.
  await page.locator('textarea#sql').fill('SELECT count(*) AS n FROM nilai;');
  await finishedRun(() => page.locator('form[data-kueri-form] button[type=submit]').click());
  expect(await alert.textContent()).toBe('');
  expect((await grid('[data-kueri-hasil] table'))[0]).toEqual(['n']);

  const origin = new URL(baseURL()).origin;
  expect(requests.some((r) => r.endsWith('.wasm'))).toBe(true);
  expect(requests.some((r) => /\/unduh\/\d{4}\/.+\/nilai\.csv$/.test(r))).toBe(true);
  const outside = requests.filter((r) => !r.startsWith(`${origin}/`) && !r.startsWith('blob:'));
  expect(outside).toEqual([]);
});
