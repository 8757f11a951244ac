/**
 * Adapter from the scoring engine (`src/lib/skor`, `scoreReport`) to the export's recomputed columns
 * (`hitung.ts`). The only file of the export that knows the engine's types.
 */
import Decimal from 'decimal.js';
import type { Report } from '../model.ts';
import type {
  PredicateResult,
  ScoredReport,
  ScoredValue,
  ScoredBudgetLine,
  ScoredEfficiency,
  ScoredSummary,
} from '../skor/index.ts';
import type { BudgetScore, EfficiencyScore, ReportScores, ScoredColumns, SummaryScore, ValueScore } from './hitung.ts';

/** Recomputed figures are exact decimals; downloads carry them rounded half-up to this many decimals. */
export const RECOMPUTED_DECIMALS = 6;

export function roundRecomputed(value: Decimal): Decimal {
  return value.toDecimalPlaces(RECOMPUTED_DECIMALS, Decimal.ROUND_HALF_UP);
}

function predicateLabel(result: PredicateResult | undefined): string | undefined {
  if (result === undefined) return undefined;
  return result.kind === 'pita' ? result.label : 'tanpa-pita';
}

function valueScore(value: ScoredValue): ValueScore {
  const capaian = value.capaian;
  const score: ValueScore =
    capaian.kind === 'persen'
      ? { status: 'persen', capaian: roundRecomputed(capaian.value), formula: capaian.formula }
      : capaian.kind === 'ordinal'
        ? { status: capaian.met ? 'tercapai' : 'tidak-tercapai', ordinalSteps: capaian.steps }
        : { status: 'tidak-dapat-dihitung', reason: capaian.reason };
  if (value.alternative?.kind === 'persen') score.alternative = roundRecomputed(value.alternative.value);
  if (value.capped !== undefined) score.capped = roundRecomputed(value.capped);
  if (value.printedCheck !== undefined) {
    score.printedMatches = value.printedCheck.matches;
    if (!value.printedCheck.matches && value.printedCheck.explainedBy !== undefined) {
      score.printedExplainedBy = value.printedCheck.explainedBy;
    }
  }
  const own = predicateLabel(value.predicates.own);
  const national = predicateLabel(value.predicates.national);
  if (own !== undefined) score.predicateOwn = own;
  if (national !== undefined) score.predicateNational = national;
  return score;
}

function budgetScore(line: ScoredBudgetLine): BudgetScore {
  const score: BudgetScore =
    line.serapan.kind === 'persen'
      ? { status: 'persen', serapan: roundRecomputed(line.serapan.value) }
      : { status: 'tidak-dapat-dihitung', reason: line.serapan.reason };
  if (line.printedPercentMatch !== undefined) score.printedPercentMatches = line.printedPercentMatch !== false;
  for (const roll of line.rollUps) {
    if (!Decimal.isDecimal(roll.sum)) continue;
    if (roll.field === 'pagu') {
      score.childrenPagu = roll.sum;
      if (roll.matches !== undefined) score.childrenPaguMatches = roll.matches;
    } else {
      score.childrenRealisasi = roll.sum;
      if (roll.matches !== undefined) score.childrenRealisasiMatches = roll.matches;
    }
  }
  return score;
}

function efficiencyScore(row: ScoredEfficiency): EfficiencyScore {
  const score: EfficiencyScore = {};
  if (row.serapan.kind === 'persen') score.serapan = roundRecomputed(row.serapan.value);
  const declared = row.declared;
  if (declared !== undefined) {
    if (declared.kind === 'tidak-dapat-dihitung') {
      score.reason = declared.reason;
    } else {
      score.efficiency = roundRecomputed(declared.value);
      score.unit = declared.kind;
      score.formula = declared.formula;
    }
  }
  if (row.printedMatches !== undefined)
    score.printedMatches = row.printedMatches === false ? 'tidak' : row.printedMatches;
  return score;
}

function summaryScore(summary: ScoredSummary): SummaryScore {
  const score: SummaryScore = {};
  if (Decimal.isDecimal(summary.recomputed)) score.recomputed = roundRecomputed(summary.recomputed);
  else score.reason = summary.recomputed.reason;
  if (summary.matches !== undefined) score.printedMatches = summary.matches;
  return score;
}

/** The recomputed columns of one report from `scoreReport(report, scales)`. */
export function reportScoresFromEngine(scored: ScoredReport): ReportScores {
  return {
    values: new Map(scored.values.map((v) => [v.source.row, valueScore(v)])),
    budget: new Map(scored.budget.map((b) => [b.id, budgetScore(b)])),
    efficiency: new Map(scored.efficiency.map((e) => [e.source.row, efficiencyScore(e)])),
    summaries: new Map(scored.summaries.map((s) => [s.source.row, summaryScore(s)])),
    findings: scored.findings,
  };
}

/** The recomputed columns of every report, e.g. from the portal's `{ report, scored }` list. */
export function scoredColumnsFromEngine(
  reports: readonly { report: Pick<Report, 'id'>; scored: ScoredReport }[],
): ScoredColumns {
  return new Map(reports.map(({ report, scored }) => [report.id, reportScoresFromEngine(scored)]));
}
