/**
 * Checks the printed efficiency tables (efisiensi.csv): absorption against pagu and realisasi, the capaian the
 * table uses against the indicator's capaian elsewhere, and the efficiency against every convention, the report's
 * declared one first.
 */
import Decimal from 'decimal.js';
import type { Printed } from '../angka/types.ts';
import type { EfficiencyConvention, EfficiencyRow, SourceRef } from '../model.ts';
import type { CapaianFormula } from './capaian.ts';
import {
  declaredEfficiencyFormula,
  EFFICIENCY_FORMULA_TEXT,
  EFFICIENCY_FORMULAS,
  efficiencyInputs,
  efficiencyUnderEveryFormula,
  efficiencyValue,
  type Efficiency,
  type EfficiencyFormula,
} from './efisiensi.ts';
import { notComputable, type NotComputable } from './hasil.ts';
import { matchesPrinted, samePrintedFigure } from './presisi.ts';
import { averageReadingMismatch, averageSummaryReadings, type AverageReadingInput } from './ringkasan.ts';
import { computeSerapan, type Serapan } from './serapan.ts';
import {
  capaianMismatch,
  differsBetweenTables,
  efficiencyMismatch,
  efficiencyOtherConvention,
  locate,
  serapanMismatch,
  unverifiable,
  type Finding,
} from './temuan.ts';

/** What the efficiency table's scope says the capaian is elsewhere in the report. */
export type ScopeCapaian =
  | { kind: 'printed'; printed: Printed; source: SourceRef }
  | { kind: 'indicator'; value: Decimal; formula: CapaianFormula }
  /** An average: every way of reading it (for `laporan`: all indicators, IKU, one tree level), preferred first. */
  | { kind: 'average'; readings: AverageReadingInput[] }
  | { kind: 'none'; reason: NotComputable };

export interface EfficiencyContext {
  reportId: string;
  declared: EfficiencyConvention;
  /** The capaian of a scope (indicator kode, tree kode or `laporan`) in a year, or undefined when unknown. */
  capaianOfScope: (scope: string, year: number) => ScopeCapaian | undefined;
}

export interface ScoredEfficiency {
  scope: string;
  source: SourceRef;
  /** Recomputed from the row's pagu and realisasi. */
  serapan: Serapan;
  /** The declared convention applied to the figures the table prints (undefined for `tidak-ada`). */
  declared?: Efficiency;
  /** Every convention on the printed figures. */
  all: Partial<Record<EfficiencyFormula, Efficiency>>;
  /** The convention that reproduces the printed efficiency, `false` if none does. */
  printedMatches?: EfficiencyFormula | false;
  /** The declared convention with recomputed inputs (recomputed serapan, the scope's recomputed capaian). */
  fromRecomputedInputs?: Efficiency;
}

const NOT_A_PERCENTAGE = (printed: Printed): NotComputable =>
  notComputable('bukan-persen', {
    id: `capaian "${printed.text}" bukan persentase.`,
    en: `capaian "${printed.text}" is not a percentage.`,
  });

/**
 * The capaian the row's printed efficiency was computed from: the printed figure; only an EMPTY cell borrows the
 * scope's capaian. A printed `N/A` or `-` says there is none, so no efficiency is made up for it.
 */
function printedCapaianInput(printed: Printed | undefined, scope: ScopeCapaian | undefined): Decimal | NotComputable {
  if (printed === undefined) return recomputedCapaianInput(scope);
  if (printed.kind === 'number') return printed.value;
  if (printed.kind === 'missing') {
    return notComputable('nilai-hilang', {
      id: `Capaian tercetak "${printed.text}" (tanpa angka): efisiensi tidak dapat dihitung.`,
      en: `Capaian printed as "${printed.text}" (no figure): no efficiency can be computed.`,
    });
  }
  return NOT_A_PERCENTAGE(printed);
}

function recomputedCapaianInput(scope: ScopeCapaian | undefined): Decimal | NotComputable {
  if (scope === undefined)
    return notComputable('tidak-ada-nilai', { id: 'lingkup tidak dikenal.', en: 'unknown scope.' });
  if (scope.kind === 'indicator') return scope.value;
  if (scope.kind === 'average') {
    const first = averageSummaryReadings(scope.readings)[0]?.value;
    return first ?? notComputable('tidak-ada-nilai', { id: 'tidak ada rata-rata.', en: 'no average.' });
  }
  if (scope.kind === 'printed')
    return scope.printed.kind === 'number' ? scope.printed.value : NOT_A_PERCENTAGE(scope.printed);
  return scope.reason;
}

