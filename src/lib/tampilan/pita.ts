/**
 * Colour follows the predicate scale, never a fixed 100% line: a capaian takes the colour of the band it falls in
 * on the report's own scale (or the national scale when the report declares none), and the band's name and an
 * icon always go with it, so colour is never the only signal.
 */
import type { Scale } from '../model.ts';
import type { PredicateResult, SideBySidePredicates } from '../skor/index.ts';
import type { Tone } from '../grafik/spek.ts';

/** 1 = best band … 5 = worst; a scale of n bands is spread over these five colours. */
export type BandLevel = 1 | 2 | 3 | 4 | 5;

export interface BandView {
  level: BandLevel;
  label: string;
  /** Decorative (aria-hidden): the text label carries the meaning. */
  icon: string;
  /** CSS class: `pita-1` … `pita-5`. */
  className: string;
}

const ICON: Record<BandLevel, string> = { 1: '▲', 2: '▲', 3: '■', 4: '▼', 5: '▼' };

/** Position of band `index` (0 = first printed, the best) among `count` bands, on the five-colour ramp. */
export function bandLevel(index: number, count: number): BandLevel {
  if (count <= 1) return 1;
  // Integer rounding of index × 4 / (count − 1), half up, without floats.
  const scaled = index * 4;
  const step = count - 1;
  return (Math.floor((2 * scaled + step) / (2 * step)) + 1) as BandLevel;
}

export function bandOf(predicate: PredicateResult | undefined, scales: readonly Scale[]): BandView | undefined {
  if (predicate?.kind !== 'pita') return undefined;
  const scale = scales.find((s) => s.slug === predicate.scale);
  if (scale?.jenis !== 'predikat') return undefined;
  const index = scale.bands.findIndex((b) => b.label === predicate.label);
  if (index < 0) return undefined;
  const level = bandLevel(index, scale.bands.length);
  return { level, label: predicate.label, icon: ICON[level], className: `pita-${level}` };
}

/** The band that colours a figure: the report's own scale first, else the national one. */
export function colourBand(
  predicates: SideBySidePredicates | undefined,
  scales: readonly Scale[],
): BandView | undefined {
  return bandOf(predicates?.own, scales) ?? bandOf(predicates?.national, scales);
}

/** Chart tone of a band: the two best colours read as good, the two worst as short of it. */
export function toneOfBand(band: BandView | undefined): Tone {
  if (!band) return 'netral';
  return band.level <= 2 ? 'baik' : band.level >= 4 ? 'kurang' : 'netral';
}
