/**
 * axe-core on every page of the sitemap (with the charts drawn and <details> open): no serious or critical
 * violation. On failure every violation is printed: page, rule, impact, help URL, and the offending elements.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hydrateAll, launch, openAllDetails } from './peramban.ts';
import { eachPath, sitemapPaths, url } from './situs.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string; html: string }[];
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  // axe is injected as an inline script: the site's CSP (rightly) forbids that, so this context bypasses it.
  page = await (await browser.newContext({ bypassCSP: true })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

function describeViolation(v: Violation): string {
  const nodes = v.nodes
    .slice(0, 5)
    .map(
      (n) =>
        `      ${n.target.join(' ')}\n        ${n.html.slice(0, 160)}\n        ${(n.failureSummary ?? '').split('\n').join('\n        ')}`,
    )
    .join('\n');
  const more = v.nodes.length > 5 ? `\n      … +${v.nodes.length - 5}` : '';
  return `[${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
}

test('axe: tanpa pelanggaran serius/kritis di setiap halaman / no serious or critical violations on any page', async () => {
  const paths = sitemapPaths();
  let checked = 0;
  const problems = await eachPath(paths, async (path) => {
    const res = await page.goto(url(path));
    if (res?.status() !== 200) return [`status ${res?.status()}`];
    await hydrateAll(page);
    await openAllDetails(page);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }
      ).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations;
    });
    checked++;
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describeViolation);
  });
  expect(checked, 'halaman diperiksa / pages checked').toBeGreaterThan(0);
  expect(problems, `\n${problems.join('\n\n')}`).toEqual([]);
});
