/** Links from pages to a report's downloads (the files are written by src/lib/ekspor). */
import {
  buildTables,
  CONTENT_FILE_OF,
  DATASET_TABLES,
  extraLongRowCount,
  extraTableSlug,
  publishesReportTable,
  reportTablePath,
  reportWorkbookPath,
  type DatasetTableName,
  type DatasetTables,
} from '../ekspor/index.ts';
import { REPORT_VARIANTS } from '../bangun/partisi.ts';
import type { Report } from '../model.ts';
import type { PortalReport } from '../portal.ts';
import type { ReportPart } from './bagian.ts';

/**
 * The downloads page lists each report (its tables, and a Dataset in the catalog's JSON-LD) up to this many
 * reports. Beyond it the list would grow with the nation (7.7 MB of HTML at 5,000 reports): every report page links
 * its own tables and carries its own Dataset, and the whole-dataset partitions hold every row.
 */
export const DOWNLOADS_PAGE_REPORTS_MAX = 100;

/** The reports the downloads page lists one by one: all of them, or none when there are too many to list. */
export function reportsListed<T>(reports: readonly T[]): readonly T[] {
  return reports.length <= DOWNLOADS_PAGE_REPORTS_MAX ? reports : [];
}

/** The per-report tables every report page offers. */
export const REPORT_DOWNLOADS = ['nilai', 'anggaran', 'temuan'] as const;
export type ReportDownload = (typeof REPORT_DOWNLOADS)[number];

export function reportDownloadPath(
  report: Pick<Report, 'id'>,
  table: ReportDownload,
  variant: (typeof REPORT_VARIANTS)[number] = 'csv',
): string {
  return `/${reportTablePath(report.id, table, variant)}`;
}

/** Rows of each whole-dataset table for one report, from the model (the tables mirror the content files). */
export function tableRowCounts(
  entry: Pick<PortalReport, 'report' | 'scored'>,
): Partial<Record<DatasetTableName, number>> {
  const { report, scored } = entry;
  const counts: Partial<Record<DatasetTableName, number>> = {
    laporan: 1,
    temuan: scored.findings.length,
    'tabel-tambahan': report.extraTables.reduce((n, t) => n + extraLongRowCount(t), 0),
  };
  for (const [name, file] of Object.entries(CONTENT_FILE_OF) as [DatasetTableName, string][]) {
    counts[name] = report.rowCounts[file] ?? 0;
  }
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

export interface ReportFile {
  /** A whole-dataset table (`nilai`), an extra table as printed (`tabel/<slug>`), or the report's workbook. */
  table: DatasetTableName | `tabel/${string}` | 'buku-kerja';
  format: (typeof REPORT_VARIANTS)[number] | 'xlsx';
  /** Site path with a leading slash. */
  path: string;
}

/**
 * Every download file a report publishes under `unduh/laporan/<id>/`, from the model alone (no tables built): the
 * same rule the stage writes them by (`publishesReportTable`, its row counts, the extra tables), so metadata can
 * list them on any page.
 */
export function reportDownloadFiles(entry: Pick<PortalReport, 'report' | 'scored'>): ReportFile[] {
  const counts = tableRowCounts(entry);
  const tables: Exclude<ReportFile['table'], 'buku-kerja'>[] = [
    ...DATASET_TABLES.filter((name) => publishesReportTable(name, counts[name] ?? 0)),
    ...entry.report.extraTables.map((extra) => `tabel/${extraTableSlug(extra)}` as const),
  ];
  return [
    ...tables.flatMap((table) =>
      REPORT_VARIANTS.map((format) => ({
        table,
        format,
        path: `/${reportTablePath(entry.report.id, table, format)}`,
      })),
    ),
    { table: 'buku-kerja' as const, format: 'xlsx' as const, path: reportWorkbookLink(entry.report) },
  ];
}

/** IANA media type of each download format. */
export const FORMAT_MEDIA_TYPE: Record<ReportFile['format'], string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The report's Excel workbook (every table of its downloads, one sheet each, and a README sheet). */
export function reportWorkbookLink(report: Pick<Report, 'id'>): string {
  return `/${reportWorkbookPath(report.id)}`;
}

/** The workbook as published (with its size), or unsized without a build. */
export function reportWorkbookFile(
  reportId: string,
  files: readonly { path: string; bytes: number }[] | undefined,
): { path: string; bytes?: number } {
  const path = reportWorkbookPath(reportId);
  const published = files?.find((f) => f.path === path);
  return published ? { ...published, path: `/${path}` } : { path: `/${path}` };
}

/** One table's files of one report, as a page lists them. */
export interface ReportTableFiles {
  /** Path inside the report's folder without extension: `nilai`, `tabel/pegawai`. */
  table: string;
  files: { path: string; bytes?: number }[];
}

/**
 * A report's downloads grouped by table, in the order given (`only` keeps those tables; default all). `files` is
 * what the build published, with sizes; without a build (`astro dev`) the tables every report has, unsized.
 */
export function reportTableFiles(
  reportId: string,
  files: readonly { path: string; bytes: number }[] | undefined,
  only?: (table: string) => boolean,
): ReportTableFiles[] {
  const folder = `unduh/laporan/${reportId}/`;
  const list =
    files ??
    REPORT_DOWNLOADS.flatMap((table) =>
      REPORT_VARIANTS.map((variant) => ({ path: reportTablePath(reportId, table, variant) })),
    );
  const groups = new Map<string, ReportTableFiles>();
  for (const file of list) {
    if (!file.path.startsWith(folder) || !file.path.endsWith('.csv')) continue;
    const table = file.path.slice(folder.length).replace(/\.csv$/, '');
    if (only && !only(table)) continue;
    const group = groups.get(table) ?? { table, files: [] };
    group.files.push({ ...file, path: `/${file.path}` });
    groups.set(table, group);
  }
  return [...groups.values()];
}

/** The per-report tables a report part's page shows (`/instansi/<agency>/<report>/<part>/`). */
export const PART_TABLES: Record<ReportPart, (table: string) => boolean> = {
  indikator: (t) => t === 'nilai' || t === 'indikator' || t === 'pohon-kinerja',
  anggaran: (t) => t === 'anggaran',
  efisiensi: (t) => t === 'efisiensi',
  pembanding: (t) => t === 'pembanding',
  temuan: (t) => t === 'temuan',
  analisis: (t) => t === 'narasi',
  rencana: (t) => t === 'rencana',
  lampiran: (t) => t.startsWith('tabel/'),
};

const TITLES = buildTables({ regions: [], agencies: [], scales: [], reports: [] });

/** What a page calls one of a report's download tables: the table's title, or the extra table's printed title. */
export function downloadLabel(table: string, report: Pick<Report, 'extraTables'>, lang: 'id' | 'en'): string {
  if (table.startsWith('tabel/')) {
    const slug = table.slice('tabel/'.length);
    return report.extraTables.find((t) => extraTableSlug(t) === slug)?.title ?? slug;
  }
  const known = TITLES[table as DatasetTableName] as DatasetTables[DatasetTableName] | undefined;
  if (!known) throw new Error(`downloadLabel: unknown table ${table}`);
  return known.title[lang];
}
