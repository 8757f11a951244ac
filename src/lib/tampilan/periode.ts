/**
 * Period labels. Quarterly reports are cumulative from January (a first-quarter absorption of 0,79% is three
 * months of spending), so wherever they sit beside annual figures they say "Triwulan I (kumulatif)".
 */
import type { Period } from '../model.ts';
import type { Lang } from './tampil.ts';

const QUARTER: Record<Exclude<Period, 'tahunan'>, { id: string; en: string }> = {
  tw1: { id: 'Triwulan I', en: 'Quarter I' },
  tw2: { id: 'Triwulan II', en: 'Quarter II' },
  tw3: { id: 'Triwulan III', en: 'Quarter III' },
  tw4: { id: 'Triwulan IV', en: 'Quarter IV' },
};

/** `Triwulan I (kumulatif)` / `Quarter I (cumulative)`; empty for annual reports. */
export function periodTag(period: Period, lang: Lang): string {
  if (period === 'tahunan') return '';
  return `${QUARTER[period][lang]} ${lang === 'id' ? '(kumulatif)' : '(cumulative)'}`;
}

/** `Tahun 2023`, `Triwulan I 2024 (kumulatif)` / `In 2023`, `Quarter I 2024 (cumulative)`. */
export function periodLabel(period: Period, year: number, lang: Lang): string {
  if (period === 'tahunan') return lang === 'id' ? `Tahun ${year}` : `In ${year}`;
  return `${QUARTER[period][lang]} ${year} ${lang === 'id' ? '(kumulatif)' : '(cumulative)'}`;
}

/** A year as shown beside other years: `2024 · Triwulan I (kumulatif)` for quarterly figures, else `2024`. */
export function yearWithPeriod(year: number, period: Period, lang: Lang): string {
  const tag = periodTag(period, lang);
  return tag ? `${year} · ${tag}` : String(year);
}
