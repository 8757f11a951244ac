/**
 * Result values shared by the scoring modules. Missing or invalid inputs are values, never NaN or a silent 0:
 * a page or CSV can always say *why* there is no number.
 */
import type Decimal from 'decimal.js';

/** A text for readers in both portal languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/** Why a figure could not be computed. Codes are stable (they appear in CSV exports). */
export type NotComputableReason =
  /** Target printed as 0: division by zero. */
  | 'target-nol'
  /** Target below 0: the capaian formulas assume a positive target. */
  | 'target-negatif'
  /** Target cell empty and no other table prints one for the same indicator and year. */
  | 'target-tidak-tercetak'
  /** Realisation cell empty. */
  | 'realisasi-tidak-tercetak'
  /** Printed as missing (`N/A`, `-`, `Belum ada penilaian`, …). */
  | 'nilai-hilang'
  /** Printed but unreadable (a digit lost in the PDF). */
  | 'tidak-terbaca'
  /** The value is annotated as data from another year (`59,61 (data BPS tahun 2022)`). */
  | 'tahun-data-berbeda'
  /** Target and realisation are not the same kind of value (ratio vs number, …). */
  | 'jenis-tidak-cocok'
  /** Target and realisation printed with different unit words (`50 Orang` vs `3 Kegiatan`). */
  | 'satuan-berbeda'
  /** Two rates with different bases (`per 1.000` vs `per 100.000`). */
  | 'basis-laju-berbeda'
  /** `T/R` with realisation 0. */
  | 'realisasi-nol'
  /** An ordinal indicator without a declared order (`urutan`). */
  | 'urutan-tidak-dinyatakan'
  /** An ordinal label that is not a level of the declared order. */
  | 'tingkat-tidak-dikenal'
  /** A level that did not exist yet in that year (APE "Nindya" before 2023). */
  | 'tingkat-belum-berlaku'
  /** Budget allocation printed as 0. */
  | 'pagu-nol'
  /** An average with no computable member. */
  | 'tidak-ada-nilai'
  /** A printed figure needed as a percentage is not one (an ordinal level, a ratio). */
  | 'bukan-persen'
  /** Some members of a sum are missing or unreadable, so the sum would be wrong. */
  | 'rincian-tidak-lengkap'
  /** A ratio whose divisor is 0 (efficiency with capaian or serapan 0). */
  | 'pembagi-nol';

export interface NotComputable {
  kind: 'tidak-dapat-dihitung';
  reason: NotComputableReason;
  message: Bilingual;
}

/** A percentage (capaian, serapan, efficiency as a ratio). */
export interface Percentage {
  kind: 'persen';
  value: Decimal;
}

export function notComputable(reason: NotComputableReason, message: Bilingual): NotComputable {
  return { kind: 'tidak-dapat-dihitung', reason, message };
}

export function isNotComputable(value: { kind: string }): value is NotComputable {
  return value.kind === 'tidak-dapat-dihitung';
}
