/**
 * The report page's data: every table of a report joined with its scores, in display order, with display text.
 * The page only loops over what this returns.
 */
import Decimal from 'decimal.js';
import type { BudgetLine, IndicatorValue, Report, Scale, SourceRef, TreeNode } from '../model.ts';
import type { NotComputable, ScoredBudgetLine, ScoredReport, ScoredValue } from '../skor/index.ts';
import { colourBand, toneOfBand, type BandView } from './pita.ts';
import { EFFICIENCY_FORMULA_TEXT, headlineBudget } from '../skor/index.ts';
import {
  showAmount,
  showCapaian,
  showEfficiency,
  showPercent,
  showPredicate,
  showPrinted,
  showRupiah,
  showSerapan,
  type Amount,
  type Lang,
  type Shown,
} from './tampil.ts';

export interface ValueRow {
  indicator: string;
  nama: string;
  satuan: string;
  polarity: string;
  year: number;
  period: string;
  role: string;
  target: string;
  realisasi: string;
  printedCapaian: string;
  capaian: Shown;
  /** The band colouring the recomputed capaian (own scale, else national), with its label and icon. */
  band?: BandView;
  /** Printed capaian disagrees with the recomputation. */
  mismatch: boolean;
  ownPredicate: string;
  nationalPredicate: string;
  printedPredicate: string;
  note: string;
  source: SourceRef;
  /**
   * The evaluation table's target differs from the Perjanjian Kinerja in force: the capaian against the PK's
   * target too, so the page shows the result against each printed target (the finding says why).
   */
  againstAgreement?: { target: string; capaian: Shown; revised: boolean; source: SourceRef };
}

export interface NodeGroup {
  node: TreeNode;
  path: string[];
  rows: ValueRow[];
}

export interface BudgetRow {
  id: string;
  depth: number;
  level: string;
  kode: string;
  nama: string;
  pagu: Amount;
  realisasi: Amount;
  printedPercent: string;
  serapan: Shown;
  percentMismatch: boolean;
  sumMismatch: boolean;
  sumberDana: string;
  source: SourceRef;
}

export interface BudgetTable {
  table: string;
  role: string;
  year: number;
  rows: BudgetRow[];
}

const sameSource = (a: SourceRef, b: SourceRef) => a.file === b.file && a.row === b.row;

function valueRow(
  report: Report,
  value: IndicatorValue,
  scored: ScoredValue | undefined,
  lang: Lang,
  scales: readonly Scale[],
): ValueRow {
  const indicator = report.indicators.find((i) => i.kode === value.indicator);
  const check = scored?.printedCheck;
  const band = colourBand(scored?.predicates, scales);
  const capaian = showCapaian(scored?.capaian, lang);
  return {
    indicator: value.indicator,
    nama: indicator?.nama ?? value.indicator,
    satuan: indicator?.satuan ?? '',
    polarity: indicator?.polarity ?? '',
    year: value.year,
    period: value.period,
    role: value.role,
    target: showPrinted(value.target),
    realisasi: showPrinted(value.realisasi),
    printedCapaian: showPrinted(value.printedCapaian),
    // Colour follows the band, not a fixed 100% line (99,52% is "Tercapai", not a failure).
    capaian: band && capaian.tone !== 'netral' ? { ...capaian, tone: toneOfBand(band) } : capaian,
    ...(band ? { band } : {}),
    mismatch: check !== undefined && !check.matches,
    ownPredicate: showPredicate(scored?.predicates.own, lang),
    nationalPredicate: showPredicate(scored?.predicates.national, lang),
    printedPredicate: value.printedPredicate ?? '',
    note: value.note ?? '',
    source: value.source,
    ...(scored?.againstAgreement
      ? {
          againstAgreement: {
            target: showPrinted(scored.againstAgreement.target),
            capaian: showCapaian(scored.againstAgreement.capaian, lang),
            revised: scored.againstAgreement.revised,
            source: scored.againstAgreement.source,
          },
        }
      : {}),
  };
}

