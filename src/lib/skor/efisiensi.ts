/**
 * Efficiency of spending against performance. There is no single standard, so every convention is computed and
 * the report's declared one (`laporan.yaml` → `efisiensi`) is primary:
 *
 * - `serapan/capaian`: serapan ÷ capaian × 100 (Kota Probolinggo: 89,51 / 97,64 × 100 = 91,67%); below 100 =
 *   less money than performance.
 * - `capaian-serapan`: capaian − serapan in percentage points (Kabupaten Lumajang: 22,43 − 5,12 = 17,31).
 * - `capaian/serapan`: capaian ÷ serapan × 100 (Kota Malang Tabel 3.6: 99,71 / 86,51 × 100 = 115,26); above 100 =
 *   "penggunaan dana efektif".
 * A printed figure that follows another convention than the declared one is recognised and reported as such.
 */
import Decimal from 'decimal.js';
import type { EfficiencyConvention } from '../model.ts';
import { notComputable, type Bilingual, type NotComputable } from './hasil.ts';

export type EfficiencyFormula = 'serapan/capaian' | 'capaian-serapan' | 'capaian/serapan';

export const EFFICIENCY_FORMULAS: readonly EfficiencyFormula[] = [
  'serapan/capaian',
  'capaian-serapan',
  'capaian/serapan',
];

export type Efficiency =
  | { kind: 'persen'; value: Decimal; formula: EfficiencyFormula }
  /** Percentage points (`capaian-serapan`). */
  | { kind: 'poin'; value: Decimal; formula: EfficiencyFormula }
  | NotComputable;

export const EFFICIENCY_FORMULA_TEXT: Record<EfficiencyFormula, Bilingual> = {
  'serapan/capaian': {
    id: 'serapan anggaran ÷ capaian kinerja × 100',
    en: 'budget absorption ÷ performance capaian × 100',
  },
  'capaian-serapan': {
    id: 'capaian kinerja − serapan anggaran (poin)',
    en: 'performance capaian − budget absorption (points)',
  },
  'capaian/serapan': {
    id: 'capaian kinerja ÷ serapan anggaran × 100',
    en: 'performance capaian ÷ budget absorption × 100',
  },
};

/** The report's declared formula; undefined for `tidak-ada` (the report prints no efficiency). */
export function declaredEfficiencyFormula(convention: EfficiencyConvention): EfficiencyFormula | undefined {
  return convention === 'tidak-ada' ? undefined : convention;
}

function divisionByZero(what: Bilingual): NotComputable {
  return notComputable('pembagi-nol', {
    id: `${what.id} 0: efisiensi tidak dapat dihitung (pembagian dengan nol).`,
    en: `${what.en} is 0: efficiency cannot be computed (division by zero).`,
  });
}

export function computeEfficiency(serapan: Decimal, capaian: Decimal, formula: EfficiencyFormula): Efficiency {
  switch (formula) {
    case 'serapan/capaian':
      if (capaian.isZero()) return divisionByZero({ id: 'Capaian kinerja', en: 'Performance capaian' });
      return { kind: 'persen', value: serapan.dividedBy(capaian).times(100), formula };
    case 'capaian/serapan':
      if (serapan.isZero()) return divisionByZero({ id: 'Serapan anggaran', en: 'Budget absorption' });
      return { kind: 'persen', value: capaian.dividedBy(serapan).times(100), formula };
    case 'capaian-serapan':
      return { kind: 'poin', value: capaian.minus(serapan), formula };
  }
}

export function efficiencyUnderEveryFormula(serapan: Decimal, capaian: Decimal): Record<EfficiencyFormula, Efficiency> {
  return {
    'serapan/capaian': computeEfficiency(serapan, capaian, 'serapan/capaian'),
    'capaian-serapan': computeEfficiency(serapan, capaian, 'capaian-serapan'),
    'capaian/serapan': computeEfficiency(serapan, capaian, 'capaian/serapan'),
  };
}

export function efficiencyValue(efficiency: Efficiency): Decimal | undefined {
  return efficiency.kind === 'tidak-dapat-dihitung' ? undefined : efficiency.value;
}

/** Both inputs as decimals, or why not: efficiency needs a capaian percentage, never an ordinal level. */
export function efficiencyInputs(
  serapan: Decimal | NotComputable,
  capaian: Decimal | NotComputable,
): { serapan: Decimal; capaian: Decimal } | NotComputable {
  if (!Decimal.isDecimal(capaian)) return capaian;
  if (!Decimal.isDecimal(serapan)) return serapan;
  return { serapan, capaian };
}
