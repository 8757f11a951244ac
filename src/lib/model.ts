/**
 * The typed content model: what the readers in `src/lib/data` produce from `content/` and what the scoring
 * engine in `src/lib/skor` consumes. It mirrors docs/format-konten.md field by field (English names in code,
 * Indonesian domain terms where they are the precise word; see docs/glosarium.md).
 */
import type { NumberFormat, Printed, ValueKind } from './angka/types.ts';

/** Where a row came from: the document, its table as printed, the line in the extracted text, the page. */
export interface SourceRef {
  /** File (`content/...`) and 1-based data row (header = row 1) the row was read from. */
  file: string;
  row: number;
  /** Table number or description as printed, e.g. `Tabel 3.1.1.A`. */
  table: string;
  /** 1-based line number in the extracted text of the document (`Report.document.file`). */
  line?: number;
  /** Page as printed in the document, where known. */
  page?: string;
}

export interface Region {
  slug: string;
  nama: string;
  jenis: 'kota' | 'kabupaten' | 'provinsi';
  provinsi: string;
  kodeBps?: string;
}

export interface AgencyName {
  nama: string;
  singkatan?: string;
  /** First year the name was in use (inclusive); undefined = since before our records. */
  mulai?: number;
  /** Last year the name was in use (inclusive); undefined = still in use. */
  sampai?: number;
}

export interface Agency {
  slug: string;
  region: string;
  /** Name history, oldest first. */
  names: AgencyName[];
  urusan: string[];
  catatan?: string;
}

export interface ScaleBand {
  label: string;
  /** Lower bound in percent; null = open. */
  lower: string | null;
  lowerInclusive: boolean;
  upper: string | null;
  upperInclusive: boolean;
  printed?: string;
}

export interface OrdinalLevel {
  label: string;
  aliases: string[];
  /** The level exists only from this year on (APE "Nindya" from 2023). */
  validFrom?: number;
}

export type Scale =
  | {
      slug: string;
      nama: string;
      jenis: 'predikat';
      legalBasis?: string;
      bands: ScaleBand[];
      /** The bounds were inferred by the transcriber, not printed in the document. */
      inferred?: boolean;
    }
  | { slug: string; nama: string; jenis: 'ordinal'; legalBasis?: string; levels: OrdinalLevel[] };

export type ReportType = 'lkjip' | 'laporan-triwulan' | 'renja';
export type Period = 'tahunan' | 'tw1' | 'tw2' | 'tw3' | 'tw4';
/** Negative-indicator formula: `2t-r` = (2×T−R)/T×100 (default), `t/r` = T/R×100. */
export type NegativeFormula = '2t-r' | 't/r';
/** Efficiency convention: absorption ÷ capaian × 100, or capaian − absorption (percentage points). */
export type EfficiencyConvention = 'serapan/capaian' | 'capaian-serapan' | 'capaian/serapan' | 'tidak-ada';

export interface ReportMeta {
  agency: string;
  printedAgencyName?: string;
  type: ReportType;
  year: number;
  /** The year printed on the cover, when it differs from `year` (the year reported on). */
  coverYear?: number;
  period: Period;
  title: string;
  document: { file: string; originalTitle?: string };
  signatory?: {
    nama?: string;
    jabatan?: string;
    pangkat?: string;
    nip?: string;
    tempat?: string;
    tanggalTercetak?: string;
    tanggal?: string;
  };
  legalBasis: string[];
  /** Slug of the report's own predicate scale. */
  scale?: string;
  negativeFormula: NegativeFormula;
  efficiency: EfficiencyConvention;
  /** Declared cap (percent) applied to each capaian before averaging; both results are shown. */
  capaianCap?: string;
  numberFormat?: NumberFormat;
  dataYears: { from: number; to: number };
  notes: string[];
  extraTables: { file: string; title: string; source: SourceRef }[];
  /** Reviewed code links (`tautan_kode`) for lines whose printed name no rule links; see docs/nomenklatur.md. */
  codeReviews?: CodeReview[];
}

/**
 * A transcriber's decision that a printed line is a nomenclature entry although its name does not say so (a typo
 * below the link threshold, a name the agency made up for a national programme), with the evidence.
 */
export interface CodeReview {
  file: 'anggaran.csv' | 'pohon-kinerja.csv' | 'rencana.csv';
  /** `id` of the budget or plan row, `kode` of the tree node. */
  id: string;
  kode: string;
  reason: string;
}

export type TreeLevel = 'tujuan' | 'sasaran' | 'program' | 'kegiatan' | 'subkegiatan';

export interface TreeNode {
  kode: string;
  level: TreeLevel;
  parent?: string;
  nama: string;
  budgetCode?: string;
  source: SourceRef;
}

export type Polarity = 'positif' | 'negatif';

export interface Indicator {
  kode: string;
  /** `kode` of the tree node it measures. */
  node: string;
  nama: string;
  satuan: string;
  valueKind: ValueKind;
  polarity: Polarity;
  /** Slug of the ordinal scale ordering its values (valueKind `ordinal`). */
  order?: string;
  polarityNote?: string;
  iku: boolean;
  source: SourceRef;
}

export type ValueRole = 'pk' | 'pk-perubahan' | 'capaian' | 'renstra' | 'renstra-akhir' | 'rencana';

