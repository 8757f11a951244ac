/**
 * The parts of a report that live on their own pages (`/instansi/<agency>/<report>/<part>/`), so the report page
 * itself stays a short answer: which parts a report has, and how many rows each holds.
 */
import { printedCounts, type PortalReport } from '../portal.ts';

export const REPORT_PARTS = [
  'indikator',
  'anggaran',
  'efisiensi',
  'pembanding',
  'temuan',
  'analisis',
  'rencana',
  'lampiran',
] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

export interface PartSummary {
  part: ReportPart;
  count: number;
}

/**
 * The parts this report has (indicators, budget and findings always; the rest when the document prints them), with
 * the counts of what it prints whether the entry is resident or whole.
 */
export function reportParts(entry: Pick<PortalReport, 'report' | 'scored' | 'resident'>): PartSummary[] {
  const { report, scored } = entry;
  const printed = printedCounts(entry);
  const counts: Record<ReportPart, number> = {
    indikator: report.indicators.length,
    anggaran: printed.budgetLines,
    efisiensi: report.efficiency.length,
    pembanding: report.benchmarks.length,
    temuan: scored.findings.length,
    analisis: printed.narratives,
    rencana: printed.planRows,
    lampiran: printed.extraTables,
  };
  const always = new Set<ReportPart>(['indikator', 'anggaran', 'temuan']);
  return REPORT_PARTS.filter((part) => always.has(part) || counts[part] > 0).map((part) => ({
    part,
    count: counts[part],
  }));
}

/** Site path of a report part (without the language prefix). */
export function reportPartPath(reportId: string, part: ReportPart): string {
  return `/instansi/${reportId}/${part}/`;
}
