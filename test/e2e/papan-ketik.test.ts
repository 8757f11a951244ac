/**
 * Keyboard only: the first Tab reaches the skip link, which moves focus to #isi; tabbing on through the report page
 * reaches the chart toggle, and Enter / Space toggle its data table. Every focused element shows its focus.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { focused, hydrateAll, launch, type FocusInfo } from './peramban.ts';
import { FIXTURE, reportPath, url } from './situs.ts';

const MAX_TABS = 250;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

test('skip link: Tab pertama, lalu fokus ke #isi / first Tab stop, then focus moves to #isi', async () => {
  for (const path of ['/', reportPath(FIXTURE.agencyA)]) {
    await page.goto(url(path));
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.what, `${path}: Tab pertama / first Tab`).toMatch(/^a\.skip-link\[href="#isi"\]/);
    expect(first.visible, `${path}: fokus terlihat / focus visible: ${first.outline} | ${first.boxShadow}`).toBe(true);
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'isi', undefined, { timeout: 2_000 });
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('main')?.id),
      `${path}: Tab setelah skip / Tab after skip`,
    ).toBe('isi');
  }
});

test('Tab sampai tombol grafik; Enter dan Spasi mengubah tabel / Tab to the chart toggle; Enter and Space toggle the table', async () => {
  await page.goto(url(reportPath(FIXTURE.agencyA)));
  // Charts appear only once their script has run (until then the data table is all there is); let them load,
  // as they do for a reader who scrolls, then walk the page from the top with the keyboard.
  await hydrateAll(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const unseen: FocusInfo[] = [];
  let toggle: FocusInfo | undefined;
  for (let i = 0; i < MAX_TABS && !toggle; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now.visible) unseen.push(now);
    if (await page.evaluate(() => document.activeElement?.matches('figure.bagan button[aria-controls]') ?? false))
      toggle = now;
  }
  expect(
    unseen.map((f) => `${f.what} — outline: ${f.outline}, box-shadow: ${f.boxShadow}`),
    'fokus tidak terlihat / focus not visible',
  ).toEqual([]);
  expect(toggle, `tombol grafik tidak tercapai dalam ${MAX_TABS} Tab / chart toggle not reached`).toBeDefined();

  // Once drawn, the chart hides its table behind the toggle; check that before pressing keys.
  await page.waitForFunction(
    () => document.getElementById(document.activeElement?.getAttribute('aria-controls') ?? '')?.hidden === true,
    undefined,
    { timeout: 5_000 },
  );
  const state = () =>
    page.evaluate(() => {
      const button = document.activeElement as HTMLElement;
      const table = document.getElementById(button.getAttribute('aria-controls') ?? '');
      return {
        isToggle: button.matches('figure.bagan button[aria-controls]'),
        expanded: button.getAttribute('aria-expanded'),
        tableShown: !!table && !table.hidden && table.getClientRects().length > 0,
      };
    });
  expect(await state()).toEqual({ isToggle: true, expanded: 'false', tableShown: false });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'true', undefined, {
    timeout: 2_000,
  });
  expect(await state()).toEqual({ isToggle: true, expanded: 'true', tableShown: true });
  expect((await focused(page)).visible, 'fokus terlihat setelah Enter / focus visible after Enter').toBe(true);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'false', undefined, {
    timeout: 2_000,
  });
  expect(await state()).toEqual({ isToggle: true, expanded: 'false', tableShown: false });
});
