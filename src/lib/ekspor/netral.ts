/**
 * Formula-injection neutralisation for CSV cells (OWASP "CSV Injection"): a spreadsheet runs a cell that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (`=HYPERLINK(...)`, `-1+2`, `@SUM(...)`). Such a
 * text cell gets a leading apostrophe.
 *
 * Decisions (documented in docs/kamus-data.md):
 * - Only **text** columns are neutralised. Numeric columns hold machine-written numbers (`-0.42`), never text
 *   from a document, so a genuine negative number stays a number in every CSV.
 * - A cell that is exactly `-` stays `-`: it is how the documents print "no figure" (hundreds of cells), and a
 *   lone minus sign is not a formula in any spreadsheet.
 * - The rule is reversible: a cell that already starts with apostrophes followed by a trigger (`'=x`) gets one
 *   more, so `restoreNeutralised` gives back exactly the original text. JSON is never neutralised.
 */

const TRIGGER = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** The cell as written to a CSV text column. */
export function neutralise(text: string): string {
  if (text === '-') return text;
  return TRIGGER.test(text) ? `'${text}` : text;
}

/** Inverse of `neutralise`, for reading the portal's own CSVs back. */
export function restoreNeutralised(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
