/** Serapan (budget absorption): realisasi / pagu × 100, with explicit results when it cannot be computed. */
import Decimal from 'decimal.js';
import type { Printed } from '../angka/types.ts';
import { notComputable, type NotComputable, type Percentage } from './hasil.ts';

export type Serapan = Percentage | NotComputable;

const FIELD = {
  pagu: { id: 'Pagu', en: 'Allocation (pagu)' },
  realisasi: { id: 'Realisasi', en: 'Realisation (realisasi)' },
};

/** The amount a printed money cell states, or why it states none. */
export function amountOf(printed: Printed | undefined, field: keyof typeof FIELD): Decimal | NotComputable {
  const name = FIELD[field];
  if (printed === undefined) {
    return notComputable(field === 'pagu' ? 'target-tidak-tercetak' : 'realisasi-tidak-tercetak', {
      id: `${name.id} tidak tercetak.`,
      en: `${name.en} not printed.`,
    });
  }
  if (printed.kind === 'number') return printed.value;
  if (printed.kind === 'unreadable') {
    return notComputable('tidak-terbaca', {
      id: `${name.id} tercetak "${printed.text}" tidak dapat dibaca sebagai angka.`,
      en: `${name.en} printed as "${printed.text}" cannot be read as a number.`,
    });
  }
  if (printed.kind === 'missing') {
    // A dash in a money column often means "nothing spent", but the document does not say so: never guess 0.
    return notComputable('nilai-hilang', {
      id: `${name.id} tercetak "${printed.text}" (tanpa angka).`,
      en: `${name.en} printed as "${printed.text}" (no figure).`,
    });
  }
  return notComputable('jenis-tidak-cocok', {
    id: `${name.id} "${printed.text}" bukan jumlah uang.`,
    en: `${name.en} "${printed.text}" is not an amount of money.`,
  });
}

export function serapanOfAmounts(pagu: Decimal, realisasi: Decimal): Serapan {
  if (pagu.isZero()) {
    return notComputable('pagu-nol', {
      id: 'Pagu 0: serapan tidak dapat dihitung (pembagian dengan nol).',
      en: 'Allocation is 0: absorption cannot be computed (division by zero).',
    });
  }
  return { kind: 'persen', value: realisasi.dividedBy(pagu).times(100) };
}

/** Serapan of one budget line from its printed pagu and realisasi. */
export function computeSerapan(pagu: Printed | undefined, realisasi: Printed | undefined): Serapan {
  const p = amountOf(pagu, 'pagu');
  if (!Decimal.isDecimal(p)) return p;
  const r = amountOf(realisasi, 'realisasi');
  if (!Decimal.isDecimal(r)) return r;
  return serapanOfAmounts(p, r);
}
