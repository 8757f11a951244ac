/**
 * The scoring engine: pure functions from printed report figures to exact results and findings.
 * See README.md for the method, the regulations behind it and the alternatives.
 */
export { scoreReport, type ScaleCheck, type ScoredAverage, type ScoredReport } from './laporan.ts';
export {
  applyFormula,
  capaianUnderEveryFormula,
  computeCapaian,
  formulaFor,
  negativeCapaian2TminusR,
  negativeCapaianTOverR,
  positiveCapaian,
  type Capaian,
  type CapaianFormula,
  type CapaianInput,
  type CapaianOrdinal,
  type CapaianPercent,
} from './capaian.ts';
export {
  bandInterval,
  evaluatePredicate,
  NATIONAL_SCALE_SLUG,
  predicatesSideBySide,
  validateScale,
  type PredicateResult,
  type PredicateScale,
  type ScaleProblem,
  type SideBySidePredicates,
} from './predikat.ts';
export { findLevel, levelsInForce, type LevelMatch, type OrdinalScale } from './urutan.ts';
export {
  averageCapaian,
  reportAverageReadings,
  subtree,
  treeAverages,
  type AverageMember,
  type AverageResult,
  type CappedAverage,
  type ReportAverageReading,
  type ScopeAverage,
} from './agregasi.ts';
export { amountOf, computeSerapan, serapanOfAmounts, type Serapan } from './serapan.ts';
export {
  childrenOf,
  crossCheckBudget,
  headlineBudget,
  matchBudgetLine,
  normaliseBudgetName,
  reprintedLines,
  rollUp,
  scoreBudgetLines,
  sumAmounts,
  totalCandidates,
  totalMembers,
  type BudgetComparison,
  type HeadlineBudget,
  type MoneyField,
  type RollUp,
  type ScoredBudgetLine,
  type TotalCandidate,
} from './anggaran.ts';
export {
  computeEfficiency,
  declaredEfficiencyFormula,
  EFFICIENCY_FORMULA_TEXT,
  EFFICIENCY_FORMULAS,
  efficiencyUnderEveryFormula,
  type Efficiency,
  type EfficiencyFormula,
} from './efisiensi.ts';
export { scoreEfficiencyRow, type ScoredEfficiency, type ScopeCapaian } from './efisiensi-tabel.ts';
export { crossCheckValues } from './lintas-tabel.ts';
export { scoreValues, type PrintedCapaianCheck, type ScoredValue, type ValueContext } from './nilai.ts';
export {
  checkSummaries,
  type AverageReadingInput,
  type ScoredSummary,
  type SummaryContext,
  type SummaryReading,
} from './ringkasan.ts';
export { sortFindings, type Finding, type FindingKind, type FindingLocation, type Severity } from './temuan.ts';
export {
  isNotComputable,
  notComputable,
  type Bilingual,
  type NotComputable,
  type NotComputableReason,
  type Percentage,
} from './hasil.ts';
export { matchesPrinted, printedDecimals, roundingMatch, samePrintedFigure, type RoundingMode } from './presisi.ts';
export {
  materiality,
  rankFindings,
  ROUNDING_TOLERANCE,
  TIERS,
  unitOf,
  type FindingUnit,
  type Materiality,
  type RankedFinding,
  type Tier,
} from './materialitas.ts';
