/**
 * Zips whose bytes depend on their content only: one fixed timestamp and compression level on every entry, entries
 * in the order given. Used for the year zips and to re-date the Excel workbooks exceljs writes.
 */
import { zipSync, type Zippable } from 'fflate';

/**
 * fflate stores the DOS date from the local-time fields of the Date; a Date made from local fields has those
 * fields in any time zone, so the bytes do not depend on TZ.
 */
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0);

export function fixedZip(entries: Iterable<readonly [name: string, bytes: Uint8Array]>): Uint8Array {
  const files: Zippable = {};
  for (const [name, bytes] of entries) files[name] = [bytes, { level: 6, mtime: FIXED_TIME }];
  return zipSync(files, { level: 6, mtime: FIXED_TIME });
}
