/**
 * Predicate scales as data: which band a capaian falls in (on the report's own scale and the national one, side
 * by side), and validation of a scale: gaps, overlaps, wrong order, empty bands, duplicate labels.
 *
 * A scale printed with a gap (Kota Probolinggo: `> 89%` Sangat Baik, `60% hingga 80%` Baik → 80–89 belongs to no
 * band) is published as printed; a value in the gap gets an explicit "no band" result instead of a guess.
 */
import type Decimal from 'decimal.js';
import { formatNumber } from '../angka/format.ts';
import type { Scale, ScaleBand } from '../model.ts';
import type { Bilingual } from './hasil.ts';
import {
  bound,
  compareLower,
  compareUpper,
  contains,
  describeInterval,
  intersection,
  isEmpty,
  uncovered,
  type Interval,
} from './interval.ts';
import { duplicateLevelNames } from './urutan.ts';

export type PredicateScale = Extract<Scale, { jenis: 'predikat' }>;

/** Slug of the national 5-band scale in content/skala/. */
export const NATIONAL_SCALE_SLUG = 'nasional';

export type PredicateResult =
  | {
      kind: 'pita';
      scale: string;
      label: string;
      /** Other bands that also hold the value (the scale overlaps there); the first band in printed order wins. */
      alsoIn: string[];
    }
  | { kind: 'tanpa-pita'; scale: string; message: Bilingual };

export function bandInterval(band: ScaleBand): Interval {
  return { lower: bound(band.lower, band.lowerInclusive), upper: bound(band.upper, band.upperInclusive) };
}

const formatId = (d: Decimal): string => formatNumber(d, { format: 'id' });
const formatEn = (d: Decimal): string => formatNumber(d, { format: 'en' });

/** The band of `value` on `scale`, or an explicit "no band" result. */
export function evaluatePredicate(value: Decimal, scale: PredicateScale): PredicateResult {
  const holding = scale.bands.filter((band) => contains(bandInterval(band), value));
  const [first, ...others] = holding;
  if (first === undefined) {
    return {
      kind: 'tanpa-pita',
      scale: scale.slug,
      message: {
        id: `${formatId(value)}% tidak masuk pita mana pun pada ${scale.nama} (skala tercetak bercelah).`,
        en: `${formatEn(value)}% falls in no band of ${scale.nama} (the printed scale has a gap).`,
      },
    };
  }
  return { kind: 'pita', scale: scale.slug, label: first.label, alsoIn: others.map((band) => band.label) };
}

export interface SideBySidePredicates {
  /** On the report's own scale (`laporan.yaml` → `skala`), when it declares one. */
  own?: PredicateResult;
  /** On the national 5-band scale. */
  national?: PredicateResult;
}

export function predicatesSideBySide(
  value: Decimal,
  own: PredicateScale | undefined,
  national: PredicateScale | undefined,
): SideBySidePredicates {
  const result: SideBySidePredicates = {};
  if (own !== undefined) result.own = evaluatePredicate(value, own);
  if (national !== undefined) result.national = evaluatePredicate(value, national);
  return result;
}

export type ScaleProblem =
  | { kind: 'celah'; scale: string; interval: Interval; message: Bilingual }
  | { kind: 'tumpang-tindih'; scale: string; interval: Interval; bands: [string, string]; message: Bilingual }
  | { kind: 'urutan-salah'; scale: string; bands: [string, string]; message: Bilingual }
  | { kind: 'pita-kosong'; scale: string; band: string; message: Bilingual }
  | { kind: 'label-ganda'; scale: string; label: string; message: Bilingual };

function gapProblems(scale: PredicateScale): ScaleProblem[] {
  return uncovered(scale.bands.map(bandInterval)).map((interval) => ({
    kind: 'celah',
    scale: scale.slug,
    interval,
    message: {
      id: `${scale.nama}: nilai ${describeInterval(interval, formatId)} tidak masuk pita mana pun.`,
      en: `${scale.nama}: values in ${describeInterval(interval, formatEn)} fall in no band.`,
    },
  }));
}

function overlapProblems(scale: PredicateScale): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  scale.bands.forEach((a, i) => {
    scale.bands.slice(i + 1).forEach((b) => {
      const shared = intersection(bandInterval(a), bandInterval(b));
      if (shared === undefined) return;
      problems.push({
        kind: 'tumpang-tindih',
        scale: scale.slug,
        interval: shared,
        bands: [a.label, b.label],
        message: {
          id: `${scale.nama}: pita "${a.label}" dan "${b.label}" sama-sama memuat ${describeInterval(shared, formatId)}.`,
          en: `${scale.nama}: bands "${a.label}" and "${b.label}" both hold ${describeInterval(shared, formatEn)}.`,
        },
      });
    });
  });
  return problems;
}

/** Bands must be listed from highest to lowest (docs/format-konten.md). */
function orderProblems(scale: PredicateScale): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  scale.bands.forEach((band, i) => {
    const next = scale.bands[i + 1];
    if (next === undefined) return;
    const a = bandInterval(band);
    const b = bandInterval(next);
    const byLower = compareLower(a.lower, b.lower);
    if (byLower < 0 || (byLower === 0 && compareUpper(a.upper, b.upper) < 0)) {
      problems.push({
        kind: 'urutan-salah',
        scale: scale.slug,
        bands: [band.label, next.label],
        message: {
          id: `${scale.nama}: pita "${band.label}" tercantum di atas "${next.label}" padahal lebih rendah (pita diurutkan dari tertinggi).`,
          en: `${scale.nama}: band "${band.label}" is listed above "${next.label}" but is lower (bands go from highest to lowest).`,
        },
      });
    }
  });
  return problems;
}

function emptyBandProblems(scale: PredicateScale): ScaleProblem[] {
  return scale.bands
    .filter((band) => isEmpty(bandInterval(band)))
    .map((band) => ({
      kind: 'pita-kosong' as const,
      scale: scale.slug,
      band: band.label,
      message: {
        id: `${scale.nama}: pita "${band.label}" tidak memuat nilai apa pun (batas bawah di atas batas atas).`,
        en: `${scale.nama}: band "${band.label}" holds no value (its lower bound is above its upper bound).`,
      },
    }));
}

/** Every problem of a scale; an empty list means the scale is sound. Ordinal orders are checked for duplicate names. */
export function validateScale(scale: Scale): ScaleProblem[] {
  if (scale.jenis === 'ordinal') {
    return duplicateLevelNames(scale).map((label) => ({
      kind: 'label-ganda' as const,
      scale: scale.slug,
      label,
      message: {
        id: `${scale.nama}: nama "${label}" dipakai oleh lebih dari satu tingkat.`,
        en: `${scale.nama}: the name "${label}" is used by more than one level.`,
      },
    }));
  }
  return [...orderProblems(scale), ...emptyBandProblems(scale), ...gapProblems(scale), ...overlapProblems(scale)];
}
