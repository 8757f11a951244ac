/**
 * Small Report fixtures for the scoring tests, built in code (content/ is being transcribed in parallel).
 * Figures are copied from the seed documents; each helper keeps the printed text so findings can be checked.
 */
import Decimal from 'decimal.js';
import { parsePrinted } from '../../../src/lib/angka/parse.ts';
import type { NumberFormat, Printed, ValueKind } from '../../../src/lib/angka/types.ts';
import type {
  BudgetLine,
  EfficiencyRow,
  Indicator,
  IndicatorValue,
  PrintedSummary,
  Report,
  ReportMeta,
  Scale,
  ScaleBand,
  SourceRef,
  TreeNode,
} from '../../../src/lib/model.ts';

export const d = (text: string): Decimal => new Decimal(text);

/** A printed cell read exactly as the content readers would; throws on a text the test did not mean to be bad. */
export function p(text: string, kind: ValueKind = 'angka', format: NumberFormat = 'id'): Printed {
  const result = parsePrinted(text, kind, format);
  if (!result.ok) throw new Error(`fixture: cannot read ${JSON.stringify(text)}: ${result.problem.code}`);
  return result.value;
}

export function unreadable(text: string, reason = 'digit hilang dalam PDF'): Printed {
  return { kind: 'unreadable', text, reason };
}

export function src(file: string, row: number, table: string, line?: number): SourceRef {
  return line === undefined ? { file, row, table } : { file, row, table, line };
}

export function meta(overrides: Partial<ReportMeta> = {}): ReportMeta {
  return {
    agency: 'dinsos-test',
    type: 'lkjip',
    year: 2023,
    period: 'tahunan',
    title: 'LKjIP uji',
    document: { file: 'test.txt' },
    legalBasis: [],
    negativeFormula: '2t-r',
    efficiency: 'serapan/capaian',
    numberFormat: 'id',
    dataYears: { from: 2018, to: 2024 },
    notes: [],
    extraTables: [],
    ...overrides,
  };
}

export function report(parts: Partial<Omit<Report, 'meta'>> & { meta?: Partial<ReportMeta> } = {}): Report {
  const { meta: metaOverrides, ...rest } = parts;
  return {
    id: 'dinsos-test/2023-lkjip',
    slug: '2023-lkjip',
    meta: meta(metaOverrides),
    tree: [],
    indicators: [],
    values: [],
    budget: [],
    benchmarks: [],
    efficiency: [],
    summaries: [],
    narratives: [],
    plan: [],
    extraTables: [],
    rowCounts: {},
    ...rest,
  };
}

let treeRow = 0;
export function node(kode: string, level: TreeNode['level'], parent?: string, nama = kode): TreeNode {
  treeRow += 1;
  const n: TreeNode = { kode, level, nama, source: src('pohon-kinerja.csv', treeRow, 'Tabel uji') };
  if (parent !== undefined) n.parent = parent;
  return n;
}

export function indicator(
  kode: string,
  nodeKode: string,
  options: Partial<Pick<Indicator, 'valueKind' | 'polarity' | 'order' | 'nama'>> = {},
): Indicator {
  const i: Indicator = {
    kode,
    node: nodeKode,
    nama: options.nama ?? kode,
    satuan: '',
    valueKind: options.valueKind ?? 'persen',
    polarity: options.polarity ?? 'positif',
    iku: true,
    source: src('indikator.csv', 1, 'Tabel uji'),
  };
  if (options.order !== undefined) i.order = options.order;
  return i;
}

export interface ValueOptions {
  year?: number;
  role?: IndicatorValue['role'];
  period?: IndicatorValue['period'];
  target?: Printed;
  realisasi?: Printed;
  capaian?: Printed;
  predicate?: string;
  table?: string;
  row?: number;
  line?: number;
}

export function value(indicatorKode: string, options: ValueOptions): IndicatorValue {
  const v: IndicatorValue = {
    indicator: indicatorKode,
    year: options.year ?? 2023,
    period: options.period ?? 'tahunan',
    role: options.role ?? 'capaian',
    source: src('nilai.csv', options.row ?? 1, options.table ?? 'Tabel 3.1', options.line),
  };
  if (options.target !== undefined) v.target = options.target;
  if (options.realisasi !== undefined) v.realisasi = options.realisasi;
  if (options.capaian !== undefined) v.printedCapaian = options.capaian;
  if (options.predicate !== undefined) v.printedPredicate = options.predicate;
  return v;
}

export function budget(
  id: string,
  level: BudgetLine['level'],
  nama: string,
  figures: { pagu?: string | Printed; realisasi?: string | Printed; persen?: string },
  options: {
    parent?: string;
    role?: BudgetLine['role'];
    kode?: string;
    row?: number;
    table?: string;
    format?: NumberFormat;
    year?: number;
  } = {},
): BudgetLine {
  const format = options.format ?? 'id';
  const money = (x: string | Printed | undefined): Printed | undefined =>
    typeof x === 'string' ? p(x, 'angka', format) : x;
  const line: BudgetLine = {
    id,
    level,
    nama,
    year: options.year ?? 2023,
    role: options.role ?? 'realisasi',
    source: src('anggaran.csv', options.row ?? 1, options.table ?? 'Tabel 3.2'),
  };
  const pagu = money(figures.pagu);
  const realisasi = money(figures.realisasi);
  if (pagu !== undefined) line.pagu = pagu;
  if (realisasi !== undefined) line.realisasi = realisasi;
  if (figures.persen !== undefined) line.printedPercent = p(figures.persen, 'persen', format);
  if (options.parent !== undefined) line.parent = options.parent;
  if (options.kode !== undefined) line.kode = options.kode;
  return line;
}

