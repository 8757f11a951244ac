/**
 * `scoreReport`: everything the engine computes for one report, with the report's declared conventions.
 * Pure: a Report and the scales in, a ScoredReport (decimals, explicit result values, findings) out.
 */
import Decimal from 'decimal.js';
import type { Printed } from '../angka/types.ts';
import type { EfficiencyConvention, NegativeFormula, Report, Scale, SourceRef } from '../model.ts';
import {
  reportAverageReadings,
  subtree,
  treeAverages,
  type AverageResult,
  type ReportAverageReading,
  type ScopeAverage,
} from './agregasi.ts';
import {
  crossCheckBudget,
  scoreBudgetLines,
  type BudgetCodes,
  type BudgetComparison,
  type ScoredBudgetLine,
} from './anggaran.ts';
import type { Capaian } from './capaian.ts';
import { scoreEfficiencyRow, type ScopeCapaian, type ScoredEfficiency } from './efisiensi-tabel.ts';
import { crossCheckValues } from './lintas-tabel.ts';
import { scoreValues, type ScoredValue } from './nilai.ts';
import {
  NATIONAL_SCALE_SLUG,
  predicatesSideBySide,
  validateScale,
  type PredicateScale,
  type ScaleProblem,
  type SideBySidePredicates,
} from './predikat.ts';
import { checkSummaries, type AverageReadingInput, type ScoredSummary } from './ringkasan.ts';
import { locate, scaleFinding, sortFindings, unreadableFigure, type Finding, type FindingLocation } from './temuan.ts';
import type { OrdinalScale } from './urutan.ts';

export interface ScaleCheck {
  slug: string;
  nama: string;
  problems: ScaleProblem[];
}

export interface ScoredAverage extends ScopeAverage {
  predicates: SideBySidePredicates;
}

export interface ScoredReport {
  report: string;
  conventions: {
    negativeFormula: NegativeFormula;
    efficiency: EfficiencyConvention;
    cap?: Decimal;
    /** Slug of the report's own predicate scale, when declared and found. */
    ownScale?: string;
    /** Slug of the national scale, when present in content. */
    nationalScale?: string;
  };
  /** The report's own scale, the national scale and the ordinal orders its indicators use. */
  scaleChecks: ScaleCheck[];
  values: ScoredValue[];
  /** Averages of every tree node with indicators, and of the whole report (`laporan`: all indicators). */
  averages: ScoredAverage[];
  /** The report-wide average read several ways (all indicators, IKU, one tree level), for the report year. */
  reportAverages: (ReportAverageReading & { predicates: SideBySidePredicates })[];
  budget: ScoredBudgetLine[];
  budgetComparisons: BudgetComparison[];
  efficiency: ScoredEfficiency[];
  summaries: ScoredSummary[];
  /** Every discrepancy, in a deterministic order. */
  findings: Finding[];
}

function predicateScale(scales: Scale[], slug: string | undefined): PredicateScale | undefined {
  const scale = scales.find((s) => s.slug === slug);
  return scale?.jenis === 'predikat' ? scale : undefined;
}

function scaleChecks(reportId: string, checked: Scale[]): { checks: ScaleCheck[]; findings: Finding[] } {
  const checks = checked.map((scale) => ({ slug: scale.slug, nama: scale.nama, problems: validateScale(scale) }));
  const findings = checks.flatMap((check) =>
    check.problems.map((problem) => {
      const location: FindingLocation = {
        report: reportId,
        file: `content/skala/${check.slug}.yaml`,
        entity: check.slug,
      };
      const kind =
        problem.kind === 'celah'
          ? 'skala-celah'
          : problem.kind === 'tumpang-tindih'
            ? 'skala-tumpang-tindih'
            : 'skala-tidak-valid';
      return scaleFinding(location, kind, problem.message);
    }),
  );
  return { checks, findings };
}

