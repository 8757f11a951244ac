/**
 * Scores every printed indicator value row: capaian under the declared conventions (and the other negative
 * convention as an alternative), the printed capaian checked at its printed precision, predicates on the
 * report's own and the national scale.
 */
import Decimal from 'decimal.js';
import type { Printed } from '../angka/types.ts';
import type { Indicator, IndicatorValue, NegativeFormula, Period, SourceRef, ValueRole } from '../model.ts';
import {
  capaianUnderEveryFormula,
  computeCapaian,
  type Capaian,
  type CapaianFormula,
  type CapaianInput,
} from './capaian.ts';
import { groupValues, valueGroupKey } from './lintas-tabel.ts';
import { predicatesSideBySide, evaluatePredicate, type PredicateScale, type SideBySidePredicates } from './predikat.ts';
import { matchesPrinted, normaliseLabel, samePrintedFigure, type RoundingMode } from './presisi.ts';
import {
  cappedByAgency,
  capaianMismatch,
  dataYearMismatch,
  locate,
  otherNegativeConvention,
  polarityIgnored,
  predicateMismatch,
  unverifiable,
  type Finding,
  type FindingLocation,
} from './temuan.ts';
import type { OrdinalScale } from './urutan.ts';

export interface ValueContext {
  reportId: string;
  negativeFormula: NegativeFormula;
  indicators: Map<string, Indicator>;
  /** Ordinal orders by slug. */
  orders: Map<string, OrdinalScale>;
  ownScale?: PredicateScale;
  nationalScale?: PredicateScale;
  /** Declared cap (`batas_capaian`). */
  cap?: Decimal;
}

export type PrintedCapaianCheck =
  /** `capped`: the printed figure is the declared cap standing for a higher recomputed capaian. */
  | { matches: true; rounding: RoundingMode; capped?: true }
  /** `explainedBy`: the formula that reproduces the printed figure, when one does. */
  | { matches: false; explainedBy?: CapaianFormula };

export interface ScoredValue {
  indicator: string;
  year: number;
  period: Period;
  role: ValueRole;
  source: SourceRef;
  capaian: Capaian;
  /** Where the target came from when this row prints none (another table for the same indicator and year). */
  targetFrom?: SourceRef;
  /**
   * An evaluation row whose target differs from the Perjanjian Kinerja in force (revised PK, else PK): the capaian
   * against the PK's target as well, so readers see the result against each printed target.
   */
  againstAgreement?: { target: Printed; source: SourceRef; revised: boolean; capaian: Capaian };
  /** Negative indicators: the capaian under the other negative convention, for readers who use it. */
  alternative?: Capaian;
  /** Capaian with the declared cap applied (only when a cap is declared and the capaian is a percentage). */
  capped?: Decimal;
  printedCapaian?: Printed;
  printedCheck?: PrintedCapaianCheck;
  predicates: SideBySidePredicates;
}

/** Target for a row that prints none: the evaluation table first, then the revised PK, the PK, the Renstra. */
const TARGET_SOURCES: readonly ValueRole[] = ['capaian', 'pk-perubahan', 'pk', 'renstra'];

/** The target of the Perjanjian Kinerja in force for a group: the revised PK's, else the original's. */
function agreementOf(group: IndicatorValue[]): { target: Printed; source: SourceRef; revised: boolean } | undefined {
  for (const role of ['pk-perubahan', 'pk'] as const) {
    const row = group.find((v) => v.role === role && v.target !== undefined);
    if (row?.target !== undefined) return { target: row.target, source: row.source, revised: role === 'pk-perubahan' };
  }
  return undefined;
}

function targetFor(value: IndicatorValue, group: IndicatorValue[]): { target?: Printed; from?: SourceRef } {
  if (value.target !== undefined) return { target: value.target };
  for (const role of TARGET_SOURCES) {
    const donor = group.find((v) => v.role === role && v.target !== undefined);
    if (donor?.target !== undefined) return { target: donor.target, from: donor.source };
  }
  return {};
}

