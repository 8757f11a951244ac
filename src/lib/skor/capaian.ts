/**
 * Capaian (achievement) of one indicator value: target vs realisation.
 *
 * - positive indicator: R / T × 100
 * - negative indicator: (2T − R) / T × 100 (`2t-r`, default, PermenPANRB-style) or T / R × 100 (`t/r`), as the
 *   report declares
 * - ratio `1 : N`: N is compared, a larger N is better (fewer cases per resident), whatever polarity is declared
 * - rate `X per B`: X is compared with the declared polarity; both must have the same base
 * - ordinal levels: met / not met and the step difference in the declared order, never a percentage
 * - anything else: an explicit "not computable" value with the reason; a real zero stays a zero.
 */
import Decimal from 'decimal.js';
import type { Printed, ValueKind } from '../angka/types.ts';
import type { NegativeFormula, Polarity } from '../model.ts';
import { notComputable, type NotComputable } from './hasil.ts';
import { findLevel, type OrdinalScale } from './urutan.ts';

/** `r/t` positive; `2t-r` and `t/r` the two negative conventions. */
export type CapaianFormula = 'r/t' | '2t-r' | 't/r';

export interface CapaianPercent {
  kind: 'persen';
  value: Decimal;
  formula: CapaianFormula;
  /** What was compared: plain numbers, the N of `1 : N`, or the number of a rate. */
  basis: 'angka' | 'rasio' | 'laju';
}

export interface CapaianOrdinal {
  kind: 'ordinal';
  met: boolean;
  /** Levels above the target (negative: below), counted among the levels in force that year. */
  steps: number;
  target: string;
  realisasi: string;
  order: string;
}

export type Capaian = CapaianPercent | CapaianOrdinal | NotComputable;

export interface CapaianInput {
  target: Printed | undefined;
  realisasi: Printed | undefined;
  valueKind: ValueKind;
  polarity: Polarity;
  negativeFormula: NegativeFormula;
  /** The year the value is for: a value annotated with another data year is not compared. */
  year: number;
  /** The ordinal order, for `valueKind: 'ordinal'`. */
  order?: OrdinalScale;
}

const HUNDRED = new Decimal(100);

/** R / T × 100. */
export function positiveCapaian(target: Decimal, realisasi: Decimal): Decimal {
  return realisasi.dividedBy(target).times(HUNDRED);
}

/** (2T − R) / T × 100: a realisation below target scores above 100. */
export function negativeCapaian2TminusR(target: Decimal, realisasi: Decimal): Decimal {
  return target.times(2).minus(realisasi).dividedBy(target).times(HUNDRED);
}

/** T / R × 100; undefined when R = 0 (division by zero). */
export function negativeCapaianTOverR(target: Decimal, realisasi: Decimal): Decimal | undefined {
  return realisasi.isZero() ? undefined : target.dividedBy(realisasi).times(HUNDRED);
}

/** The formula that applies to an indicator: ratios always compare N upwards. */
export function formulaFor(valueKind: ValueKind, polarity: Polarity, negativeFormula: NegativeFormula): CapaianFormula {
  if (valueKind === 'rasio' || polarity === 'positif') return 'r/t';
  return negativeFormula;
}

/** Applies one formula to two numbers, with the zero and sign rules. */
export function applyFormula(formula: CapaianFormula, target: Decimal, realisasi: Decimal): Decimal | NotComputable {
  if (target.isZero()) {
    return notComputable('target-nol', {
      id: 'Target 0: capaian tidak dapat dihitung (pembagian dengan nol).',
      en: 'Target is 0: capaian cannot be computed (division by zero).',
    });
  }
  if (target.isNegative()) {
    return notComputable('target-negatif', {
      id: 'Target bernilai negatif: rumus capaian hanya berlaku untuk target positif.',
      en: 'Target is negative: the capaian formulas only hold for a positive target.',
    });
  }
  if (formula === 'r/t') return positiveCapaian(target, realisasi);
  if (formula === '2t-r') return negativeCapaian2TminusR(target, realisasi);
  const value = negativeCapaianTOverR(target, realisasi);
  return (
    value ??
    notComputable('realisasi-nol', {
      id: 'Realisasi 0 pada indikator negatif dengan rumus T/R: pembagian dengan nol.',
      en: 'Realisation 0 on a negative indicator computed as T/R: division by zero.',
    })
  );
}