function scoredFor(scored: ScoredReport, value: IndicatorValue): ScoredValue | undefined {
  return scored.values.find((s) => sameSource(s.source, value.source));
}

/** Ancestors of a tree node, outermost first (names). */
function treePath(report: Report, node: TreeNode): string[] {
  const byCode = new Map(report.tree.map((n) => [n.kode, n]));
  const path: string[] = [];
  let parent = node.parent ? byCode.get(node.parent) : undefined;
  while (parent) {
    path.unshift(parent.nama);
    parent = parent.parent ? byCode.get(parent.parent) : undefined;
  }
  return path;
}

/**
 * The evaluation row that stands for an indicator in the report's own year and period: documents print the same
 * figures in several tables (3.1.x.A, B, C…), so the first evaluation row that prints a capaian is taken, else the
 * first evaluation row. The others stay in the full value table, and disagreements between them are findings.
 */
export function primaryEvaluation(report: Report, indicator: string): IndicatorValue | undefined {
  const rows = report.values.filter(
    (v) =>
      v.indicator === indicator &&
      v.role === 'capaian' &&
      v.year === report.meta.year &&
      v.period === report.meta.period,
  );
  return rows.find((v) => v.printedCapaian !== undefined) ?? rows[0];
}

/** Evaluation rows for the report's own year and period, one per indicator, grouped by the node it measures. */
export function evaluationGroups(
  report: Report,
  scored: ScoredReport,
  lang: Lang,
  scales: readonly Scale[] = [],
): NodeGroup[] {
  const groups: NodeGroup[] = [];
  for (const node of report.tree) {
    const rows = report.indicators
      .filter((i) => i.node === node.kode)
      .map((i) => primaryEvaluation(report, i.kode))
      .filter((v): v is IndicatorValue => v !== undefined)
      .map((v) => valueRow(report, v, scoredFor(scored, v), lang, scales));
    if (rows.length > 0) groups.push({ node, path: treePath(report, node), rows });
  }
  return groups;
}

/** Every value row of the report (all years, all tables), in file order. */
export function allValueRows(
  report: Report,
  scored: ScoredReport,
  lang: Lang,
  scales: readonly Scale[] = [],
): ValueRow[] {
  return report.values.map((v) => valueRow(report, v, scoredFor(scored, v), lang, scales));
}

function depthOf(line: BudgetLine, byId: Map<string, BudgetLine>): number {
  let depth = 0;
  let parent = line.parent ? byId.get(line.parent) : undefined;
  while (parent && depth < 10) {
    depth += 1;
    parent = parent.parent ? byId.get(parent.parent) : undefined;
  }
  return depth;
}

/** Budget lines, one table per printed table, tree order as transcribed, each with its absorption and checks. */
export function budgetTables(report: Report, scored: ScoredReport, lang: Lang): BudgetTable[] {
  const byId = new Map(report.budget.map((b) => [b.id, b]));
  const scoredById = new Map<string, ScoredBudgetLine>(scored.budget.map((b) => [b.id, b]));
  const tables = new Map<string, BudgetTable>();
  for (const line of report.budget) {
    const key = `${line.source.table}\u0000${line.role}\u0000${line.year}`;
    let table = tables.get(key);
    if (!table) {
      table = { table: line.source.table, role: line.role, year: line.year, rows: [] };
      tables.set(key, table);
    }
    const s = scoredById.get(line.id);
    table.rows.push({
      id: line.id,
      depth: depthOf(line, byId),
      level: line.level,
      kode: line.kode ?? '',
      nama: line.nama,
      pagu: showAmount(line.pagu, lang),
      realisasi: showAmount(line.realisasi, lang),
      printedPercent: showPrinted(line.printedPercent),
      serapan: line.realisasi ? showSerapan(s?.serapan, lang) : { text: '', tone: 'netral' },
      percentMismatch: s?.printedPercentMatch === false,
      sumMismatch: s?.rollUps.some((r) => r.matches === false) ?? false,
      sumberDana: line.sumberDana ?? '',
      source: line.source,
    });
  }
  return [...tables.values()];
}

