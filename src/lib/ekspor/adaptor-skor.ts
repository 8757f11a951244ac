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
import { overallAchievement } from '../tampilan/sorotan.ts';
import type {
  BudgetScore,
  EfficiencyScore,
  HeadlineScore,
  ReportScores,
  ScoredColumns,
  SummaryScore,
  ValueScore,
} from './hitung.ts';

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

/** The reading the report page shows (the engine's `shown`), and the one that reproduces the printed figure. */
function summaryScore(summary: ScoredSummary): SummaryScore {
  const score: SummaryScore = {};
  const shown = summary.shown.value;
  if (Decimal.isDecimal(shown)) {
    score.recomputed = roundRecomputed(shown);
    score.recomputedReading = summary.shown.label;
  } else score.reason = shown.reason;
  if (summary.matches !== undefined) score.printedMatches = summary.matches;
  if (summary.matchedReading !== undefined && Decimal.isDecimal(shown)) {
    score.matchingReading = { value: roundRecomputed(shown), label: summary.matchedReading };
  } else if (summary.printedMembers !== undefined && Decimal.isDecimal(summary.printedMembers.value)) {
    score.matchingReading = {
      value: roundRecomputed(summary.printedMembers.value),
      label: summary.printedMembers.label,
    };
  }
  return score;
}

/** The headline figures by the same function the report page calls. */
function headlineScore(report: Report, scored: ScoredReport): HeadlineScore {
  const overall = overallAchievement(report, scored);
  return {
    basis: overall.basis,
    ...(overall.mean.kind === 'persen' ? { overall: roundRecomputed(overall.mean.value) } : {}),
    included: overall.average.included.length,
    excluded: overall.average.excludedOrdinal.length + overall.average.excludedNotComputable.length,
    rated: overall.rated,
    met: overall.met,
  };
}

/** The recomputed columns of one report from `scoreReport(report, scales)`. */
export function reportScoresFromEngine(scored: ScoredReport, report: Report): ReportScores {
  return {
    values: new Map(scored.values.map((v) => [v.source.row, valueScore(v)])),
    budget: new Map(scored.budget.map((b) => [b.id, budgetScore(b)])),
    efficiency: new Map(scored.efficiency.map((e) => [e.source.row, efficiencyScore(e)])),
    summaries: new Map(scored.summaries.map((s) => [s.source.row, summaryScore(s)])),
    findings: scored.findings,
    headline: headlineScore(report, scored),
  };
}

/** The recomputed columns of every report, e.g. from the portal's `{ report, scored }` list. */
export function scoredColumnsFromEngine(reports: readonly { report: Report; scored: ScoredReport }[]): ScoredColumns {
  return new Map(reports.map(({ report, scored }) => [report.id, reportScoresFromEngine(scored, report)]));
}