const ROLE_NAME = { target: { id: 'Target', en: 'Target' }, realisasi: { id: 'Realisasi', en: 'Realisation' } };
type Side = keyof typeof ROLE_NAME;

/** Reasons a single printed cell cannot take part in a comparison, or undefined when it can. */
function unusable(side: Side, printed: Printed | undefined, year: number): NotComputable | undefined {
  const name = ROLE_NAME[side];
  if (printed === undefined) {
    return notComputable(side === 'target' ? 'target-tidak-tercetak' : 'realisasi-tidak-tercetak', {
      id: `${name.id} tidak tercetak: capaian tidak dihitung.`,
      en: `${name.en} not printed: no capaian.`,
    });
  }
  if (printed.kind === 'unreadable') {
    return notComputable('tidak-terbaca', {
      id: `${name.id} tercetak "${printed.text}" tidak dapat dibaca sebagai angka: capaian tidak dihitung.`,
      en: `${name.en} printed as "${printed.text}" cannot be read as a number: no capaian.`,
    });
  }
  if (printed.kind === 'missing') {
    return notComputable('nilai-hilang', {
      id: `${name.id} tercetak "${printed.text}" (tidak ada nilai): capaian tidak dihitung.`,
      en: `${name.en} printed as "${printed.text}" (no value): no capaian.`,
    });
  }
  if (printed.kind !== 'ordinal' && printed.dataYear !== undefined && printed.dataYear !== year) {
    return notComputable('tahun-data-berbeda', {
      id: `${name.id} "${printed.text}" adalah data tahun ${printed.dataYear}, bukan ${year}: tidak dibandingkan.`,
      en: `${name.en} "${printed.text}" is data for ${printed.dataYear}, not ${year}: not compared.`,
    });
  }
  return undefined;
}

function kindMismatch(target: Printed, realisasi: Printed, valueKind: ValueKind): NotComputable {
  return notComputable('jenis-tidak-cocok', {
    id: `Target "${target.text}" dan realisasi "${realisasi.text}" bukan jenis nilai yang sama atau tidak sesuai jenis indikator (${valueKind}): tidak dibandingkan.`,
    en: `Target "${target.text}" and realisation "${realisasi.text}" are not the same kind of value or do not fit the indicator's kind (${valueKind}): not compared.`,
  });
}

type Quantities = { target: Decimal; realisasi: Decimal; basis: CapaianPercent['basis'] };

/** The two numbers a numeric capaian compares. */
function quantities(target: Printed, realisasi: Printed, valueKind: ValueKind): Quantities | NotComputable {
  if (valueKind === 'rasio') {
    if (target.kind === 'ratio' && realisasi.kind === 'ratio') {
      return { target: target.per, realisasi: realisasi.per, basis: 'rasio' };
    }
    return kindMismatch(target, realisasi, valueKind);
  }
  if (valueKind === 'laju' && target.kind === 'rate' && realisasi.kind === 'rate') {
    if (!target.base.eq(realisasi.base)) {
      return notComputable('basis-laju-berbeda', {
        id: `Target "${target.text}" dan realisasi "${realisasi.text}" memakai basis berbeda: tidak dibandingkan.`,
        en: `Target "${target.text}" and realisation "${realisasi.text}" use different bases: not compared.`,
      });
    }
    return { target: target.value, realisasi: realisasi.value, basis: 'laju' };
  }
  if (target.kind === 'number' && realisasi.kind === 'number' && valueKind !== 'ordinal') {
    const units = [target.unit, realisasi.unit].map((u) => u?.trim().toLowerCase());
    if (units[0] !== undefined && units[1] !== undefined && units[0] !== units[1]) {
      return notComputable('satuan-berbeda', {
        id: `Target "${target.text}" dan realisasi "${realisasi.text}" memakai satuan berbeda: tidak dibandingkan.`,
        en: `Target "${target.text}" and realisation "${realisasi.text}" are in different units: not compared.`,
      });
    }
    return { target: target.value, realisasi: realisasi.value, basis: valueKind === 'laju' ? 'laju' : 'angka' };
  }
  return kindMismatch(target, realisasi, valueKind);
}