/** Every printed cell of the report with where it is, for checks that apply to all cells alike. */
function printedCells(report: Report): { printed: Printed; source: SourceRef; entity: string; field: string }[] {
  const cells: { printed: Printed | undefined; source: SourceRef; entity: string; field: string }[] = [
    ...report.values.flatMap((v) => [
      { printed: v.target, source: v.source, entity: v.indicator, field: 'target' },
      { printed: v.realisasi, source: v.source, entity: v.indicator, field: 'realisasi' },
      { printed: v.printedCapaian, source: v.source, entity: v.indicator, field: 'capaian_tercetak' },
    ]),
    ...report.budget.flatMap((b) => [
      { printed: b.pagu, source: b.source, entity: b.id, field: 'pagu' },
      { printed: b.realisasi, source: b.source, entity: b.id, field: 'realisasi' },
      { printed: b.printedPercent, source: b.source, entity: b.id, field: 'persen_tercetak' },
    ]),
    ...report.efficiency.flatMap((e) => [
      { printed: e.printedCapaian, source: e.source, entity: e.scope, field: 'capaian_tercetak' },
      { printed: e.pagu, source: e.source, entity: e.scope, field: 'pagu' },
      { printed: e.realisasi, source: e.source, entity: e.scope, field: 'realisasi' },
      { printed: e.printedSerapan, source: e.source, entity: e.scope, field: 'serapan_tercetak' },
      { printed: e.printedEfficiency, source: e.source, entity: e.scope, field: 'efisiensi_tercetak' },
    ]),
    ...report.summaries.map((s) => ({ printed: s.value, source: s.source, entity: s.scope, field: 'nilai' })),
    ...report.benchmarks.map((b) => ({ printed: b.value, source: b.source, entity: b.indicator, field: 'nilai' })),
  ];
  return cells.filter(
    (cell): cell is { printed: Printed; source: SourceRef; entity: string; field: string } =>
      cell.printed !== undefined,
  );
}

function unreadableFindings(report: Report): Finding[] {
  return printedCells(report).flatMap(({ printed, source, entity, field }) =>
    printed.kind === 'unreadable'
      ? [unreadableFigure(locate(report.id, source, entity, field), printed.text, printed.reason)]
      : [],
  );
}

/**
 * Per year, the evaluation row that gives each indicator its capaian: the first row with role `capaian` for that
 * year and the report's period (other years: `tahunan`), else for any period. Memoised per year.
 */
function evaluationRowsByYear(report: Report, values: ScoredValue[]): (year: number) => Map<string, ScoredValue> {
  const cache = new Map<number, Map<string, ScoredValue>>();
  return (year) => {
    const cached = cache.get(year);
    if (cached !== undefined) return cached;
    const wantedPeriod = year === report.meta.year ? report.meta.period : 'tahunan';
    const rows = new Map<string, ScoredValue>();
    const candidates = values.filter((v) => v.role === 'capaian' && v.year === year);
    for (const value of [...candidates.filter((v) => v.period === wantedPeriod), ...candidates]) {
      if (!rows.has(value.indicator)) rows.set(value.indicator, value);
    }
    cache.set(year, rows);
    return rows;
  };
}

type AveragesByScope = Map<string, ScopeAverage>;

/** Indicators whose value row for the year is marked lost from the extracted text (`hilang_dari_sumber`). */
function lostIndicators(report: Report, year: number): Set<string> {
  return new Set(report.values.filter((v) => v.lostFromSource && v.year === year).map((v) => v.indicator));
}

/** Name the excluded members that are lost from the source, so the average says what it was computed without. */
function markLost(result: AverageResult, lost: Set<string>): AverageResult {
  const missing = result.excludedNotComputable.filter((kode) => lost.has(kode));
  return missing.length > 0 ? { ...result, lostFromSource: missing } : result;
}

/** Predicates are given to the capped mean when the report declares a cap (the agency rates the capped figure). */
function meanForPredicate(result: AverageResult): AverageResult['mean'] {
  return result.capped?.mean ?? result.mean;
}

function averagesByYear(
  report: Report,
  rowsOf: (year: number) => Map<string, ScoredValue>,
  cap: Decimal | undefined,
): (year: number) => AveragesByScope {
  const cache = new Map<number, AveragesByScope>();
  return (year) => {
    const cached = cache.get(year);
    if (cached !== undefined) return cached;
    const rows = rowsOf(year);
    const lost = lostIndicators(report, year);
    const averages = treeAverages(report.tree, report.indicators, (kode) => rows.get(kode)?.capaian, cap).map((a) => ({
      ...a,
      result: markLost(a.result, lost),
    }));
    const byScope = new Map(averages.map((a) => [a.scope, a]));
    cache.set(year, byScope);
    return byScope;
  };
}

