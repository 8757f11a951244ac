/**
 * A scored report as one JSON text (the per-report bundle of the streaming build and its cache), and back.
 * `Decimal` values are tagged (`{"$d":"92.55"}`) so they come back as `Decimal`, exactly; everything else in a
 * `PortalReport` is plain data.
 */
import Decimal from 'decimal.js';
import type { PortalReport } from '../portal.ts';

const TAG = '$d';

/** The entry without its nomenclature links (`withCodes` recomputes them from the shared index). */
export function encodeEntry(entry: PortalReport): string {
  const { codes: _codes, ...rest } = entry;
  void _codes;
  return JSON.stringify(rest, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return Decimal.isDecimal(raw) ? { [TAG]: raw.toString() } : value;
  });
}

/**
 * Parsed first, then walked once: a `JSON.parse` reviver is called for every value and was most of the time Astro
 * spent reading bundles (11.6 of 70 s at 1,000 reports). A replaced value is defined, not assigned, so a key
 * named `__proto__` (content text can be a key: extra tables' columns) stays an own property.
 */
export function decodeEntry(text: string): PortalReport {
  return revive(JSON.parse(text)) as PortalReport;
}

function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') value[i] = revive(item);
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  const tagged = record[TAG];
  if (typeof tagged === 'string' && Object.keys(record).length === 1) return new Decimal(tagged);
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (item === null || typeof item !== 'object') continue;
    const revived = revive(item);
    if (revived !== item)
      Object.defineProperty(record, key, { value: revived, writable: true, enumerable: true, configurable: true });
  }
  return record;
}
