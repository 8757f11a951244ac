/** Links from pages to a report's downloads (the files are written by src/lib/ekspor). */
import {
  CONTENT_FILE_OF,
  DATASET_TABLES,
  extraTableSlug,
  publishesReportTable,
  reportTablePath,
  type DatasetTableName,
  type Variant,
} from '../ekspor/index.ts';
import { REPORT_VARIANTS } from '../bangun/partisi.ts';
import type { Report } from '../model.ts';
import type { PortalReport } from '../portal.ts';

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
    'tabel-tambahan': report.extraTables.reduce((n, t) => n + t.rows.length * t.header.length, 0),
  };
  for (const [name, file] of Object.entries(CONTENT_FILE_OF) as [DatasetTableName, string][]) {
    counts[name] = report.rowCounts[file] ?? 0;
  }
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

export interface ReportFile {
  /** A whole-dataset table (`nilai`) or an extra table as printed (`tabel/<slug>`). */
  table: DatasetTableName | `tabel/${string}`;
  variant: (typeof REPORT_VARIANTS)[number];
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
  const tables: ReportFile['table'][] = [
    ...DATASET_TABLES.filter((name) => publishesReportTable(name, counts[name] ?? 0)),
    ...entry.report.extraTables.map((extra) => `tabel/${extraTableSlug(extra)}` as const),
  ];
  return tables.flatMap((table) =>
    REPORT_VARIANTS.map((variant) => ({
      table,
      variant,
      path: `/${reportTablePath(entry.report.id, table, variant)}`,
    })),
  );
}

/** IANA media type of each variant (the Excel-ID variant is CSV too, with semicolons and decimal commas). */
export const VARIANT_MEDIA_TYPE: Record<Variant, string> = {
  csv: 'text/csv',
  excel: 'text/csv',
  json: 'application/json',
};