function readingsByYear(
  report: Report,
  rowsOf: (year: number) => Map<string, ScoredValue>,
  cap: Decimal | undefined,
): (year: number) => ReportAverageReading[] {
  const cache = new Map<number, ReportAverageReading[]>();
  return (year) => {
    const cached = cache.get(year);
    if (cached !== undefined) return cached;
    const rows = rowsOf(year);
    const lost = lostIndicators(report, year);
    const readings = reportAverageReadings(report.tree, report.indicators, (kode) => rows.get(kode)?.capaian, cap).map(
      (r) => ({ ...r, result: markLost(r.result, lost) }),
    );
    cache.set(year, readings);
    return readings;
  };
}

/** The mean of the printed capaian of the indicators a recomputed average includes, when all print one. */
function printedMeanOf(
  average: Pick<ScopeAverage, 'result'> | undefined,
  rows: Map<string, ScoredValue>,
): Decimal | undefined {
  if (average === undefined) return undefined;
  const printed = average.result.included.map((kode) => rows.get(kode)?.printedCapaian);
  const numbers = printed.flatMap((p) => (p?.kind === 'number' ? [p.value] : []));
  if (numbers.length === 0 || numbers.length !== printed.length) return undefined;
  return Decimal.sum(...numbers).dividedBy(numbers.length);
}

function scopeCapaianResolver(
  report: Report,
  rowsOf: (year: number) => Map<string, ScoredValue>,
  averagesOf: (year: number) => AveragesByScope,
  averageReadings: (scope: string, year: number) => AverageReadingInput[],
): (scope: string, year: number) => ScopeCapaian | undefined {
  const fromIndicator = (kode: string, year: number): ScopeCapaian | undefined => {
    const value = rowsOf(year).get(kode);
    if (value === undefined) return undefined;
    if (value.printedCapaian !== undefined && value.printedCapaian.kind !== 'missing') {
      return { kind: 'printed', printed: value.printedCapaian, source: value.source };
    }
    return indicatorCapaian(value.capaian);
  };
  return (scope, year) => {
    if (report.indicators.some((i) => i.kode === scope)) return fromIndicator(scope, year);
    const average = averagesOf(year).get(scope);
    if (average === undefined) return undefined;
    if (scope !== 'laporan') {
      const nodes = subtree(scope, report.tree);
      const under = report.indicators.filter((i) => nodes.has(i.node));
      const [only] = under;
      if (under.length === 1 && only !== undefined) return fromIndicator(only.kode, year);
    }
    const mean = average.result.mean;
    if (mean.kind !== 'persen') return { kind: 'none', reason: mean };
    // The report row of an efficiency table may average any of the usual subsets (IKU, one level, …).
    return { kind: 'average', readings: averageReadings(scope, year) };
  };
}

function indicatorCapaian(capaian: Capaian): ScopeCapaian {
  if (capaian.kind === 'persen') return { kind: 'indicator', value: capaian.value, formula: capaian.formula };
  if (capaian.kind === 'ordinal') {
    return {
      kind: 'none',
      reason: {
        kind: 'tidak-dapat-dihitung',
        reason: 'bukan-persen',
        message: {
          id: 'capaian indikator ordinal bukan persentase.',
          en: 'an ordinal indicator has no percentage capaian.',
        },
      },
    };
  }
  return { kind: 'none', reason: capaian };
}

/**
 * `budgetCodes`: the national code each budget line is linked to (src/lib/nomenklatur), so copies of one line
 * printed under differently spelt names are compared too.
 */