function checkPrintedCapaian(
  value: IndicatorValue,
  indicator: Indicator,
  capaian: Capaian,
  input: CapaianInput,
  context: ValueContext,
): { check?: PrintedCapaianCheck; findings: Finding[] } {
  const printed = value.printedCapaian;
  if (printed?.kind !== 'number') return { findings: [] };
  const location = locate(context.reportId, value.source, value.indicator, 'capaian_tercetak');

  if (capaian.kind === 'ordinal') {
    return {
      findings: [
        unverifiable(location, printed.text, {
          id: 'indikator ordinal dinilai tercapai/tidak tercapai, bukan persentase.',
          en: 'an ordinal indicator is met or not met, not a percentage.',
        }),
      ],
    };
  }
  if (capaian.kind === 'tidak-dapat-dihitung') {
    // Data from another year and unreadable cells have their own finding; a row that does not print its target
    // or realisation (a narrative table repeating capaian) is checked against the evaluation table instead.
    const silent: readonly string[] = [
      'tahun-data-berbeda',
      'tidak-terbaca',
      'target-tidak-tercetak',
      'realisasi-tidak-tercetak',
    ];
    if (silent.includes(capaian.reason)) return { findings: [] };
    return { findings: [unverifiable(location, printed.text, capaian.message)] };
  }

  const rounding = matchesPrinted(printed, capaian.value);
  if (rounding !== undefined) return { check: { matches: true, rounding }, findings: [] };
  const cap = context.cap;
  const cappedRounding = cap !== undefined && capaian.value.gt(cap) ? matchesPrinted(printed, cap) : undefined;
  if (cap !== undefined && cappedRounding !== undefined) {
    return {
      check: { matches: true, rounding: cappedRounding, capped: true },
      findings: [cappedByAgency(location, printed, capaian.value, cap)],
    };
  }

  const candidates = capaianUnderEveryFormula(input);
  const reproduces = (formula: CapaianFormula): boolean => {
    const candidate = candidates[formula];
    return candidate !== undefined && matchesPrinted(printed, candidate) !== undefined;
  };
  const negative = indicator.polarity === 'negatif' && indicator.valueKind !== 'rasio';
  const positive = candidates['r/t'];
  if (negative && positive !== undefined && reproduces('r/t')) {
    return {
      check: { matches: false, explainedBy: 'r/t' },
      findings: [polarityIgnored(location, printed, capaian.value, capaian.formula, positive)],
    };
  }
  const otherNegative: CapaianFormula = capaian.formula === '2t-r' ? 't/r' : '2t-r';
  if (negative && reproduces(otherNegative)) {
    return {
      check: { matches: false, explainedBy: otherNegative },
      findings: [otherNegativeConvention(location, printed, capaian.value, capaian.formula, otherNegative)],
    };
  }
  return { check: { matches: false }, findings: [capaianMismatch(location, printed, capaian.value, capaian.formula)] };
}

/**
 * A printed predicate against the band its printed figure falls in on the report's own scale: a finding when they
 * disagree. Shared by value rows (nilai.csv) and printed averages (ringkasan.csv).
 */
export function checkPredicateOf(
  printed: string | undefined,
  figure: Printed | undefined,
  scale: PredicateScale | undefined,
  location: () => FindingLocation,
): Finding[] {
  if (scale === undefined || printed === undefined || printed.trim() === '' || figure?.kind !== 'number') return [];
  const band = evaluatePredicate(figure.value, scale);
  if (band.kind !== 'pita') return [];
  // Printed predicates often join two wordings: `Sangat tercapai/ Sangat berhasil`.
  const names = (label: string): string[] => [label, ...label.split('/')].map(normaliseLabel);
  const printedNames = names(printed);
  const expected = [band.label, ...band.alsoIn].flatMap(names);
  if (printedNames.some((name) => expected.includes(name))) return [];
  return [predicateMismatch(location(), printed, band.label, figure.text, scale.nama)];
}

