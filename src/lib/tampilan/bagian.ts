/**
 * The parts of a report that live on their own pages (`/instansi/<agency>/<report>/<part>/`), so the report page
 * itself stays a short answer: which parts a report has, and how many rows each holds.
 */
import type { Report } from '../model.ts';

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

/** The parts this report has (indicators, budget and findings always; the rest when the document prints them). */
export function reportParts(report: Report, findings: number): PartSummary[] {
  const counts: Record<ReportPart, number> = {
    indikator: report.indicators.length,
    anggaran: report.budget.length,
    efisiensi: report.efficiency.length,
    pembanding: report.benchmarks.length,
    temuan: findings,
    analisis: report.narratives.length,
    rencana: report.plan.length,
    lampiran: report.extraTables.length,
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
