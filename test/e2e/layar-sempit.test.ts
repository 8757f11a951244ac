/** At 360 CSS px (a small phone) no page scrolls sideways; wide tables scroll inside their own container. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hydrateAll, launch } from './peramban.ts';
import { eachPath, sitemapPaths, url } from './situs.ts';

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
