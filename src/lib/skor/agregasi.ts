/**
 * Averages of capaian over a sasaran, a tujuan or the whole report: the simple mean of the members' capaian
 * percentages (the form Kota Malang prints: `Rata-rata capaian 106,22%`). Ordinal and not-computable members are
 * excluded and counted, so a reader sees what the mean is made of. An optional declared cap (e.g. 120%) is applied
 * to each member before averaging; both results are kept because agencies differ.
 */
import Decimal from 'decimal.js';
import type { Capaian } from './capaian.ts';
import type { Indicator, TreeLevel, TreeNode } from '../model.ts';
import { notComputable, type Bilingual, type NotComputable, type Percentage } from './hasil.ts';

export interface AverageMember {
  /** Indicator kode. */
  id: string;
  capaian: Capaian;
}

export interface CappedAverage {
  cap: Decimal;
  mean: Percentage | NotComputable;
  /** Members whose capaian was above the cap and counted as the cap. */
  cappedMembers: string[];
}

export interface AverageResult {
  mean: Percentage | NotComputable;
  /** Present when the report declares a cap (`batas_capaian`). */
  capped?: CappedAverage;
  included: string[];
  excludedOrdinal: string[];
  excludedNotComputable: string[];
  /** Excluded members whose row is printed but lost from the extracted text (`hilang_dari_sumber`). */
  lostFromSource?: string[];
}

function meanOf(values: Decimal[]): Percentage | NotComputable {
  if (values.length === 0) {
    return notComputable('tidak-ada-nilai', {
      id: 'Tidak ada indikator dengan capaian persen yang dapat dihitung: rata-rata tidak dihitung.',
      en: 'No indicator has a computable percentage capaian: no average.',
    });
  }
  return { kind: 'persen', value: Decimal.sum(...values).dividedBy(values.length) };
}

export function averageCapaian(members: AverageMember[], cap?: Decimal): AverageResult {
  const included: AverageMember[] = [];
  const excludedOrdinal: string[] = [];
  const excludedNotComputable: string[] = [];
  for (const member of members) {
    if (member.capaian.kind === 'persen') included.push(member);
    else if (member.capaian.kind === 'ordinal') excludedOrdinal.push(member.id);
    else excludedNotComputable.push(member.id);
  }
  const values = included.map((m) => (m.capaian as Percentage).value);
  const result: AverageResult = {
    mean: meanOf(values),
    included: included.map((m) => m.id),
    excludedOrdinal,
    excludedNotComputable,
  };
  if (cap !== undefined) {
    result.capped = {
      cap,
      mean: meanOf(values.map((v) => Decimal.min(v, cap))),
      cappedMembers: included.filter((m) => (m.capaian as Percentage).value.gt(cap)).map((m) => m.id),
    };
  }
  return result;
}

export interface ScopeAverage {
  /** Tree kode, or `laporan` for the whole report. */
  scope: string;
  level: TreeLevel | 'laporan';
  nama: string;
  result: AverageResult;
}

/** The kodes of a node and everything below it (guarded against cycles the validator would report). */
export function subtree(root: string, tree: TreeNode[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const node of tree) {
    if (node.parent === undefined) continue;
    children.set(node.parent, [...(children.get(node.parent) ?? []), node.kode]);
  }
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const kode = stack.pop() as string;
    if (seen.has(kode)) continue;
    seen.add(kode);
    stack.push(...(children.get(kode) ?? []));
  }
  return seen;
}

/** Capaian of an indicator that has no evaluation row for the report's year and period. */
const NOT_EVALUATED: Capaian = notComputable('realisasi-tidak-tercetak', {
  id: 'Tidak ada baris evaluasi (peran capaian) untuk tahun dan periode laporan.',
  en: 'No evaluation row (role capaian) for the report year and period.',
});

/**
 * Averages of the indicators of every tree node that has some (its own indicators), and over the whole report
 * (all indicators). `capaianOf` gives each indicator's capaian for the report period.
 */
export function treeAverages(
  tree: TreeNode[],
  indicators: Indicator[],
  capaianOf: (indicator: string) => Capaian | undefined,
  cap: Decimal | undefined,
): ScopeAverage[] {
  const member = (indicator: Indicator): AverageMember => ({
    id: indicator.kode,
    capaian: capaianOf(indicator.kode) ?? NOT_EVALUATED,
  });
  const averages: ScopeAverage[] = [];
  for (const node of tree) {
    // A node's capaian is the mean of ITS indicators (a sasaran's IKU), not of everything below it: programme
    // and activity indicators measure other things and documents average them separately.
    const members = indicators.filter((i) => i.node === node.kode).map(member);
    if (members.length === 0) continue;
    averages.push({ scope: node.kode, level: node.level, nama: node.nama, result: averageCapaian(members, cap) });
  }
  averages.push({
    scope: 'laporan',
    level: 'laporan',
    nama: 'Laporan',
    result: averageCapaian(indicators.map(member), cap),
  });
  return averages;
}

/** One way of reading "the report's average capaian": documents average different sets of indicators. */
export interface ReportAverageReading {
  /** `semua` (all indicators), `iku` (Indikator Kinerja Utama), `strategis` (tujuan and sasaran), `tingkat:<level>`. */
  reading: string;
  label: Bilingual;
  result: AverageResult;
}

const LEVEL_LABEL: Record<TreeLevel, Bilingual> = {
  tujuan: { id: 'indikator tujuan', en: 'goal indicators' },
  sasaran: { id: 'indikator sasaran', en: 'target indicators' },
  program: { id: 'indikator program', en: 'programme indicators' },
  kegiatan: { id: 'indikator kegiatan', en: 'activity indicators' },
  subkegiatan: { id: 'indikator sub kegiatan', en: 'sub-activity indicators' },
};

/**
 * The report-wide average over every indicator, and over the subsets documents actually average (Malang prints
 * the mean of its IKU; Lumajang the mean of its 13 programme indicators). Subsets with the same members as an
 * earlier reading are left out.
 */
export function reportAverageReadings(
  tree: TreeNode[],
  indicators: Indicator[],
  capaianOf: (indicator: string) => Capaian | undefined,
  cap: Decimal | undefined,
): ReportAverageReading[] {
  const levelOf = new Map(tree.map((node) => [node.kode, node.level]));
  const subsets: { reading: string; label: Bilingual; members: Indicator[] }[] = [
    { reading: 'semua', label: { id: 'semua indikator', en: 'all indicators' }, members: indicators },
    {
      reading: 'iku',
      label: { id: 'Indikator Kinerja Utama (IKU)', en: 'key performance indicators (IKU)' },
      members: indicators.filter((i) => i.iku),
    },
    {
      reading: 'strategis',
      label: { id: 'indikator tujuan dan sasaran', en: 'goal and target indicators' },
      members: indicators.filter((i) => levelOf.get(i.node) === 'tujuan' || levelOf.get(i.node) === 'sasaran'),
    },
    ...(Object.keys(LEVEL_LABEL) as TreeLevel[]).map((level) => ({
      reading: `tingkat:${level}`,
      label: LEVEL_LABEL[level],
      members: indicators.filter((i) => levelOf.get(i.node) === level),
    })),
  ];
  const seen = new Set<string>();
  const readings: ReportAverageReading[] = [];
  for (const subset of subsets) {
    const key = subset.members.map((i) => i.kode).join('|');
    if (subset.members.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const members = subset.members.map((i) => ({ id: i.kode, capaian: capaianOf(i.kode) ?? NOT_EVALUATED }));
    readings.push({ reading: subset.reading, label: subset.label, result: averageCapaian(members, cap) });
  }
  return readings;
}