export interface IndicatorValue {
  indicator: string;
  year: number;
  period: Period;
  role: ValueRole;
  /** undefined = cell empty (not printed). */
  target?: Printed;
  realisasi?: Printed;
  printedCapaian?: Printed;
  printedPredicate?: string;
  /** The row is printed in the document but lost from its extracted text: no figures, excluded from averages. */
  lostFromSource?: boolean;
  note?: string;
  source: SourceRef;
}

export type BudgetLevel = 'total' | 'urusan' | 'program' | 'kegiatan' | 'subkegiatan';
export type BudgetRole = 'realisasi' | 'pk' | 'pk-perubahan' | 'rencana';

export interface BudgetLine {
  id: string;
  parent?: string;
  level: BudgetLevel;
  kode?: string;
  nama: string;
  pagu?: Printed;
  realisasi?: Printed;
  printedPercent?: Printed;
  sumberDana?: string;
  role: BudgetRole;
  /** Budget year of the table (defaults to the report year; LKjIP 2018 prints 2017 realisation tables). */
  year: number;
  note?: string;
  source: SourceRef;
}

export interface Benchmark {
  indicator: string;
  year: number;
  label: string;
  value: Printed;
  note?: string;
  source: SourceRef;
}

export interface EfficiencyRow {
  /** Tree `kode`, indicator `kode`, or `laporan`. */
  scope: string;
  printedCapaian?: Printed;
  pagu?: Printed;
  realisasi?: Printed;
  printedSerapan?: Printed;
  printedEfficiency?: Printed;
  /** Year the row is for (defaults to the report year). */
  year: number;
  note?: string;
  source: SourceRef;
}

export type SummaryKind = 'rata-rata-capaian' | 'rata-rata-serapan' | 'total-pagu' | 'total-realisasi';

export interface PrintedSummary {
  scope: string;
  kind: SummaryKind;
  value: Printed;
  /** The predicate printed with the figure ("KRITERIA : Baik"), as printed. */
  printedPredicate?: string;
  /** Year the figure is for (defaults to the report year). */
  year: number;
  note?: string;
  source: SourceRef;
}

export type NarrativeKind = 'penyebab' | 'kendala' | 'solusi' | 'program-penunjang' | 'analisis';

export interface Narrative {
  scope: string;
  kind: NarrativeKind;
  text: string;
  source: SourceRef;
}

export interface PlanRow {
  id: string;
  /** Plan year (defaults to the report year; a Renja can also print the next year's plan). */
  year: number;
  parent?: string;
  level: BudgetLevel;
  kode?: string;
  nama: string;
  indikator?: string;
  target?: string;
  satuan?: string;
  paguIndikatif?: Printed;
  sumberDana?: string;
  lokasi?: string;
  targetNext?: string;
  paguNext?: Printed;
  note?: string;
  source: SourceRef;
}

export interface ExtraTable {
  file: string;
  title: string;
  header: string[];
  rows: string[][];
  source: SourceRef;
}

export interface Report {
  /** `<agency>/<folder>`, e.g. `dinsos-p3a-kota-probolinggo/2024-lkjip`. */
  id: string;
  /** Folder name, e.g. `2024-lkjip`. */
  slug: string;
  meta: ReportMeta;
  tree: TreeNode[];
  indicators: Indicator[];
  values: IndicatorValue[];
  budget: BudgetLine[];
  benchmarks: Benchmark[];
  efficiency: EfficiencyRow[];
  summaries: PrintedSummary[];
  narratives: Narrative[];
  plan: PlanRow[];
  extraTables: ExtraTable[];
  /** Data rows read per file (for the "nothing lost" reconciliation). */
  rowCounts: Record<string, number>;
}

/** Levels of the national nomenclature (Permendagri 90/2019, Kepmendagri 050-5889/2021). */
export type NomenclatureLevel = 'urusan' | 'bidang' | 'program' | 'kegiatan' | 'subkegiatan';

export interface NomenclatureEntry {
  /** Canonical code: `1.06.04.2.01.0001`; the shared support programme is `X.XX.01`. */
  kode: string;
  level: NomenclatureLevel;
  /** Official name as in the nomenclature. */
  nama: string;
  /** Key of `Nomenclature.sources` the entry was taken from; a document line where it was printed. */
  sumber: string;
  line?: number;
  note?: string;
}

/** A programme named under Permendagri 13/2006 (or a regional name) mapped onto a 2021 programme. */
export interface CrosswalkEntry {
  namaLama: string;
  /** Programme code it maps to; empty when there is no single counterpart. */
  kode?: string;
  confidence: 'tinggi' | 'sedang' | 'rendah';
  reason: string;
}

export interface NomenclatureSource {
  jenis: 'dokumen' | 'salinan' | 'ingatan';
  judul: string;
  berkas?: string;
  alamat?: string;
}

export interface Nomenclature {
  legalBasis: string[];
  notes: string[];
  sources: Record<string, NomenclatureSource>;
  entries: NomenclatureEntry[];
  crosswalk: CrosswalkEntry[];
}

export interface Content {
  regions: Region[];
  agencies: Agency[];
  scales: Scale[];
  reports: Report[];
  /** The national nomenclature in content/nomenklatur/ (empty when the folder is absent, as in small fixtures). */
  nomenclature?: Nomenclature;
}
