/** Raw CSV access for transcription tests: they check the printed text against the document, cell by cell. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export const CONTENT = join(import.meta.dirname, '..', '..', 'content');

export function readCsv(reportDir: string, file: string): Record<string, string>[] {
  const text = readFileSync(join(CONTENT, 'laporan', reportDir, file), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${JSON.stringify(parsed.errors[0])}`);
  return parsed.data;
}

/** Rows of a CSV that come from one printed table. */
export function fromTable(rows: Record<string, string>[], table: string): Record<string, string>[] {
  return rows.filter((r) => r.sumber_tabel === table);
}
