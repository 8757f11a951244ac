/**
 * A query result as a CSV download, in the portal's CSV conventions (UTF-8, comma, header row, `\r\n`, quotes
 * only where needed; NULL = empty cell). Cells are DuckDB's own text, so numbers keep their exact digits.
 */
import Papa from 'papaparse';
import type { TextResult } from './sql.ts';

export function resultCsv(result: TextResult): string {
  const body = Papa.unparse(
    { fields: result.columns, data: result.rows.map((row) => row.map((cell) => cell ?? '')) },
    { newline: '\r\n', quotes: false },
  );
  // Papa ends a header-only result with a line break already; with rows, the last row gets its own here.
  return result.rows.length === 0 ? body : `${body}\r\n`;
}