export interface AverageRow {
  scope: string;
  level: string;
  nama: string;
  mean: Shown;
  capped?: Shown;
  band?: BandView;
  ownPredicate: string;
  nationalPredicate: string;
  included: number;
  excluded: number;
  /** Indicators lost from the source text that the mean was computed without. */
  lostFromSource: string[];
}

export function averageRows(scored: ScoredReport, lang: Lang, scales: readonly Scale[] = []): AverageRow[] {
  return scored.averages.map((a) => ({
    ...(colourBand(a.predicates, scales) ? { band: colourBand(a.predicates, scales) as BandView } : {}),
    scope: a.scope,
    level: a.level,
    nama: a.nama,
    mean:
      a.result.mean.kind === 'persen'
        ? showCapaian({ ...a.result.mean, formula: 'r/t', basis: 'angka' }, lang)
        : showCapaian(a.result.mean, lang),
    ...(a.result.capped
      ? {
          capped:
            a.result.capped.mean.kind === 'persen'
              ? showCapaian({ ...a.result.capped.mean, formula: 'r/t', basis: 'angka' }, lang)
              : showCapaian(a.result.capped.mean, lang),
        }
      : {}),
    ownPredicate: showPredicate(a.predicates.own, lang),
    nationalPredicate: showPredicate(a.predicates.national, lang),
    included: a.result.included.length,
    excluded: a.result.excludedOrdinal.length + a.result.excludedNotComputable.length,
    lostFromSource: a.result.lostFromSource ?? [],
  }));
}

export interface EfficiencyRowView {
  scope: string;
  nama: string;
  printedCapaian: string;
  printedSerapan: string;
  printedEfficiency: string;
  serapan: Shown;
  declared: string;
  other: string;
  printedMatches: string;
  source: SourceRef;
}

export function efficiencyRows(report: Report, scored: ScoredReport, lang: Lang): EfficiencyRowView[] {
  const names = new Map<string, string>([
    ...report.tree.map((n) => [n.kode, n.nama] as const),
    ...report.indicators.map((i) => [i.kode, i.nama] as const),
  ]);
  return report.efficiency.map((row) => {
    const s = scored.efficiency.find((e) => sameSource(e.source, row.source));
    const declaredFormula = s?.declared && s.declared.kind !== 'tidak-dapat-dihitung' ? s.declared.formula : undefined;
    const otherFormula = Object.keys(s?.all ?? {}).find((f) => f !== declaredFormula && f !== 'capaian/serapan') as
      keyof NonNullable<typeof s>['all'] | undefined;
    return {
      scope: row.scope,
      nama:
        row.scope === 'laporan'
          ? lang === 'id'
            ? 'Seluruh laporan'
            : 'Whole report'
          : (names.get(row.scope) ?? row.scope),
      printedCapaian: showPrinted(row.printedCapaian),
      printedSerapan: showPrinted(row.printedSerapan),
      printedEfficiency: showPrinted(row.printedEfficiency),
      serapan: showSerapan(s?.serapan, lang),
      declared: showEfficiency(s?.declared, lang),
      other: otherFormula
        ? `${showEfficiency(s?.all[otherFormula], lang)} (${EFFICIENCY_FORMULA_TEXT[otherFormula][lang]})`
        : '—',
      printedMatches:
        s?.printedMatches === undefined
          ? '—'
          : s.printedMatches === false
            ? lang === 'id'
              ? 'Tidak cocok'
              : 'No match'
            : EFFICIENCY_FORMULA_TEXT[s.printedMatches][lang],
      source: row.source,
    };
  });
}

