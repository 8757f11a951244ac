/**
 * `unduh/zip/<year>.zip`: every partition file of one report year (CSV and Parquet, `<year>/<province>/<table>.*`)
 * with `datapackage.json`, the Table Schemas (`skema/`) and `kamus-data.md`, paths as under `unduh/`, so the zip
 * unpacks into the same layout the package describes. Its `datapackage.json` lists only that year's resources: a
 * package listing files the zip does not hold fails every validator (`frictionless validate`) and every loader. Entries sorted, one fixed timestamp, fixed compression
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

/** The site's `datapackage.json` narrowed to the resources of one year (`<year>/…`), same key order and layout. */
export function yearPackage(body: string, year: number): string {
  const pkg = JSON.parse(body) as { resources: { path: string }[] };
  pkg.resources = pkg.resources.filter((r) => r.path.startsWith(`${year}/`));
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The zip of one year, from a site folder. */
export function yearZip(site: string, year: number): Uint8Array {
  const root = join(site, DOWNLOAD_ROOT);
  const packageEntry = DATAPACKAGE_PATH.slice(DOWNLOAD_ROOT.length + 1);
  return fixedZip(
    yearZipEntries(site, year).map((entry) => {
      const bytes = readFileSync(join(root, entry));
      return [entry, entry === packageEntry ? Buffer.from(yearPackage(bytes.toString('utf8'), year)) : bytes] as const;
    }),
  );
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