function capaianFindings(row: EfficiencyRow, scope: ScopeCapaian | undefined, reportId: string): Finding[] {
  const printed = row.printedCapaian;
  if (printed?.kind !== 'number' || scope === undefined) return [];
  const location = locate(reportId, row.source, row.scope, 'capaian_tercetak');
  switch (scope.kind) {
    case 'printed':
      return samePrintedFigure(printed, scope.printed) === false
        ? [
            differsBetweenTables(
              location,
              printed.text,
              { text: scope.printed.text, source: scope.source },
              { id: 'Capaian kinerja', en: 'The performance capaian' },
            ),
          ]
        : [];
    case 'indicator':
      return matchesPrinted(printed, scope.value) === undefined
        ? [capaianMismatch(location, printed, scope.value, scope.formula)]
        : [];
    case 'average': {
      const candidates = averageSummaryReadings(scope.readings).flatMap((r) =>
        Decimal.isDecimal(r.value) ? [r.value] : [],
      );
      if (candidates.some((c) => matchesPrinted(printed, c) !== undefined)) return [];
      const finding = averageReadingMismatch(location, printed, scope.readings, {
        id: 'Rata-rata capaian di tabel efisiensi',
        en: 'The average capaian in the efficiency table',
      });
      return finding === undefined ? [] : [finding];
    }
    case 'none':
      return [];
  }
}

export function scoreEfficiencyRow(
  row: EfficiencyRow,
  context: EfficiencyContext,
): { row: ScoredEfficiency; findings: Finding[] } {
  const findings: Finding[] = [];
  const serapan = computeSerapan(row.pagu, row.realisasi);
  if (
    serapan.kind === 'persen' &&
    row.printedSerapan?.kind === 'number' &&
    matchesPrinted(row.printedSerapan, serapan.value) === undefined
  ) {
    findings.push(
      serapanMismatch(
        locate(context.reportId, row.source, row.scope, 'serapan_tercetak'),
        row.printedSerapan,
        serapan.value,
      ),
    );
  }
  const scope = context.capaianOfScope(row.scope, row.year);
  findings.push(...capaianFindings(row, scope, context.reportId));

  const recomputedSerapan = serapan.kind === 'persen' ? serapan.value : serapan;
  const printedSerapan = row.printedSerapan?.kind === 'number' ? row.printedSerapan.value : recomputedSerapan;
  const asPrinted = efficiencyInputs(printedSerapan, printedCapaianInput(row.printedCapaian, scope));
  const recomputed = efficiencyInputs(recomputedSerapan, recomputedCapaianInput(scope));
  const formula = declaredEfficiencyFormula(context.declared);

  type ByFormula = Partial<Record<EfficiencyFormula, Efficiency>>;
  const all: ByFormula = 'kind' in asPrinted ? {} : efficiencyUnderEveryFormula(asPrinted.serapan, asPrinted.capaian);
  const allRecomputed: ByFormula =
    'kind' in recomputed ? {} : efficiencyUnderEveryFormula(recomputed.serapan, recomputed.capaian);
  const result: ScoredEfficiency = { scope: row.scope, source: row.source, serapan, all };
  if (formula !== undefined) {
    const declared = 'kind' in asPrinted ? asPrinted : all[formula];
    if (declared !== undefined) result.declared = declared;
    const fromRecomputed = allRecomputed[formula];
    if (fromRecomputed !== undefined) result.fromRecomputedInputs = fromRecomputed;
  }

  const printed = row.printedEfficiency;
  if (printed?.kind !== 'number') return { row: result, findings };
  const location = locate(context.reportId, row.source, row.scope, 'efisiensi_tercetak');
  if ('kind' in asPrinted) {
    findings.push(unverifiable(location, printed.text, asPrinted.message));
    return { row: result, findings };
  }
  // A printed efficiency counts as reproduced when the table's own figures or the recomputed ones give it.
  const reproduces = (f: EfficiencyFormula): boolean =>
    [all[f], allRecomputed[f]].some((e) => {
      const value = e === undefined ? undefined : efficiencyValue(e);
      return value !== undefined && matchesPrinted(printed, value) !== undefined;
    });
  const order =
    formula === undefined ? EFFICIENCY_FORMULAS : [formula, ...EFFICIENCY_FORMULAS.filter((f) => f !== formula)];
  const matched = order.find(reproduces);
  result.printedMatches = matched ?? false;
  const primary = formula ?? matched ?? 'serapan/capaian';
  if (matched === primary) return { row: result, findings };
  const primaryResult = all[primary];
  const primaryValue = primaryResult === undefined ? undefined : efficiencyValue(primaryResult);
  if (primaryValue === undefined) {
    const why =
      primaryResult?.kind === 'tidak-dapat-dihitung'
        ? primaryResult.message
        : { id: 'tidak ada masukan.', en: 'no inputs.' };
    if (matched === undefined) findings.push(unverifiable(location, printed.text, why));
  } else if (matched !== undefined) {
    findings.push(
      efficiencyOtherConvention(
        location,
        printed,
        primaryValue,
        EFFICIENCY_FORMULA_TEXT[primary],
        EFFICIENCY_FORMULA_TEXT[matched],
      ),
    );
  } else {
    findings.push(efficiencyMismatch(location, printed, primaryValue, EFFICIENCY_FORMULA_TEXT[primary]));
  }
  return { row: result, findings };
}
