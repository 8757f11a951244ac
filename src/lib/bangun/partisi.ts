/**
 * Whole-dataset downloads, partitioned so no file grows with the nation: one CSV per table, report year and
 * province — `unduh/<year>/<province>/<table>.csv` (a year's folder is everything published for that year). Each partition is a self-contained CSV (own header row) and a
 * resource of the one `unduh/datapackage.json`, whose resources share a Table Schema per table
 * (`unduh/skema/<table>.json`). A partition holds the rows of the reports of that year in that province, in report
 * order, so a shard that builds some provinces writes whole partitions and merging shards is copying files.
 */
import { DOWNLOAD_ROOT, type Variant } from '../ekspor/index.ts';

/**
 * The variants of each per-report table: CSV (spreadsheets get the report's `.xlsx` workbook). No per-report JSON:
 * it repeated every key on every row (more than half of the per-report bytes) and held nothing the CSV and
 * datapackage.json types do not.
 */
export const REPORT_VARIANTS = ['csv'] as const satisfies readonly Variant[];
import { provinceSlug } from '../tampilan/kunci.ts';

export interface Partition {
  table: string;
  year: number;
  province: string;
  /** Path under the site root: `unduh/<year>/<province-slug>/<table>.csv`. */
  path: string;
  rows: number;
}

/** Where one report's tables are published (`unduh/laporan/<agency>/<report>/…`). */
export const REPORT_DOWNLOAD_PREFIX = `${DOWNLOAD_ROOT}/laporan/`;

/** Every partition file of one report year (CSV and Parquet) plus the package and dictionary, in one zip. */
export function zipPath(year: number): string {
  return `${DOWNLOAD_ROOT}/zip/${year}.zip`;
}

/** Re-exported where the download paths are built from it. */
export { provinceSlug };

export function partitionPath(table: string, year: number, province: string): string {
  return `${DOWNLOAD_ROOT}/${year}/${provinceSlug(province)}/${table}.csv`;
}

export function schemaPath(table: string): string {
  return `${DOWNLOAD_ROOT}/skema/${table}.json`;
}

/** The Parquet beside a CSV partition (src/lib/bangun/parquet.ts writes it). */
export function parquetPathOf(csvPath: string): string {
  if (!csvPath.endsWith('.csv')) throw new Error(`bangun: ${csvPath} is not a CSV partition`);
  return `${csvPath.slice(0, -'.csv'.length)}.parquet`;
}