export interface SummaryRow {
  scope: string;
  kind: string;
  year: number;
  printed: string;
  recomputed: string;
  /** true: a reading reproduces the printed figure; false: none does; undefined: cannot be checked. */
  matches?: boolean;
  reading: string;
  source: SourceRef;
}

/** Printed aggregates (averages, totals) beside what they recompute to, and which reading reproduces them. */
export function summaryRows(report: Report, scored: ScoredReport, lang: Lang): SummaryRow[] {
  const names = scopeNames(report, lang === 'id' ? 'Seluruh laporan' : 'Whole report');
  const budgetNames = new Map(report.budget.map((b) => [b.id, b.nama]));
  return scored.summaries.map((s) => {
    const unit = s.kind.startsWith('total') ? 'rupiah' : 'persen';
    const show = (value: Decimal | NotComputable): string =>
      value instanceof Decimal
        ? unit === 'rupiah'
          ? showRupiah(value, lang)
          : showPercent(value, lang)
        : value.message[lang];
    // The engine's `shown` reading: the matching one, else the one the finding compares with (so the table and
    // the finding never disagree). The downloads' ringkasan.csv carries the same reading.
    const recomputed = show(s.shown.value);
    const members = s.printedMembers;
    return {
      scope: budgetNames.get(s.scope) ?? names(s.scope),
      kind: s.kind,
      year: s.year,
      printed: s.printed.text,
      recomputed,
      ...(s.matches !== undefined ? { matches: s.matches } : {}),
      reading: s.matchedReading?.[lang] ?? (members ? `${members.label[lang]}: ${show(members.value)}` : ''),
      source: s.source,
    };
  });
}

export interface IndicatorDefinition {
  kode: string;
  nama: string;
  node: string;
  satuan: string;
  valueKind: string;
  polarity: string;
  polarityNote: string;
  order: string;
  iku: boolean;
  source: SourceRef;
}

/** Every indicator with how it is read: unit, kind of value, polarity and the document's reason for it. */
export function indicatorDefinitions(report: Report): IndicatorDefinition[] {
  const nodes = new Map(report.tree.map((n) => [n.kode, n.nama]));
  return report.indicators.map((i) => ({
    kode: i.kode,
    nama: i.nama,
    node: nodes.get(i.node) ?? i.node,
    satuan: i.satuan,
    valueKind: i.valueKind,
    polarity: i.polarity,
    polarityNote: i.polarityNote ?? '',
    order: i.order ?? '',
    iku: i.iku,
    source: i.source,
  }));
}

/** The readable name of a scope (indicator, tree node, or `laporan`) for narrative and finding rows. */
export function scopeNames(report: Report, wholeReport: string): (scope: string) => string {
  const names = new Map<string, string>([
    ...report.indicators.map((i) => [i.kode, i.nama] as const),
    ...report.tree.map((n) => [n.kode, n.nama] as const),
  ]);
  return (scope) => names.get(scope) ?? (scope === 'laporan' ? wholeReport : scope);
}

export interface ReportHeadline {
  indicators: number;
  pagu?: Decimal;
  realisasi?: Decimal;
  /** realisasi ÷ pagu × 100 of the realisation table's total line. */
  serapan?: Decimal;
  findings: number;
  /** Findings of severity `error`: the document's own figures do not give what it prints. */
  mismatches: number;
}

/** The figures a report's summary cards show (and the home page adds up). */
export function reportHeadline(report: Report, scored: ScoredReport): ReportHeadline {
  const { pagu, realisasi, serapan } = headlineBudget(report.budget, report.meta.year);
  return {
    indicators: report.indicators.length,
    ...(pagu ? { pagu } : {}),
    ...(realisasi ? { realisasi } : {}),
    ...(serapan ? { serapan } : {}),
    findings: scored.findings.length,
    mismatches: scored.findings.filter((f) => f.severity === 'error').length,
  };
}
