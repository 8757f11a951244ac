/**
 * At 360 CSS px (a small phone) no page scrolls sideways; wide tables scroll inside their own container, and no
 * figure or link sits off-screen unless it is inside a region that visibly scrolls (a shadow at the edge that
 * hides more, with the first column frozen).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hydrateAll, launch } from './peramban.ts';
import { eachPath, embedPaths, FIXTURE, reportPath, sitemapPaths, url } from './situs.ts';

const WIDTH = 360;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: WIDTH, height: 740 }, deviceScaleFactor: 1 })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

test(`tanpa gulir mendatar pada ${WIDTH} px / no horizontal scroll at ${WIDTH} px`, async () => {
  const problems = await eachPath(sitemapPaths(), async (path) => {
    const res = await page.goto(url(path));
    if (res?.status() !== 200) return [`status ${res?.status()}`];
    await hydrateAll(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth <= WIDTH) return [];
    // Name the culprits: the innermost elements (or their text) reaching past the viewport outside any scroll container.
    const culprits = await page.evaluate((width) => {
      const over = (el: Element) => {
        const rect = el.getBoundingClientRect();
        return (
          rect.right > width + 0.5 ||
          (getComputedStyle(el).overflowX === 'visible' && rect.left + el.scrollWidth > width + 0.5)
        );
      };
      const inScroller = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
          if (getComputedStyle(p).overflowX !== 'visible') return true;
        return false;
      };
      const found = [...document.body.querySelectorAll('*')].filter((el) => over(el) && !inScroller(el));
      return found
        .filter((el) => !found.some((other) => other !== el && el.contains(other)))
        .slice(0, 5)
        .map((el) => {
          const cls =
            typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
          const text = (el.textContent ?? '').trim().slice(0, 50);
          return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} "${text}" (right=${Math.round(el.getBoundingClientRect().left + el.scrollWidth)})`;
        });
    }, WIDTH);
    return [`scrollWidth ${scrollWidth} > ${WIDTH}: ${culprits.join(', ')}`];
  });
  expect(problems, problems.join('\n')).toEqual([]);
});

test(`tiap angka dan tautan terlihat pada ${WIDTH} px / every figure and link is on screen at ${WIDTH} px`, async () => {
  const embeds = embedPaths();
  expect(embeds.length, 'halaman sematan / embed pages').toBeGreaterThan(0);
  const problems = await eachPath([...sitemapPaths(), ...embeds], async (path) => {
    const res = await page.goto(url(path));
    if (res?.status() !== 200) return [`status ${res?.status()}`];
    await hydrateAll(page);
    return page.evaluate((width) => {
      /** The nearest ancestor that scrolls sideways and shows it: overflowing, scrollable, with an edge shadow. */
      const visiblyScrolling = (node: Node) => {
        for (let el = node.parentElement; el && el !== document.body; el = el.parentElement) {
          const css = getComputedStyle(el);
          if (css.overflowX !== 'auto' && css.overflowX !== 'scroll') continue;
          if (el.scrollWidth <= el.clientWidth + 1) continue;
          return css.backgroundImage.includes('gradient') ? el : undefined;
        }
        return undefined;
      };
      const off = (rects: DOMRectList | DOMRect[]) =>
        [...rects].some((r) => r.width > 1 && r.height > 1 && (r.right > width + 0.5 || r.left < -0.5));
      const found: string[] = [];
      const describe = (what: string, el: Element | null, text: string) =>
        `${what} "${text.trim().slice(0, 40)}" in <${el?.tagName.toLowerCase()}${el?.id ? `#${el.id}` : ''}>`;
      // Links and buttons, by their boxes.
      for (const a of document.querySelectorAll('a[href], button')) {
        // The skip link waits off-screen until it is focused (then it shows at the top left).
        if (a.closest('.visually-hidden, .skip-link')) continue;
        if (off(a.getClientRects()) && !visiblyScrolling(a)) found.push(describe('link', a, a.textContent ?? ''));
      }
      // Figures: every text node with a digit, by the boxes of its text.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!/\d/.test(n.textContent ?? '')) continue;
        const parent = n.parentElement;
        if (!parent || parent.closest('.visually-hidden, script, style, noscript, template')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        if (off(range.getClientRects()) && !visiblyScrolling(n))
          found.push(describe('number', parent, n.textContent ?? ''));
      }
      return found.slice(0, 8);
    }, WIDTH);
  });
  expect(problems, problems.join('\n')).toEqual([]);
});

test(`tabel lebar pada ${WIDTH} px: kolom pertama tetap, bayangan tepi / wide tables at ${WIDTH} px: frozen first column, edge shadow`, async () => {
  await page.goto(url(reportPath(FIXTURE.agencyA)));
  const region = await page.evaluate(() => {
    const el = [...document.querySelectorAll('.table-scroll')].find((r) => r.scrollWidth > r.clientWidth + 1);
    if (!el) return undefined;
    const first = el.querySelector('tbody tr > :first-child')!;
    const before = first.getBoundingClientRect().left;
    el.scrollLeft = 200;
    const after = first.getBoundingClientRect().left;
    return {
      sticky: getComputedStyle(first).position,
      moved: Math.round(after - before),
      bg: getComputedStyle(el).backgroundImage,
    };
  });
  expect(region, 'tabel yang bergulir di halaman laporan / a scrolling table on the report page').toBeDefined();
  expect(region!.sticky).toBe('sticky');
  expect(region!.moved).toBe(0);
  expect(region!.bg).toContain('radial-gradient');
});