export function efficiencyRow(
  scope: string,
  figures: { capaian?: Printed; pagu?: Printed; realisasi?: Printed; serapan?: Printed; efisiensi?: Printed },
  row = 1,
  table = 'Tabel 3.6',
  year = 2023,
): EfficiencyRow {
  const e: EfficiencyRow = { scope, year, source: src('efisiensi.csv', row, table) };
  if (figures.capaian !== undefined) e.printedCapaian = figures.capaian;
  if (figures.pagu !== undefined) e.pagu = figures.pagu;
  if (figures.realisasi !== undefined) e.realisasi = figures.realisasi;
  if (figures.serapan !== undefined) e.printedSerapan = figures.serapan;
  if (figures.efisiensi !== undefined) e.printedEfficiency = figures.efisiensi;
  return e;
}

export function summary(
  scope: string,
  kind: PrintedSummary['kind'],
  text: string,
  row = 1,
  table = 'Tabel 3.1',
  year = 2023,
): PrintedSummary {
  return { scope, kind, year, value: p(text, 'angka', 'id'), source: src('ringkasan.csv', row, table) };
}

/** Moves every budget, efficiency and summary row of a fixture report to `year` (the report's year). */
export function inYear(r: Report, year: number): Report {
  return {
    ...r,
    budget: r.budget.map((line) => ({ ...line, year })),
    efficiency: r.efficiency.map((row) => ({ ...row, year })),
    summaries: r.summaries.map((row) => ({ ...row, year })),
  };
}

function band(
  label: string,
  lower: string | null,
  lowerInclusive: boolean,
  upper: string | null,
  upperInclusive: boolean,
): ScaleBand {
  return { label, lower, lowerInclusive, upper, upperInclusive };
}

/** content/skala/nasional.yaml: ≥ 91, ≥ 76, ≥ 66, ≥ 51, else. */
export const NATIONAL: Scale = {
  slug: 'nasional',
  nama: 'Skala nasional',
  jenis: 'predikat',
  bands: [
    band('Sangat Tinggi', '91', true, null, false),
    band('Tinggi', '76', true, '91', false),
    band('Sedang', '66', true, '76', false),
    band('Rendah', '51', true, '66', false),
    band('Sangat Rendah', null, false, '51', false),
  ],
};

/** Kota Malang LKjIP 2023 Tabel 2.5: ≥ 110, 90 ≤ x < 110, 60 ≤ x < 90, < 60. */
export const MALANG: Scale = {
  slug: 'malang-lkjip',
  nama: 'Skala Kota Malang',
  jenis: 'predikat',
  bands: [
    band('Sangat Berhasil', '110', true, null, false),
    band('Berhasil', '90', true, '110', false),
    band('Cukup Berhasil', '60', true, '90', false),
    band('Tidak Berhasil', null, false, '60', false),
  ],
};

/** Kota Probolinggo LKjIP 2024 Bab III, as printed: > 89%, 60%–80%, 40%–60%, 20%–40%, < 20%. */
export const PROBOLINGGO: Scale = {
  slug: 'probolinggo-lkjip',
  nama: 'Skala Kota Probolinggo',
  jenis: 'predikat',
  bands: [
    band('Sangat Baik', '89', false, null, false),
    band('Baik', '60', true, '80', true),
    band('Cukup', '40', true, '60', true),
    band('Kurang', '20', true, '40', true),
    band('Sangat Kurang', null, false, '20', false),
  ],
};

/** Kabupaten Lumajang TW I 2024 Tabel 3.2, as printed: 91% ≤ 100%, 76% ≤ 90%, 66% ≤ 75%, 51% ≤ 65%, ≤ 50%. */
export const LUMAJANG: Scale = {
  slug: 'lumajang-tw',
  nama: 'Skala Kabupaten Lumajang',
  jenis: 'predikat',
  bands: [
    band('Sangat Tinggi', '91', true, '100', true),
    band('Tinggi', '76', true, '90', true),
    band('Sedang', '66', true, '75', true),
    band('Rendah', '51', true, '65', true),
    band('Sangat Rendah', null, false, '50', true),
  ],
};

export const KLA: Scale = {
  slug: 'kla',
  nama: 'Kategori KLA',
  jenis: 'ordinal',
  levels: [
    { label: 'Pratama', aliases: [] },
    { label: 'Madya', aliases: [] },
    { label: 'Nindya', aliases: [] },
    { label: 'Utama', aliases: [] },
    { label: 'KLA', aliases: ['Kota Layak Anak', 'Kabupaten Layak Anak'] },
  ],
};

export const APE: Scale = {
  slug: 'ape-pug',
  nama: 'Predikat APE / PUG',
  jenis: 'ordinal',
  levels: [
    { label: 'Pratama', aliases: [] },
    { label: 'Madya', aliases: [] },
    { label: 'Nindya', aliases: [], validFrom: 2023 },
    { label: 'Utama', aliases: [] },
    { label: 'Mentor', aliases: ['APE Mentor'] },
  ],
};

/** Kabupaten Lumajang Tabel 3.1 custom order for Indeks Rasa Aman. */
export const RASA_AMAN: Scale = {
  slug: 'indeks-rasa-aman',
  nama: 'Indeks Rasa Aman',
  jenis: 'ordinal',
  levels: [
    { label: 'Tidak Aman', aliases: [] },
    { label: 'Kurang Aman', aliases: [] },
    { label: 'Aman', aliases: [] },
    { label: 'Sangat Aman', aliases: [] },
  ],
};

export const ALL_SCALES: Scale[] = [NATIONAL, MALANG, PROBOLINGGO, LUMAJANG, KLA, APE, RASA_AMAN];
