/** Where a report's downloads live (the files themselves are written by src/lib/ekspor). */
import type { Report } from '../model.ts';

export type ReportTable = 'nilai' | 'anggaran' | 'temuan';
export type Variant = 'csv' | 'json' | 'excel';

export function downloadPath(report: Pick<Report, 'id'>, table: ReportTable, variant: Variant = 'csv'): string {
  const base = `/unduh/laporan/${report.id}/${table}`;
  return variant === 'json' ? `${base}.json` : variant === 'excel' ? `${base}-excel.csv` : `${base}.csv`;
}
