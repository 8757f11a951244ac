/**
 * File sizes for download links, in human units: decimal (1 KB = 1000 bytes, as file managers on the web show),
 * one decimal below 10 of a unit, the language's decimal mark ("1,2 MB" in Indonesian, "1.2 MB" in English).
 */
import Decimal from 'decimal.js';
import type { Lang } from '../../i18n/teks.ts';

const UNITS = ['KB', 'MB', 'GB'] as const;

export function fileSize(bytes: number, lang: Lang): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`fileSize: not a byte count: ${bytes}`);
  if (bytes < 1000) return `${bytes} B`;
  let value = new Decimal(bytes).div(1000);
  let unit = 0;
  while (value.gte(999.5) && unit < UNITS.length - 1) {
    value = value.div(1000);
    unit++;
  }
  const places = value.lt(9.95) ? 1 : 0;
  const text = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
  return `${lang === 'id' ? text.replace('.', ',') : text} ${UNITS[unit]}`;
}

/** The format label of a download, from its path. */
export function fileFormat(path: string): string {
  if (path.endsWith('.xlsx')) return 'Excel (.xlsx)';
  if (path.endsWith('.csv')) return 'CSV';
  if (path.endsWith('.parquet')) return 'Parquet';
  if (path.endsWith('.zip')) return 'ZIP';
  if (path.endsWith('.json')) return 'JSON';
  if (path.endsWith('.md')) return 'Markdown';
  throw new Error(`fileFormat: unknown download format ${path}`);
}
