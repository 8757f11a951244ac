/** Links from pages to a report's downloads (the files are written by src/lib/ekspor). */
import { reportTablePath, reportWorkbookPath } from '../ekspor/index.ts';
import { REPORT_VARIANTS } from '../bangun/partisi.ts';
import type { Report } from '../model.ts';

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

/** The report's Excel workbook (every table of its downloads, one sheet each, and a README sheet). */
export function reportWorkbookLink(report: Pick<Report, 'id'>): string {
  return `/${reportWorkbookPath(report.id)}`;
}
