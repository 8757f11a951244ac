/**
 * The browser: Debian's Chromium driven by playwright-core (never a downloaded browser), plus small page helpers
 * shared by the e2e tests. No vitest imports here: the global setup uses it too.
 */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.KINERJA_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for every Chromium we start (tests, screenshots, Lighthouse): headless, and nothing that calls out. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** Scroll a chart figure into view and wait until its chart is drawn (`<kt-grafik data-siap>`). */
export async function chartDrawn(figure: Locator): Promise<void> {
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('kt-grafik[data-siap] canvas').waitFor({ state: 'attached', timeout: 15_000 });
}

/** Scroll through the whole page so every chart near the viewport draws, then wait for all rendered ones. */
export async function hydrateAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    }
    window.scrollTo(0, 0);
  });
  // Charts that are not rendered (e.g. inside a closed <details>) never come into view, so never draw.
  await page.waitForFunction(
    () => [...document.querySelectorAll('kt-grafik:not([data-siap])')].every((el) => el.getClientRects().length === 0),
    undefined,
    { timeout: 15_000 },
  );
}

/** Open every `<details>` (what a reader does by clicking its summary; works without JavaScript). */
export async function openAllDetails(page: Page): Promise<void> {
  await page.locator('details:not([open]) > summary').evaluateAll((summaries) => {
    for (const s of summaries) (s.parentElement as HTMLDetailsElement).open = true;
  });
}

export interface FocusInfo {
  /** e.g. `a.skip-link[href="#isi"] "Langsung ke isi"`. */
  what: string;
  tag: string;
  id: string;
  visible: boolean;
  outline: string;
  boxShadow: string;
}

/** The focused element and whether it shows a focus indicator (an outline or a box-shadow). */
export function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement ?? document.body;
    const css = getComputedStyle(el);
    const outlineShown = css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0;
    const shadowShown = css.boxShadow !== 'none' && css.boxShadow !== '';
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const href = el.getAttribute('href');
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}${href ? `[href="${href}"]` : ''} "${text}"`,
      tag: el.tagName.toLowerCase(),
      id: el.id,
      visible: outlineShown || shadowShown,
      outline: `${css.outlineStyle} ${css.outlineWidth} ${css.outlineColor}`,
      boxShadow: css.boxShadow,
    };
  });
}
