/**
 * The site under test: its local address, its pages (from dist/sitemap.xml, host rewritten to the local server)
 * and what the e2e fixture (test/fixtures/e2e/content) contains.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Papa from 'papaparse';
import { inject } from 'vitest';
import { readSitemap } from '../../src/lib/peta-situs.ts';

export const FIXTURE = {
  /** The valid fixture's agency and report (copied from test/fixtures/valid). */
  agencyA: 'dinas-contoh',
  agencyAName: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Contoh',
  /** The second agency, so compare/programme/indicator pages have two of everything. */
  agencyB: 'dinsos-kabupaten-lain',
  agencyBName: 'Dinas Sosial Kabupaten Lain',
  /** The injection fixture: every text field holds a payload. */
  hostile: 'dinas-uji-keamanan',
  hostileName: 'Dinas Uji Keamanan',
  report: '2024-lkjip',
  indicator: 'Persentase PMKS yang tertangani',
  /** realisasi 2024 of `indicator` in agency A's report, as printed / as a machine number. */
  indicatorValue: ['92,55%', '92.55'],
  budgetLine: 'Penyediaan Permakanan',
  /** Only agency B has this programme (kode 1.06.05): a search for it must find the programme page. */
  programme: 'Program Perlindungan dan Jaminan Sosial',
} as const;

/** Payloads of the injection fixture (test/fixtures/e2e/content/laporan/dinas-uji-keamanan). */
export const PAYLOADS = {
  /**
   * Tags are refused in every content field (issue #9); what still reaches a report page is text that only starts a
   * tag or spells one as entities (tabel/uji.csv). It must be shown as text.
   */
  tags: ['Kolom <b tebal', "'><b onmouseover=alert(1) x=", '&lt;script&gt;alert(1)&lt;/script&gt;'],
  /** The formatting tags PDF extraction leaves in a source document are allowed there, and shown as printed. */
  documentTags: ['<b>tebal</b>', '<p style="background:url(javascript:alert(1))">'],
  text: ['javascript:alert(1)', "{{ constructor.constructor('alert(1)')() }}", '" onmouseover="alert(1)'],
  /**
   * CSV text cells that a spreadsheet would run as a formula unless neutralised with a leading `'`. The content
   * readers trim cells, so the tab/CR variants are published as `=1+1 tab` / `=1+1 cr` (still formula-leading).
   */
  formulas: ['=HYPERLINK("http://x")', '+1', '-1+1', '@SUM(1)', '\t=1+1 tab', '\r=1+1 cr'],
} as const;

export const baseURL = (): string => inject('baseURL');
export const distDir = (): string => inject('distDir');

/** Absolute local URL of a site path. */
export const url = (path: string): string => new URL(path, baseURL()).href;

/** Every page of dist/sitemap.xml (or of the parts its sitemap index lists) as a local path (`/instansi/x/`). */
export function sitemapPaths(): string[] {
  const locs = readSitemap((name) => readFileSync(join(distDir(), name), 'utf8')).map((e) => e.loc);
  if (locs.length === 0) throw new Error('sitemap.xml tanpa <loc> / sitemap.xml has no <loc>');
  return locs.map((loc) => {
    const u = new URL(loc);
    return `${u.pathname}${u.search}`;
  });
}

/** Every embed page (`/sematkan/…/`, `/en/sematkan/…/`): not in the sitemap, since the chart's own page is canonical. */
export function embedPaths(): string[] {
  return ['sematkan', 'en/sematkan']
    .map((dir) => join(distDir(), dir))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name === 'index.html')
        .map((e) => `/${relative(distDir(), e.parentPath).split(sep).join('/')}/`),
    )
    .sort();
}

export const reportPath = (agency: string, lang: 'id' | 'en' = 'id') =>
  `${lang === 'en' ? '/en' : ''}/instansi/${agency}/${FIXTURE.report}/`;

/** Parse a downloaded CSV (comma or semicolon, with or without BOM) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = first.includes(';') && !first.includes(',') ? ';' : ',';
  return Papa.parse<string[]>(body, { header: false, delimiter, skipEmptyLines: 'greedy' }).data;
}

/** Run `check` on every path with one page at a time, collecting failures instead of stopping at the first. */
export async function eachPath(
  paths: readonly string[],
  check: (path: string) => Promise<string[]>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    try {
      problems.push(...(await check(path)).map((p) => `${path}: ${p}`));
    } catch (error) {
      problems.push(`${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return problems;
}
