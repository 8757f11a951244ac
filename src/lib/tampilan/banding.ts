/**
 * Compare-page warnings: a row that puts 2020 beside 2023, or a first-quarter (cumulative) figure beside an annual
 * one, says so, because those figures are not directly comparable.
 */
import type { CompareRow } from './lintas.ts';
import { yearWithPeriod } from './periode.ts';
import type { Lang } from './tampil.ts';

export interface CompareWarning {
  years: boolean;
  periods: boolean;
  /** The distinct year/period labels, in order: `2020`, `2024 · Triwulan I (kumulatif)`. */
  labels: string[];
}

/** Why a row's cells are not comparable (undefined when they are), for the agencies shown. */
export function compareWarning(row: CompareRow, agencies: readonly string[], lang: Lang): CompareWarning | undefined {
  const cells = agencies.map((a) => row.cells[a]).filter((c) => c !== undefined);
  const years = new Set(cells.map((c) => c.year));
  const periods = new Set(cells.map((c) => c.period));
  if (years.size <= 1 && periods.size <= 1) return undefined;
  const labels = [
    ...new Set(
      [...cells]
        .sort((a, b) => a.year - b.year || a.period.localeCompare(b.period))
        .map((c) => yearWithPeriod(c.year, c.period, lang)),
    ),
  ];
  return { years: years.size > 1, periods: periods.size > 1, labels };
}
