/**
 * Printed aggregates (ringkasan.csv) against recomputed ones: average capaian of a node or the report, average
 * absorption, total allocation and spending. Where practice differs, every reading is tried (capped and uncapped
 * mean; total realisation ÷ total allocation and the simple mean of line absorptions) and the finding says so.
 */
import Decimal from 'decimal.js';
import type { Printed } from '../angka/types.ts';
import type { BudgetLine, BudgetRole, PrintedSummary, SourceRef, SummaryKind } from '../model.ts';
import type { AverageResult } from './agregasi.ts';
import { childrenOf, ROLE_PREFERENCE, sumAmounts, totalMembers, type MoneyField } from './anggaran.ts';
import { notComputable, type NotComputable } from './hasil.ts';
import { matchesPrinted } from './presisi.ts';
import { computeSerapan, serapanOfAmounts } from './serapan.ts';
import { averageMismatch, locate, serapanAverageMismatch, totalMismatch, unverifiable, type Finding } from './temuan.ts';

export interface ScoredSummary {
  scope: string;
  kind: SummaryKind;
  source: SourceRef;
  printed: Printed;
  /** The primary recomputed figure. */
  recomputed: Decimal | NotComputable;
  /** Other accepted readings (capped mean; simple mean of absorptions). */
  alternatives: Decimal[];
  /** Whether the printed figure matches the recomputed one or an alternative at its printed precision. */
  matches?: boolean;
}

export interface SummaryContext {
  reportId: string;
  /** The recomputed average of a scope (tree kode or `laporan`) for a year. */
  averageFor: (scope: string, year: number) => AverageResult | undefined;
  /** Mean of the members' printed capaian, to explain a printed average built from wrong member figures. */
  printedMeanFor?: (scope: string, year: number) => Decimal | undefined;
  budget: BudgetLine[];
}

const UNKNOWN_SCOPE = (scope: string): NotComputable =>
  notComputable('tidak-ada-nilai', { id: `lingkup "${scope}" tidak dikenal.`, en: `unknown scope "${scope}".` });

/** The budget table a summary refers to: the one printed in the same table, else the preferred role present. */
function roleFor(summary: PrintedSummary, budget: BudgetLine[]): BudgetRole | undefined {
  const ofYear = budget.filter((line) => line.year === summary.year);
  const sameTable = ofYear.find((line) => line.source.table === summary.source.table);
  if (sameTable !== undefined) return sameTable.role;
  return ROLE_PREFERENCE.find((role) => ofYear.some((line) => line.role === role));
}

function linesInScope(summary: PrintedSummary, budget: BudgetLine[]): BudgetLine[] | undefined {
  if (summary.scope !== 'laporan') {
    const line = budget.find((l) => l.id === summary.scope);
    if (line === undefined) return undefined;
    const children = childrenOf(budget).get(line.id) ?? [];
    return children.length > 0 ? children : [line];
  }
  const role = roleFor(summary, budget);
  return role === undefined ? undefined : totalMembers(budget, role, summary.year);
}

interface Recomputation {
  recomputed: Decimal | NotComputable;
  alternatives: Decimal[];
  /** The finding for a printed figure that matches no reading (only called when `recomputed` is a number). */
  mismatch?: (location: ReturnType<typeof locate>, printed: Printed & { kind: 'number' }) => Finding;
}

function averageCapaianOf(summary: PrintedSummary, context: SummaryContext): Recomputation {
  const average = context.averageFor(summary.scope, summary.year);
  if (average === undefined) return { recomputed: UNKNOWN_SCOPE(summary.scope), alternatives: [] };
  const recomputed = average.mean.kind === 'persen' ? average.mean.value : average.mean;
  const alternatives = average.capped?.mean.kind === 'persen' ? [average.capped.mean.value] : [];
  const printedMean = context.printedMeanFor?.(summary.scope, summary.year);
  return {
    recomputed,
    alternatives,
    mismatch: (location, printed) =>
      averageMismatch(
        location,
        printed,
        recomputed as Decimal,
        average.included.length,
        { id: 'Rata-rata capaian', en: 'The average capaian' },
        printedMean !== undefined && matchesPrinted(printed, printedMean) !== undefined ? printedMean : undefined,
      ),
  };
}

