/**
 * Averages of capaian over a sasaran, a tujuan or the whole report: the simple mean of the members' capaian
 * percentages (the form Kota Malang prints: `Rata-rata capaian 106,22%`). Ordinal and not-computable members are
 * excluded and counted, so a reader sees what the mean is made of. An optional declared cap (e.g. 120%) is applied
 * to each member before averaging; both results are kept because agencies differ.
 */
import Decimal from 'decimal.js';
import type { Capaian } from './capaian.ts';
import type { Indicator, TreeLevel, TreeNode } from '../model.ts';
import { notComputable, type NotComputable, type Percentage } from './hasil.ts';

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
 * Averages of the indicators under every tree node that has some (the node's own indicators and its
 * descendants'), and over the whole report. `capaianOf` gives each indicator's capaian for the report period.
 */
export function treeAverages(
  tree: TreeNode[],
  indicators: Indicator[],
  capaianOf: (indicator: string) => Capaian | undefined,
  cap: Decimal | undefined,
): ScopeAverage[] {
  const member = (indicator: Indicator): AverageMember => ({ id: indicator.kode, capaian: capaianOf(indicator.kode) ?? NOT_EVALUATED });
  const averages: ScopeAverage[] = [];
  for (const node of tree) {
    const nodes = subtree(node.kode, tree);
    const members = indicators.filter((i) => nodes.has(i.node)).map(member);
    if (members.length === 0) continue;
    averages.push({ scope: node.kode, level: node.level, nama: node.nama, result: averageCapaian(members, cap) });
  }
  averages.push({ scope: 'laporan', level: 'laporan', nama: 'Laporan', result: averageCapaian(indicators.map(member), cap) });
  return averages;
}