function ordinalCapaian(target: Printed, realisasi: Printed, input: CapaianInput): Capaian {
  if (input.order === undefined) {
    return notComputable('urutan-tidak-dinyatakan', {
      id: 'Indikator ordinal tanpa urutan tingkat yang dinyatakan (kolom urutan): capaian tidak dihitung.',
      en: 'Ordinal indicator without a declared order of levels (column urutan): no capaian.',
    });
  }
  if (target.kind !== 'ordinal' || realisasi.kind !== 'ordinal') return kindMismatch(target, realisasi, 'ordinal');
  const order = input.order;
  const matches = {
    target: findLevel(target.label, order, input.year),
    realisasi: findLevel(realisasi.label, order, input.year),
  };
  for (const side of ['target', 'realisasi'] as const) {
    const match = matches[side];
    if (match.ok) continue;
    const label = side === 'target' ? target.label : realisasi.label;
    const name = ROLE_NAME[side];
    if (match.reason === 'tingkat-belum-berlaku') {
      return notComputable('tingkat-belum-berlaku', {
        id: `${name.id} "${label}" adalah tingkat yang baru berlaku mulai ${match.level?.validFrom ?? '?'} dalam ${order.nama}, belum ada pada ${input.year}.`,
        en: `${name.en} "${label}" is a level of ${order.nama} only from ${match.level?.validFrom ?? '?'}, not yet in ${input.year}.`,
      });
    }
    return notComputable('tingkat-tidak-dikenal', {
      id: `${name.id} "${label}" bukan tingkat dalam ${order.nama}: capaian tidak dihitung.`,
      en: `${name.en} "${label}" is not a level of ${order.nama}: no capaian.`,
    });
  }
  if (!matches.target.ok || !matches.realisasi.ok) throw new Error('unreachable: both levels matched above');
  const difference = matches.realisasi.rank - matches.target.rank;
  const steps = input.polarity === 'negatif' ? -difference : difference;
  return {
    kind: 'ordinal',
    met: steps >= 0,
    steps,
    target: matches.target.level.label,
    realisasi: matches.realisasi.level.label,
    order: order.slug,
  };
}

/** Capaian of one value under the report's declared conventions. */
export function computeCapaian(input: CapaianInput): Capaian {
  const problem = unusable('target', input.target, input.year) ?? unusable('realisasi', input.realisasi, input.year);
  if (problem !== undefined) return problem;
  const target = input.target as Printed;
  const realisasi = input.realisasi as Printed;
  if (input.valueKind === 'ordinal') return ordinalCapaian(target, realisasi, input);

  const numbers = quantities(target, realisasi, input.valueKind);
  if ('kind' in numbers) return numbers;
  const formula = formulaFor(input.valueKind, input.polarity, input.negativeFormula);
  const value = applyFormula(formula, numbers.target, numbers.realisasi);
  if (!Decimal.isDecimal(value)) return value;
  return { kind: 'persen', value, formula, basis: numbers.basis };
}

/**
 * The same value under every formula that could have been used (for explaining a printed figure: "the document
 * computed this negative indicator as if it were positive").
 */
export function capaianUnderEveryFormula(input: CapaianInput): Partial<Record<CapaianFormula, Decimal>> {
  if (input.valueKind === 'ordinal') return {};
  const problem = unusable('target', input.target, input.year) ?? unusable('realisasi', input.realisasi, input.year);
  if (problem !== undefined || input.target === undefined || input.realisasi === undefined) return {};
  const numbers = quantities(input.target, input.realisasi, input.valueKind);
  if ('kind' in numbers) return {};
  const result: Partial<Record<CapaianFormula, Decimal>> = {};
  for (const formula of ['r/t', '2t-r', 't/r'] as const) {
    const value = applyFormula(formula, numbers.target, numbers.realisasi);
    if (Decimal.isDecimal(value)) result[formula] = value;
  }
  return result;
}
