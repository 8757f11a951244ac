/**
 * `unduh/zip/<year>.zip`: every partition file of one report year (CSV and Parquet, `<year>/<province>/<table>.*`)
 * with `datapackage.json`, the Table Schemas (`skema/`) and `kamus-data.md`, paths as under `unduh/`, so the zip
 * unpacks into the same layout the package describes. Entries sorted, one fixed timestamp, fixed compression
 * level: the same files give the same bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DATAPACKAGE_PATH, DOWNLOAD_ROOT, KAMUS_PATH } from '../ekspor/index.ts';
import { fixedZip } from '../ekspor/zip-tetap.ts';
import { zipPath } from './partisi.ts';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The entries of one year's zip, as paths under `unduh/` (sorted), from a site folder (`dist` or a stage's output). */
export function yearZipEntries(site: string, year: number): string[] {
  const root = join(site, DOWNLOAD_ROOT);
  const inside = (file: string) => relative(root, file).split(sep).join('/');
  const parts = filesUnder(join(root, String(year))).map(inside);
  const schemas = filesUnder(join(root, 'skema')).map(inside);
  const described = [DATAPACKAGE_PATH, KAMUS_PATH].map((p) => p.slice(DOWNLOAD_ROOT.length + 1));
  return [...parts, ...schemas, ...described].sort();
}

/** The zip of one year, from a site folder. */
export function yearZip(site: string, year: number): Uint8Array {
  const root = join(site, DOWNLOAD_ROOT);
  return fixedZip(yearZipEntries(site, year).map((entry) => [entry, readFileSync(join(root, entry))] as const));
}

/** The report years that have partitions in a site folder (`unduh/<year>/`). */
export function partitionYears(site: string): number[] {
  const root = join(site, DOWNLOAD_ROOT);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name))
    .map((e) => Number(e.name))
    .sort((a, b) => a - b);
}

export { zipPath };
