/**
 * Findable downloads, on the built e2e site: every per-report download file is linked from at least one page
 * (its report page, and the part page that shows the table); every link to a published data file (per report,
 * partition, zip) says its format and its real size; the downloads page lists every partition as CSV and Parquet
 * and every year's zip. Read from dist's HTML (what a visitor without JavaScript gets).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { fileFormat, fileSize } from '../../src/lib/tampilan/ukuran.ts';
import { distDir, sitemapPaths } from './situs.ts';

interface Link {
  page: string;
  href: string;
  text: string;
}

function links(): Link[] {
  return sitemapPaths().flatMap((page) => {
    const html = readFileSync(join(distDir(), page, 'index.html'), 'utf8');
    return [...html.matchAll(/<a href="(\/unduh\/[^"#?]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({
      page,
      href: m[1] ?? '',
      text: (m[2] ?? '').replace(/\s+/g, ' ').trim(),
    }));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(distDir(), dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => `/${relative(distDir(), join(e.parentPath, e.name)).split(sep).join('/')}`);
}

const DATA_FILE = /^\/unduh\/(laporan\/|zip\/|\d{4}\/)/;
const all = links();

test('every per-report download file is linked from at least one page', () => {
  const perReport = filesUnder('unduh/laporan');
  expect(perReport.length).toBeGreaterThan(20);
  const linked = new Set(all.map((l) => l.href));
  expect(perReport.filter((f) => !linked.has(f))).toEqual([]);
});

test('every link to a data file shows its format and its real size', () => {
  const data = all.filter((l) => DATA_FILE.test(l.href));
  expect(data.length).toBeGreaterThan(100);
  const wrong = data.flatMap((l) => {
    const lang = l.page.startsWith('/en/') ? 'en' : 'id';
    const size = fileSize(statSync(join(distDir(), l.href)).size, lang);
    // The downloads page names per-report files by table ("nilai.csv, 4,6 KB"); elsewhere the format leads.
    const ok = l.text === `${fileFormat(l.href)}, ${size}` || l.text.endsWith(`.csv, ${size}`);
    return ok ? [] : [`${l.page} → ${l.href}: "${l.text}" (size ${size})`];
  });
  expect(wrong, wrong.join('\n')).toEqual([]);
});

test('the downloads page lists every partition (CSV and Parquet) and every year’s zip, in both languages', () => {
  const partitions = filesUnder('unduh').filter((f) => /^\/unduh\/\d{4}\//.test(f));
  const zips = filesUnder('unduh/zip');
  expect(partitions.some((f) => f.endsWith('.parquet'))).toBe(true);
  expect(zips.length).toBeGreaterThan(0);
  for (const page of ['/unduh/', '/en/unduh/']) {
    const hrefs = new Set(all.filter((l) => l.page === page).map((l) => l.href));
    expect(
      [...partitions, ...zips].filter((f) => !hrefs.has(f)),
      page,
    ).toEqual([]);
  }
});