function averageSerapanOf(summary: PrintedSummary, context: SummaryContext): Recomputation {
  const own = summary.scope === 'laporan' ? undefined : context.budget.find((l) => l.id === summary.scope);
  const lines = linesInScope(summary, context.budget);
  if (lines === undefined) return { recomputed: UNKNOWN_SCOPE(summary.scope), alternatives: [] };
  let aggregate: Decimal | NotComputable;
  if (own !== undefined) {
    const serapan = computeSerapan(own.pagu, own.realisasi);
    aggregate = serapan.kind === 'persen' ? serapan.value : serapan;
  } else {
    const totalPagu = sumAmounts(lines, 'pagu');
    const totalRealisasi = sumAmounts(lines, 'realisasi');
    if (!Decimal.isDecimal(totalPagu)) aggregate = totalPagu;
    else if (!Decimal.isDecimal(totalRealisasi)) aggregate = totalRealisasi;
    else {
      const serapan = serapanOfAmounts(totalPagu, totalRealisasi);
      aggregate = serapan.kind === 'persen' ? serapan.value : serapan;
    }
  }
  const lineSerapan = lines.map((l) => computeSerapan(l.pagu, l.realisasi));
  const mean = lineSerapan.every((s) => s.kind === 'persen') && lineSerapan.length > 0
    ? Decimal.sum(...lineSerapan.map((s) => (s.kind === 'persen' ? s.value : new Decimal(0)))).dividedBy(lineSerapan.length)
    : undefined;
  return {
    recomputed: aggregate,
    alternatives: mean === undefined ? [] : [mean],
    mismatch: (location, printed) => serapanAverageMismatch(location, printed, aggregate as Decimal, mean, lines.length),
  };
}

function totalOf(summary: PrintedSummary, context: SummaryContext, field: MoneyField): Recomputation {
  const lines = linesInScope(summary, context.budget);
  const recomputed = lines === undefined ? UNKNOWN_SCOPE(summary.scope) : sumAmounts(lines, field);
  const what = field === 'pagu' ? { id: 'Total pagu', en: 'Total allocation' } : { id: 'Total realisasi', en: 'Total spending' };
  return { recomputed, alternatives: [], mismatch: (location, printed) => totalMismatch(location, printed, recomputed as Decimal, what) };
}

function recompute(summary: PrintedSummary, context: SummaryContext): Recomputation {
  switch (summary.kind) {
    case 'rata-rata-capaian':
      return averageCapaianOf(summary, context);
    case 'rata-rata-serapan':
      return averageSerapanOf(summary, context);
    case 'total-pagu':
      return totalOf(summary, context, 'pagu');
    case 'total-realisasi':
      return totalOf(summary, context, 'realisasi');
  }
}

export function checkSummaries(summaries: PrintedSummary[], context: SummaryContext): { summaries: ScoredSummary[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const scored = summaries.map((summary): ScoredSummary => {
    const { recomputed, alternatives, mismatch } = recompute(summary, context);
    const result: ScoredSummary = { scope: summary.scope, kind: summary.kind, source: summary.source, printed: summary.value, recomputed, alternatives };
    const printed = summary.value;
    if (printed.kind !== 'number') return result;
    const location = locate(context.reportId, summary.source, summary.scope, 'nilai');
    if (!Decimal.isDecimal(recomputed)) {
      findings.push(unverifiable(location, printed.text, recomputed.message));
      return result;
    }
    result.matches = [recomputed, ...alternatives].some((candidate) => matchesPrinted(printed, candidate) !== undefined);
    if (!result.matches && mismatch !== undefined) findings.push(mismatch(location, printed));
    return result;
  });
  return { summaries: scored, findings };
}
