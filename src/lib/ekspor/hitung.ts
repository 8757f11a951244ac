/**
 * The recomputed ("hitung") columns of the downloads, as a small typed input independent of the scoring engine's
 * internals: one lookup per report, keyed by the content row it belongs to. `adaptor-skor.ts` fills it from
 * `scoreReport`; tests can write it by hand. Without it (`datasetFiles(content)`), the columns exist but stay empty.
 */
import type Decimal from 'decimal.js';
import type { Bilingual } from './tabel.ts';

/**
 * - `persen`: capaian computed as a percentage.
 * - `tercapai` / `tidak-tercapai`: ordinal indicator, target level met or not (never a fake percentage).
 * - `tidak-dapat-dihitung`: not computable; the reason code says why.
 * - `tidak-dinilai`: a row the engine does not score (a target-only row: PK, Renstra).
 */
export const CAPAIAN_STATUSES = [
  'persen',
  'tercapai',
  'tidak-tercapai',
  'tidak-dapat-dihitung',
  'tidak-dinilai',
] as const;
export type CapaianStatus = (typeof CAPAIAN_STATUSES)[number];

export const COMPUTED_STATUSES = ['persen', 'tidak-dapat-dihitung'] as const;
export type ComputedStatus = (typeof COMPUTED_STATUSES)[number];

/** Recomputed figures of one indicator value row (`nilai.csv`). */
export interface ValueScore {
  status: CapaianStatus;
  /** Capaian in percent (status `persen`). */
  capaian?: Decimal;
  /** Reason code when not computable (`target-nol`, `nilai-hilang`, …). */
  reason?: string;
  /** Formula used: `r/t`, `2t-r` or `t/r`. */
  formula?: string;
  /** Negative indicators: capaian under the other negative convention. */
  alternative?: Decimal;
  /** Capaian with the report's declared cap applied. */
  capped?: Decimal;
  /** Ordinal indicators: levels above (negative: below) the target. */
  ordinalSteps?: number;
  /** Whether the printed capaian equals the recomputed one at its printed precision. */
  printedMatches?: boolean;
  /** When it does not: the formula that does reproduce the printed figure, if any. */
  printedExplainedBy?: string;
  /** Band label on the report's own scale, or `tanpa-pita` when the value falls in a gap of the scale. */
  predicateOwn?: string;
  /** Band label on the national scale, or `tanpa-pita`. */
  predicateNational?: string;
}

/** Recomputed figures of one budget line (`anggaran.csv`). */
export interface BudgetScore {
  status: ComputedStatus;
  /** realisasi / pagu × 100. */
  serapan?: Decimal;
  reason?: string;
  /** Whether the printed % equals the recomputed serapan at its printed precision. */
  printedPercentMatches?: boolean;
  /** Sum of the children's printed pagu / realisasi (lines with children only), and whether the parent equals it. */
  childrenPagu?: Decimal;
  childrenPaguMatches?: boolean;
  childrenRealisasi?: Decimal;
  childrenRealisasiMatches?: boolean;
}

/** Recomputed figures of one printed efficiency row (`efisiensi.csv`). */
export interface EfficiencyScore {
  serapan?: Decimal;
  /** The report's declared convention applied to the printed figures. */
  efficiency?: Decimal;
  /** `persen` or `poin` (percentage points, convention capaian − serapan). */
  unit?: 'persen' | 'poin';
  formula?: string;
  reason?: string;
  /** The convention that reproduces the printed efficiency, or `tidak` when none does. */
  printedMatches?: string;
}

/** A recomputed reading of a printed aggregate: its value and what was computed. */
export interface SummaryReadingScore {
  value: Decimal;
  label: Bilingual;
}

/** Recomputed figure of one printed aggregate (`ringkasan.csv`), the one the report page shows. */
export interface SummaryScore {
  recomputed?: Decimal;
  /** What `recomputed` is (`rata-rata indikator program`, `jumlah 12 baris Tabel 2.2`, …). */
  recomputedReading?: Bilingual;
  reason?: string;
  printedMatches?: boolean;
  /**
   * The reading that reproduces the printed figure: a recomputed one (then equal to `recomputed`), or the mean of
   * the printed member figures when no recomputation does.
   */
  matchingReading?: SummaryReadingScore;
}

/** One finding: where the document's figures disagree with the recomputation (the engine's `Finding`). */
export interface FindingInput {
  kind: string;
  severity: string;
  location: {
    report: string;
    file: string;
    row?: number;
    table?: string;
    line?: number;
    page?: string;
    entity: string;
    field?: string;
  };
  printed?: string;
  /** Machine-format number or a label. */
  recomputed?: string;
  /** printed − recomputed, machine format. */
  difference?: string;
  explanation: Bilingual;
}

/** The overall figures a report page opens with (`overallAchievement` in src/lib/tampilan/sorotan.ts). */
export interface HeadlineScore {
  /** Which indicators the overall figure averages: `iku`, `strategis` (goal and target) or `semua`. */
  basis: string;
  /** The overall average capaian (capped when the report declares a cap); absent when not computable. */
  overall?: Decimal;
  included: number;
  excluded: number;
  /** Indicators rated met / not met, and how many met. */
  rated: number;
  met: number;
}

/** Everything recomputed for one report. Rows are keyed as in the content: data row number or budget id. */
export interface ReportScores {
  /** By `nilai.csv` data row (`SourceRef.row`). */
  values: ReadonlyMap<number, ValueScore>;
  /** By `anggaran.csv` id. */
  budget: ReadonlyMap<string, BudgetScore>;
  /** By `efisiensi.csv` data row. */
  efficiency: ReadonlyMap<number, EfficiencyScore>;
  /** By `ringkasan.csv` data row. */
  summaries: ReadonlyMap<number, SummaryScore>;
  /** In the engine's order. */
  findings: readonly FindingInput[];
  /** The report page's headline figures. */
  headline?: HeadlineScore;
}

/** By report id (`<agency>/<folder>`). */
export type ScoredColumns = ReadonlyMap<string, ReportScores>;
