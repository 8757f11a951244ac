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

export function decodeEntry(text: string): PortalReport {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const tagged = (value as Record<string, unknown>)[TAG];
      if (typeof tagged === 'string' && Object.keys(value).length === 1) return new Decimal(tagged);
    }
    return value;
  }) as PortalReport;
}
