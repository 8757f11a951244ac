/**
 * Ordinal orders (KLA categories, APE/PUG levels, custom predicates such as `Aman (50,01 – 75,00)`): finding the
 * level a printed label names, with levels that exist only from a year on (APE "Nindya" from 2023).
 */
import type { OrdinalLevel, Scale } from '../model.ts';
import { normaliseLabel } from './presisi.ts';

export type OrdinalScale = Extract<Scale, { jenis: 'ordinal' }>;

export type LevelMatch =
  | { ok: true; level: OrdinalLevel; rank: number }
  | { ok: false; reason: 'tingkat-tidak-dikenal' | 'tingkat-belum-berlaku'; level?: OrdinalLevel };

/** The levels that existed in `year`, lowest first: a step difference is counted only between these. */
export function levelsInForce(order: OrdinalScale, year: number): OrdinalLevel[] {
  return order.levels.filter((level) => level.validFrom === undefined || level.validFrom <= year);
}

function names(level: OrdinalLevel): string[] {
  return [level.label, ...level.aliases].map(normaliseLabel);
}

/**
 * The level a printed label names: its label or an alias, ignoring case, spacing and a trailing parenthetical
 * (`Aman (50,01 – 75,00)` names `Aman`). No fuzzy matching: an unknown label is reported, not guessed.
 */
export function findLevel(label: string, order: OrdinalScale, year: number): LevelMatch {
  const wanted = normaliseLabel(label);
  const level = order.levels.find((candidate) => names(candidate).includes(wanted));
  if (level === undefined) return { ok: false, reason: 'tingkat-tidak-dikenal' };
  const rank = levelsInForce(order, year).indexOf(level);
  if (rank < 0) return { ok: false, reason: 'tingkat-belum-berlaku', level };
  return { ok: true, level, rank };
}

/** Labels or aliases used by two levels: a printed label naming either could not be placed. */
export function duplicateLevelNames(order: OrdinalScale): string[] {
  const seen = new Map<string, number>();
  for (const level of order.levels) {
    for (const name of new Set(names(level))) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  return [...seen.entries()].filter(([, count]) => count > 1).map(([name]) => name);
}
