/**
 * Where each chart lives on its own, for an iframe on another site (as Our World in Data offers), and the snippet
 * to paste. Embed pages are `/sematkan/<page>/<chart id>/` (English under `/en/`).
 */
import type { Lang } from '../../i18n/teks.ts';
import type { ChartSpec } from './spek.ts';
import { chartCsvPath } from './unduh.ts';

export const EMBED_ROOT = 'sematkan';

export function chartEmbedPath(page: string, spec: Pick<ChartSpec, 'id'>, lang: Lang): string {
  return `${lang === 'en' ? '/en' : ''}/${EMBED_ROOT}/${page}/${spec.id}/`;
}

/** True for an embed page's path (kept out of the sitemap and the search index: the chart's own page is canonical). */
export function isEmbedPath(path: string): boolean {
  return new RegExp(`^(/en)?/${EMBED_ROOT}/`).test(path);
}

/** The page a chart belongs to (`laporan/a/2024-lkjip` → `/instansi/a/2024-lkjip/`), for "open the full page". */
export function chartPagePath(page: string, lang: Lang): string {
  const path = page.startsWith('laporan/') ? `instansi/${page.slice('laporan/'.length)}` : page;
  return `${lang === 'en' ? '/en' : ''}/${path}/`;
}

/** The spec with its CSV download and embed page set (what every page does before drawing a chart). */
export function linkChart(page: string, spec: ChartSpec, lang: Lang): ChartSpec {
  spec.downloadHref = chartCsvPath(page, spec);
  spec.embedHref = chartEmbedPath(page, spec, lang);
  return spec;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The iframe to paste into another page. No inline style (the host's CSP may forbid it) and lazy loading; the
 * height fits the chart so the host page does not need a script to resize it.
 */
export function embedSnippet(site: URL, spec: ChartSpec, height: number): string {
  const src = new URL(spec.embedHref ?? '/', site).href;
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(spec.caption)}" width="100%" height="${height}" loading="lazy" frameborder="0"></iframe>`;
}

/** Height of the embed frame in CSS px: title, summary, chart and links (the data table scrolls inside). */
export function embedHeight(spec: ChartSpec): number {
  const chart = spec.horizontal ? Math.min(900, 80 + spec.labels.length * 34) : 340;
  return 220 + chart;
}
