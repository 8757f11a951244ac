/**
 * How much a finding matters: its tier (a wrong formula, a figure that does not add up, an inconsistency, a note)
 * and its size (percentage points, or Rupiah as a share of the figure), so pages list the largest first.
 *
 * A difference within the rounding tolerance is a note whatever the engine's severity: 274,98% printed against
 * 275,00% recomputed is rounding of the inputs, not arithmetic gone wrong.
 */
import Decimal from 'decimal.js';
import type { Finding, FindingKind } from './temuan.ts';

/** Display tiers, most material first. */
export type Tier = 'rumus' | 'selisih' | 'inkonsisten' | 'catatan';
export const TIERS: readonly Tier[] = ['rumus', 'selisih', 'inkonsisten', 'catatan'];

/** The unit a finding's printed and recomputed figures are in. */
export type FindingUnit = 'poin' | 'rupiah' | 'teks';

const RUPIAH_KINDS = new Set<FindingKind>(['rincian-tidak-sama-dengan-induk', 'total-berbeda']);
const PERCENT_KINDS = new Set<FindingKind>([
  'capaian-berbeda',
  'polaritas-diabaikan',
  'konvensi-negatif-lain',
  'serapan-berbeda',
  'rata-rata-berbeda',
  'efisiensi-berbeda',
  'efisiensi-konvensi-lain',
  'dibatasi-instansi',
]);

/**
 * Documented rounding tolerance (docs/keputusan, methodology page): percentages and efficiency points differing
 * by less than 0,1 point, Rupiah amounts by less than Rp 100 (rounding of sen over a few lines).
 */
export const ROUNDING_TOLERANCE = { poin: new Decimal('0.1'), rupiah: new Decimal(100) } as const;

export interface Materiality {
  tier: Tier;
  unit: FindingUnit;
  /** |printed − recomputed| in the unit (percentage points or Rupiah); undefined for text findings. */
  size?: Decimal;
  /**
   * The key findings are ranked by within a tier: percentage points, and for Rupiah the difference as a
   * percentage of the recomputed amount (so Rp 10 juta on Rp 69 miliar ranks below 170 points of capaian).
   */
  weight: Decimal;
  /** Within the rounding tolerance. */
  rounding: boolean;
}

export function unitOf(kind: FindingKind): FindingUnit {
  if (RUPIAH_KINDS.has(kind)) return 'rupiah';
  if (PERCENT_KINDS.has(kind)) return 'poin';
  return 'teks';
}

const MACHINE = /^-?\d+(\.\d+)?$/;

export function materiality(finding: Finding): Materiality {
  const unit = unitOf(finding.kind);
  const size =
    unit !== 'teks' && finding.difference !== undefined && MACHINE.test(finding.difference)
      ? new Decimal(finding.difference).abs()
      : undefined;
  const rounding = size !== undefined && size.lt(ROUNDING_TOLERANCE[unit as 'poin' | 'rupiah']);
  let weight = new Decimal(0);
  if (size !== undefined && unit === 'poin') weight = size;
  if (size !== undefined && unit === 'rupiah') {
    const base =
      finding.recomputed !== undefined && MACHINE.test(finding.recomputed)
        ? new Decimal(finding.recomputed).abs()
        : undefined;
    weight = base && !base.isZero() ? size.div(base).times(100) : size;
  }
  const tier: Tier =
    finding.severity === 'info' || rounding
      ? 'catatan'
      : finding.kind === 'polaritas-diabaikan'
        ? 'rumus'
        : finding.severity === 'error'
          ? 'selisih'
          : 'inkonsisten';
  return { tier, unit, ...(size ? { size } : {}), weight, rounding };
}

export interface RankedFinding {
  finding: Finding;
  materiality: Materiality;
}

/**
 * Findings most material first: by tier, then by weight (largest first), then in the engine's deterministic
 * order (the input is assumed sorted by `sortFindings`; the sort is stable).
 */
export function rankFindings(findings: readonly Finding[]): RankedFinding[] {
  return findings
    .map((finding, index) => ({ finding, materiality: materiality(finding), index }))
    .sort(
      (a, b) =>
        TIERS.indexOf(a.materiality.tier) - TIERS.indexOf(b.materiality.tier) ||
        b.materiality.weight.comparedTo(a.materiality.weight) ||
        a.index - b.index,
    )
    .map(({ finding, materiality: m }) => ({ finding, materiality: m }));
}
