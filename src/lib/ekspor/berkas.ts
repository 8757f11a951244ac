/**
 * The dataset as files, `{ path, contentType, body }` (`datasetFiles`): the model the tests reconcile with the
 * content — each table whole and per report, indicator and programme, as CSV and JSON, with the data package and
 * the dictionary. The site publishes part of it, written by the build's stage (src/lib/bangun/tahap.ts): each
 * report's tables as CSV (`reportDownloadTables`, `REPORT_VARIANTS`) and workbook, and the whole-dataset tables as
 * partitions by year and province (src/lib/bangun/partisi.ts); per-indicator, per-programme and JSON copies are
 * not published (docs/keputusan/skala-nasional.md, "Which copies exist").
 *
 * Paths of the model:
 * - `unduh/<table>.*` — whole-dataset tables (`DATASET_TABLES`)
 * - `unduh/laporan/<agency>/<report>/<table>.*` — one report's rows of each table: `laporan`, `nilai`,
 *   `anggaran` and `temuan` always (the report page links them), the others when the report has rows;
 *   `unduh/laporan/<agency>/<report>/tabel/<slug>.*` — each extra table exactly as printed
 * - `unduh/indikator/<key>.*`, `unduh/indikator/pembanding/<key>.*`, `unduh/program/<key>.*`,
 *   `unduh/program/rencana/<key>.*` — one indicator's or programme's rows across reports
 * - `unduh/datapackage.json` (Frictionless Data Package) and `unduh/kamus-data.md` (data dictionary)
 *
 * Files are sorted by path; bodies are deterministic (no timestamps): the same content gives the same bytes.
 */
import type { Content } from '../model.ts';
import { buildTables, DATASET_TABLES, reportContexts, type DatasetTableName, type DatasetTables } from './dataset.ts';
import { dataPackage, type DataPackageOptions } from './datapackage.ts';
import type { ScoredColumns } from './hitung.ts';
import { toXlsx } from './buku.ts';
import { kamusData } from './kamus.ts';
import { extraTable, extraTableSlug } from './tabel-laporan.ts';
import { filterRows, type Table } from './tabel.ts';
import { toCsv, toJson } from './tulis.ts';

export interface DownloadFile {
  /** Path under the site root, without a leading slash, e.g. `unduh/nilai.csv`. */
  path: string;
  contentType: string;
  body: string;
}

export type Variant = 'csv' | 'json';
export const VARIANTS: readonly Variant[] = ['csv', 'json'];

export const CONTENT_TYPE = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
} as const;

export const DOWNLOAD_ROOT = 'unduh';

/** `base` + the variant's suffix: `.csv` or `.json`. */
export function variantPath(base: string, variant: Variant): string {
  return variant === 'json' ? `${base}.json` : `${base}.csv`;
}

export function datasetPath(table: DatasetTableName, variant: Variant = 'csv'): string {
  return variantPath(`${DOWNLOAD_ROOT}/${table}`, variant);
}

export function reportTablePath(
  reportId: string,
  table: DatasetTableName | `tabel/${string}`,
  variant: Variant = 'csv',
): string {
  return variantPath(`${DOWNLOAD_ROOT}/laporan/${reportId}/${table}`, variant);
}

export function indicatorPath(key: string, variant: Variant = 'csv'): string {
  return variantPath(`${DOWNLOAD_ROOT}/indikator/${key}`, variant);
}

export function indicatorBenchmarkPath(key: string, variant: Variant = 'csv'): string {
  return variantPath(`${DOWNLOAD_ROOT}/indikator/pembanding/${key}`, variant);
}

export function programmePath(key: string, variant: Variant = 'csv'): string {
  return variantPath(`${DOWNLOAD_ROOT}/program/${key}`, variant);
}

export function programmePlanPath(key: string, variant: Variant = 'csv'): string {
  return variantPath(`${DOWNLOAD_ROOT}/program/rencana/${key}`, variant);
}

