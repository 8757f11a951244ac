/**
 * Content errors: every problem found in `content/` is a value with a stable code, a location a civil servant can
 * open (file, row, column), what was expected, what was found, and a message in Indonesian and English.
 * The CLI and the Astro build print them the same way (`formatError`).
 */

export type ErrorCode =
  | 'file-missing'
  | 'file-empty'
  | 'file-not-utf8'
  | 'file-too-large'
  | 'file-unknown'
  | 'yaml-syntax'
  | 'csv-delimiter'
  | 'csv-quotes'
  | 'csv-field-count'
  | 'csv-missing-column'
  | 'csv-unknown-column'
  | 'csv-duplicate-column'
  | 'field-required'
  | 'field-invalid'
  | 'field-unknown'
  | 'html-in-text'
  | 'unknown-region'
  | 'unknown-agency'
  | 'unknown-scale'
  | 'unknown-reference'
  | 'duplicate-id'
  | 'missing-parent'
  | 'parent-level'
  | 'value-unparseable'
  | 'value-ambiguous'
  | 'value-wrong-kind'
  | 'value-negative'
  | 'year-outside-report'
  | 'folder-mismatch'
  | 'name-history-overlap'
  | 'scale-kind';

export interface Bilingual {
  id: string;
  en: string;
}

export interface ContentError {
  code: ErrorCode;
  /** Path relative to the repository root, e.g. `content/laporan/x/2024-lkjip/nilai.csv`. */
  file: string;
  /** Spreadsheet row number (the header is row 1), for CSV files. */
  row?: number;
  /** CSV column name or YAML field path. */
  field?: string;
  /** Spreadsheet column letter, for CSV files. */
  columnLetter?: string;
  expected?: Bilingual;
  found?: string;
  message: Bilingual;
}

/** Spreadsheet column letter for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Keep a found value readable in one line: control characters shown, long values cut. */
export function showFound(value: string): string {
  const oneLine = value.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

function location(e: ContentError): string {
  const parts = [e.file];
  if (e.row !== undefined) parts.push(`baris/row ${e.row}`);
  if (e.field !== undefined) {
    parts.push(e.columnLetter ? `kolom/column ${e.field} (${e.columnLetter})` : `isian/field ${e.field}`);
  }
  return parts.join(', ');
}

/** The way errors are printed everywhere: location, then the Indonesian and English messages. */
export function formatError(e: ContentError): string {
  const lines = [`✗ [${e.code}] ${location(e)}`, `  ID: ${e.message.id}`, `  EN: ${e.message.en}`];
  if (e.expected) lines.push(`  diharapkan/expected: ${e.expected.id} / ${e.expected.en}`);
  if (e.found !== undefined) lines.push(`  ditemukan/found: "${showFound(e.found)}"`);
  return lines.join('\n');
}

/** Errors in a stable order: by file, then row, then field, then code. */
export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? '') ||
      a.code.localeCompare(b.code),
  );
}

/** Thrown by the Astro loader so the build stops with every error listed. */
export class ContentValidationError extends Error {
  readonly errors: ContentError[];
  constructor(errors: ContentError[]) {
    super(
      `Konten tidak valid: ${errors.length} kesalahan / Invalid content: ${errors.length} error(s)\n\n` +
        errors.map(formatError).join('\n\n'),
    );
    this.name = 'ContentValidationError';
    this.errors = errors;
  }
}