export function scoreReport(report: Report, scales: Scale[], budgetCodes?: BudgetCodes): ScoredReport {
  const meta = report.meta;
  const ownScale = predicateScale(scales, meta.scale);
  const nationalScale = predicateScale(scales, NATIONAL_SCALE_SLUG);
  const orders = new Map<string, OrdinalScale>();
  for (const scale of scales) if (scale.jenis === 'ordinal') orders.set(scale.slug, scale);
  const cap = meta.capaianCap === undefined ? undefined : new Decimal(meta.capaianCap);

  const usedOrders = [...new Set(report.indicators.map((i) => i.order).filter((s): s is string => s !== undefined))]
    .map((slug) => orders.get(slug))
    .filter((s): s is OrdinalScale => s !== undefined);
  const checkedScales: Scale[] = [
    ...(ownScale ? [ownScale] : []),
    ...(nationalScale && nationalScale !== ownScale ? [nationalScale] : []),
    ...usedOrders,
  ];
  const scalesChecked = scaleChecks(report.id, checkedScales);

  const valueContext = {
    reportId: report.id,
    negativeFormula: meta.negativeFormula,
    indicators: new Map(report.indicators.map((i) => [i.kode, i])),
    orders,
    ...(ownScale ? { ownScale } : {}),
    ...(nationalScale ? { nationalScale } : {}),
    ...(cap ? { cap } : {}),
  };
  const values = scoreValues(report.values, valueContext);
  const rowsOf = evaluationRowsByYear(report, values.values);
  const averagesOf = averagesByYear(report, rowsOf, cap);
  const averages: ScoredAverage[] = [...averagesOf(meta.year).values()].map((average) => {
    const mean = meanForPredicate(average.result);
    return {
      ...average,
      predicates: mean.kind === 'persen' ? predicatesSideBySide(mean.value, ownScale, nationalScale) : {},
    };
  });

  const budget = scoreBudgetLines(report.id, report.budget);
  const budgetCross = crossCheckBudget(report.id, report.budget, budgetCodes);
  const readingsOf = readingsByYear(report, rowsOf, cap);
  const averageReadings = (scope: string, year: number): AverageReadingInput[] => {
    const rows = rowsOf(year);
    const withPrintedMean = (
      label: AverageReadingInput['label'],
      result: AverageReadingInput['result'],
    ): AverageReadingInput => {
      const printedMean = printedMeanOf({ result }, rows);
      return printedMean === undefined ? { label, result } : { label, result, printedMean };
    };
    if (scope === 'laporan') return readingsOf(year).map((r) => withPrintedMean(r.label, r.result));
    const average = averagesOf(year).get(scope);
    return average === undefined
      ? []
      : [
          withPrintedMean(
            { id: `indikator di bawah ${average.nama}`, en: `indicators under ${average.nama}` },
            average.result,
          ),
        ];
  };
  const capaianOfScope = scopeCapaianResolver(report, rowsOf, averagesOf, averageReadings);
  const efficiency = report.efficiency.map((row) =>
    scoreEfficiencyRow(row, { reportId: report.id, declared: meta.efficiency, capaianOfScope }),
  );
  const summaries = checkSummaries(report.summaries, {
    reportId: report.id,
    ...(ownScale ? { ownScale } : {}),
    averageReadings,
    budget: report.budget,
  });

  const findings = sortFindings([
    ...scalesChecked.findings,
    ...unreadableFindings(report),
    ...values.findings,
    ...crossCheckValues(report.id, report.values, values.values),
    ...budget.findings,
    ...budgetCross.findings,
    ...efficiency.flatMap((e) => e.findings),
    ...summaries.findings,
  ]);

  const conventions: ScoredReport['conventions'] = {
    negativeFormula: meta.negativeFormula,
    efficiency: meta.efficiency,
  };
  if (cap !== undefined) conventions.cap = cap;
  if (ownScale !== undefined) conventions.ownScale = ownScale.slug;
  if (nationalScale !== undefined) conventions.nationalScale = nationalScale.slug;

  return {
    report: report.id,
    conventions,
    scaleChecks: scalesChecked.checks,
    values: values.values,
    averages,
    reportAverages: readingsOf(meta.year).map((reading) => {
      const mean = meanForPredicate(reading.result);
      return {
        ...reading,
        predicates: mean.kind === 'persen' ? predicatesSideBySide(mean.value, ownScale, nationalScale) : {},
      };
    }),
    budget: budget.lines,
    budgetComparisons: budgetCross.comparisons,
    efficiency: efficiency.map((e) => e.row),
    summaries: summaries.summaries,
    findings,
  };
}