/** The report's workbook: `unduh/laporan/<agency>/<report>/<agency>-<report>.xlsx` (a name that says whose it is). */
export function reportWorkbookPath(reportId: string): string {
  return `${DOWNLOAD_ROOT}/laporan/${reportId}/${reportId.replace('/', '-')}.xlsx`;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const DATAPACKAGE_PATH = `${DOWNLOAD_ROOT}/datapackage.json`;
export const KAMUS_PATH = `${DOWNLOAD_ROOT}/kamus-data.md`;

/** Per-report tables published even when the report has no rows in them. */
const ALWAYS_PER_REPORT: ReadonlySet<DatasetTableName> = new Set(['laporan', 'nilai', 'anggaran', 'temuan']);

/**
 * Whether a report publishes its own file of whole-dataset table `name`, given its rows in it: always for the
 * tables the report page links, otherwise when it has rows. Never `tabel-tambahan`: a report's extra tables are
 * published as the printed tables themselves (`tabel/<slug>`).
 */
export function publishesReportTable(name: DatasetTableName, rows: number): boolean {
  return name !== 'tabel-tambahan' && (rows > 0 || ALWAYS_PER_REPORT.has(name));
}

/** One table of the downloads and where it goes: `<base>.csv`, `<base>.json`. */
export interface DownloadTable {
  base: string;
  table: Table;
}

/** A table in every variant (the one place a new format plugs in). */
export function tableFiles({ base, table }: DownloadTable, variants: readonly Variant[] = VARIANTS): DownloadFile[] {
  return variants.map((variant) => ({
    path: variantPath(base, variant),
    contentType: variant === 'json' ? CONTENT_TYPE.json : CONTENT_TYPE.csv,
    body: variant === 'json' ? toJson(table) : toCsv(table),
  }));
}

/** Rows of `table` grouped by the string value of `column` (rows without one are in no group), keys sorted. */
function partition(table: Table, column: string): Map<string, Table> {
  const keys = new Set<string>();
  for (const row of table.rows) {
    const key = row[column];
    if (typeof key === 'string' && key !== '') keys.add(key);
  }
  return new Map(
    [...keys].sort().map((key) => [key, filterRows(table, `${table.name}/${key}`, (row) => row[column] === key)]),
  );
}

export interface DatasetFilesOptions extends DataPackageOptions {
  /** Tables already built by `buildTables` (saves rebuilding when the caller has them). */
  tables?: DatasetTables;
}

/**
 * One report's own tables (`unduh/laporan/<agency>/<report>/…`): `rowsOf(name)` gives the report's rows of a
 * whole-dataset table (a filtered subset, or a table built from this report alone).
 */
export function reportDownloadTables(
  report: Content['reports'][number],
  rowsOf: (name: DatasetTableName) => Table,
): DownloadTable[] {
  const out: DownloadTable[] = [];
  for (const name of DATASET_TABLES) {
    if (name === 'tabel-tambahan') continue;
    const subset = rowsOf(name);
    if (publishesReportTable(name, subset.rows.length)) {
      out.push({ base: `${DOWNLOAD_ROOT}/laporan/${report.id}/${name}`, table: subset });
    }
  }
  for (const extra of report.extraTables) {
    out.push({
      base: `${DOWNLOAD_ROOT}/laporan/${report.id}/tabel/${extraTableSlug(extra)}`,
      table: extraTable(report.id, extra, report.meta.numberFormat),
    });
  }
  return out;
}

/**
 * The report's workbook (`buku.ts`): a README sheet with the dictionary of its tables, then one sheet per table of
 * its downloads (`reportDownloadTables`), in the same order and with the same columns and rows as the CSVs.
 */
export function reportWorkbook(
  report: Content['reports'][number],
  tables: readonly DownloadTable[],
): Promise<Uint8Array> {
  const { meta } = report;
  return toXlsx(
    {
      title: `${meta.title} — ${meta.printedAgencyName ?? meta.agency} (${meta.year})`,
      notes: [
        `Data laporan ${report.id} dari Kinerja Terbuka; lisensi CC BY 4.0 (sebutkan "Kinerja Terbuka" dan dokumen sumber: ${meta.document.file}). Data of report ${report.id} from Kinerja Terbuka; licence CC BY 4.0 (credit "Kinerja Terbuka" and the source document).`,
        'Satu lembar per tabel, kolom dan baris sama dengan CSV-nya (berkas). Teks tercetak disimpan sebagai sel teks persis seperti tercetak; nilai angka ada di kolom X_angka sebagai sel angka; ya/tidak sebagai teks; tanpa rumus. One sheet per table with the columns and rows of its CSV (file). Printed text is stored as text cells exactly as printed; numeric values are number cells in the X_angka columns; ya/tidak (yes/no) as text; no formulas.',
        'Kamus data lengkap / full data dictionary: unduh/kamus-data.md.',
      ],
    },
    tables.map((t) => ({ file: `${t.base}.csv`, table: t.table })),
  );
}

/** Every table of the downloads with its path base, in a fixed order (whole dataset, reports, indicators, programmes). */
export function downloadTables(content: Content, tables: DatasetTables): DownloadTable[] {
  const out: DownloadTable[] = DATASET_TABLES.map((name) => ({
    base: `${DOWNLOAD_ROOT}/${name}`,
    table: tables[name],
  }));

  for (const { report } of reportContexts(content)) {
    out.push(
      ...reportDownloadTables(report, (name) =>
        filterRows(tables[name], `laporan/${report.id}/${name}`, (row) => row.laporan_id === report.id),
      ),
    );
  }

  const partitions: [Table, string, string][] = [
    [tables.nilai, 'kunci_indikator', 'indikator'],
    [tables.pembanding, 'kunci_indikator', 'indikator/pembanding'],
    [tables.anggaran, 'kunci_program', 'program'],
    [tables.rencana, 'kunci_program', 'program/rencana'],
  ];
  for (const [table, column, folder] of partitions) {
    for (const [key, subset] of partition(table, column))
      out.push({ base: `${DOWNLOAD_ROOT}/${folder}/${key}`, table: subset });
  }
  return out;
}

/** Every download file, sorted by path. Throws if two files would share a path. */
export function datasetFiles(
  content: Content,
  scored?: ScoredColumns,
  options: DatasetFilesOptions = {},
): DownloadFile[] {
  const tables = options.tables ?? buildTables(content, scored);
  const files = downloadTables(content, tables).flatMap((t) => tableFiles(t));
  files.push({
    path: DATAPACKAGE_PATH,
    contentType: CONTENT_TYPE.json,
    body: `${JSON.stringify(dataPackage(content, tables, options), null, 2)}\n`,
  });
  files.push({ path: KAMUS_PATH, contentType: CONTENT_TYPE.markdown, body: kamusData() });

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < files.length; i++) {
    if (files[i]?.path === files[i - 1]?.path)
      throw new Error(`ekspor: two download files share the path ${files[i]?.path}`);
  }
  return files;
}