function checkPrintedPredicate(value: IndicatorValue, context: ValueContext): Finding[] {
  return checkPredicateOf(value.printedPredicate, value.printedCapaian, context.ownScale, () =>
    locate(context.reportId, value.source, value.indicator, 'predikat_tercetak'),
  );
}

function dataYearFindings(value: IndicatorValue, context: ValueContext): Finding[] {
  const findings: Finding[] = [];
  for (const field of ['target', 'realisasi'] as const) {
    const printed = value[field];
    if (
      printed === undefined ||
      printed.kind === 'ordinal' ||
      printed.kind === 'missing' ||
      printed.kind === 'unreadable'
    )
      continue;
    if (printed.dataYear !== undefined && printed.dataYear !== value.year) {
      findings.push(
        dataYearMismatch(
          locate(context.reportId, value.source, value.indicator, field),
          printed.text,
          printed.dataYear,
          value.year,
        ),
      );
    }
  }
  return findings;
}

export function scoreValues(
  values: IndicatorValue[],
  context: ValueContext,
): { values: ScoredValue[]; findings: Finding[] } {
  const groups = groupValues(values);
  const findings: Finding[] = [];
  const scored: ScoredValue[] = [];
  for (const value of values) {
    const indicator = context.indicators.get(value.indicator);
    if (indicator === undefined) continue; // the validator reports unknown indicators
    findings.push(...dataYearFindings(value, context));
    if (value.realisasi === undefined && value.printedCapaian === undefined) continue; // a target-only row (PK, Renstra)

    const group = groups.get(valueGroupKey(value)) ?? [value];
    const { target, from } = targetFor(value, group);
    const input: CapaianInput = {
      target,
      realisasi: value.realisasi,
      valueKind: indicator.valueKind,
      polarity: indicator.polarity,
      negativeFormula: context.negativeFormula,
      year: value.year,
    };
    if (indicator.order !== undefined) {
      const order = context.orders.get(indicator.order);
      if (order !== undefined) input.order = order;
    }
    const capaian = computeCapaian(input);
    // With a declared cap the agency rates the capped figure: predicates follow it (the uncapped one stays shown).
    const rated =
      capaian.kind === 'persen' && context.cap !== undefined ? Decimal.min(capaian.value, context.cap) : undefined;
    const result: ScoredValue = {
      indicator: value.indicator,
      year: value.year,
      period: value.period,
      role: value.role,
      source: value.source,
      capaian,
      predicates:
        capaian.kind === 'persen'
          ? predicatesSideBySide(rated ?? capaian.value, context.ownScale, context.nationalScale)
          : {},
    };
    if (from !== undefined) result.targetFrom = from;
    if (value.printedCapaian !== undefined) result.printedCapaian = value.printedCapaian;
    if (capaian.kind === 'persen' && capaian.formula !== 'r/t') {
      result.alternative = computeCapaian({ ...input, negativeFormula: capaian.formula === '2t-r' ? 't/r' : '2t-r' });
    }
    if (capaian.kind === 'persen' && context.cap !== undefined) result.capped = Decimal.min(capaian.value, context.cap);
    const agreement = agreementOf(group);
    if (value.role === 'capaian' && agreement && target && samePrintedFigure(agreement.target, target) === false) {
      result.againstAgreement = { ...agreement, capaian: computeCapaian({ ...input, target: agreement.target }) };
    }

    const printedCheck = checkPrintedCapaian(value, indicator, capaian, input, context);
    if (printedCheck.check !== undefined) result.printedCheck = printedCheck.check;
    findings.push(...printedCheck.findings, ...checkPrintedPredicate(value, context));
    scored.push(result);
  }
  return { values: scored, findings };
}
